package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.TextDecoding;
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
 * shares: the text policy of {@link TextDecoding#source(TextDecoding.Decoded)} (NUL characters removed and
 * counted in an extra, empty or binary sources skipped, fallback encodings recorded as an extra), and
 * repeated (problem id, submission id) keys skipped (the first one wins). Two problems may use the same
 * submission id: a submission is identified by the pair, as everywhere in editvq.
 */
final class CorpusBuilder {
    private final String source;
    private final List<Submission> submissions = new ArrayList<>();
    private final List<SkippedEntry> skipped = new ArrayList<>();
    private final Map<String, String> firstLocationByKey = new HashMap<>();

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
        TextDecoding.SourceText read = TextDecoding.source(text);
        if (read.rejection().isPresent()) {
            skip(location, read.rejection().get());
            return false;
        }
        if (skipIfDuplicate(location, problemId, submissionId)) {
            return false;
        }
        firstLocationByKey.put(key(problemId, submissionId), location);
        Map<String, String> allExtras = new TreeMap<>(extras);
        if (read.isFallback()) {
            allExtras.put(TextDecoding.ENCODING_EXTRA, read.charset());
        }
        if (read.nulsRemoved() > 0) {
            allExtras.put(TextDecoding.NULS_REMOVED_EXTRA, Integer.toString(read.nulsRemoved()));
        }
        submissions.add(new Submission(problemId, submissionId, language, runtimeMs, read.text(), allExtras));
        return true;
    }

    /**
     * Reports the entry as a duplicate and returns true when a submission with this problem id and
     * submission id was already added (lets a reader skip reading a source it would not keep).
     */
    boolean skipIfDuplicate(String location, String problemId, String submissionId) {
        String first = firstLocationByKey.get(key(problemId, submissionId));
        if (first == null) {
            return false;
        }
        skip(location + " (problem " + problemId + ", id " + submissionId + ", first at " + first + ")",
                SkipReasons.DUPLICATE_ID);
        return true;
    }

    private static String key(String problemId, String submissionId) {
        return problemId + "\u0000" + submissionId;
    }

    Corpus build() {
        return new Corpus(submissions, new LoadReport(source, submissions.size(), skipped));
    }
}
