package org.editvq.core.corpus;

import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.editvq.core.data.LoadReport;
import org.editvq.core.data.SkippedEntry;
import org.editvq.core.data.Submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects submissions and skipped entries for one load and applies the checks every reader
 * shares: NUL characters removed (and counted in an extra), empty or binary sources skipped,
 * duplicate submission ids skipped (the first one wins), fallback encodings recorded as an extra.
 */
final class CorpusBuilder {
    private final String source;
    private final List<Submission> submissions = new ArrayList<>();
    private final List<SkippedEntry> skipped = new ArrayList<>();
    private final Map<String, String> firstLocationById = new HashMap<>();

    CorpusBuilder(String source) {
        this.source = source;
    }

    /** The list readers add their own skipped entries to. */
    List<SkippedEntry> skipped() {
        return skipped;
    }

    void skip(String location, String reason) {
        skipped.add(new SkippedEntry(location, reason));
    }

    /**
     * Adds a submission after the shared checks; returns whether it was added.
     *
     * @param location where the entry is, for the report
     * @param text     the decoded source
     * @param extras   extra columns (the {@code encoding} extra is added on a fallback)
     */
    boolean add(String location, String problemId, String submissionId, Language language, double runtimeMs,
                TextDecoding.Decoded text, Map<String, String> extras) {
        String sourceText = text.text();
        int nulCount = 0;
        if (sourceText.indexOf('\0') >= 0) {
            int before = sourceText.length();
            sourceText = sourceText.replace("\0", "");
            nulCount = before - sourceText.length();
        }
        if (sourceText.isBlank()) {
            skip(location, SkipReasons.EMPTY_SOURCE);
            return false;
        }
        if (TextDecoding.looksBinary(sourceText)) {
            skip(location, SkipReasons.BINARY);
            return false;
        }
        if (skipIfDuplicate(location, submissionId)) {
            return false;
        }
        firstLocationById.put(submissionId, location);
        Map<String, String> allExtras = new TreeMap<>(extras);
        if (text.isFallback()) {
            allExtras.put(TextDecoding.ENCODING_EXTRA, text.charset());
        }
        if (nulCount > 0) {
            allExtras.put(TextDecoding.NULS_REMOVED_EXTRA, Integer.toString(nulCount));
        }
        submissions.add(new Submission(problemId, submissionId, language, runtimeMs, sourceText, allExtras));
        return true;
    }

    /**
     * Reports the entry as a duplicate and returns true when a submission with this id was already
     * added (lets a reader skip reading a source it would not keep).
     */
    boolean skipIfDuplicate(String location, String submissionId) {
        String first = firstLocationById.get(submissionId);
        if (first == null) {
            return false;
        }
        skip(location + " (id " + submissionId + ", first at " + first + ")", SkipReasons.DUPLICATE_ID);
        return true;
    }

    Corpus build() {
        return new Corpus(submissions, new LoadReport(source, submissions.size(), skipped));
    }
}
