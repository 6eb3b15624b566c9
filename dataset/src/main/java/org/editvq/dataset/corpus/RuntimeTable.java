package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.LoadReport;
import org.editvq.core.data.SkippedEntry;
import org.editvq.core.data.Submission;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runtimes measured elsewhere, joined onto a corpus. The file is a CSV with the header
 * {@code submission_id,runtime_ms} and optionally {@code problem_id} (more columns are ignored): one
 * row per measured submission, runtime in milliseconds, a finite number >= 0. An empty
 * {@code runtime_ms} means "not measured" and leaves the submission at NaN.
 *
 * <p>A submission is identified by (problem id, submission id). With a {@code problem_id} column a row
 * applies to that submission only; without one (or with a blank problem id) it applies to the
 * submission with that id, and is refused as ambiguous when the corpus has that id under several
 * problems.
 *
 * <p>Skipped (reported, never fatal): rows with a wrong field count, a blank id, a bad runtime, a
 * repeated key (first wins), and, when joined, keys that are not in the corpus or are ambiguous.
 *
 * @param source     where the table was read from
 * @param runtimesMs runtime by key, in file order
 * @param skipped    rows not taken
 */
public record RuntimeTable(String source, Map<Key, Double> runtimesMs, List<SkippedEntry> skipped) {
    /** Required column: the submission id, as the corpus reader builds it. */
    public static final String ID_COLUMN = "submission_id";
    /** Optional column: the problem id, needed when several problems use the same submission id. */
    public static final String PROBLEM_COLUMN = "problem_id";
    /** Required column: runtime in milliseconds. */
    public static final String RUNTIME_COLUMN = "runtime_ms";
    /** Reason for a row without problem id whose submission id the corpus has under several problems. */
    public static final String AMBIGUOUS_ID = "runtime id names submissions of several problems (add a problem_id column)";

    /**
     * What a runtime row names.
     *
     * @param problemId    the problem id, or {@code ""} for "the one submission with this id"
     * @param submissionId the submission id
     */
    public record Key(String problemId, String submissionId) {
        public Key {
            java.util.Objects.requireNonNull(problemId, "problemId");
            java.util.Objects.requireNonNull(submissionId, "submissionId");
        }

        @Override
        public String toString() {
            return problemId.isEmpty() ? "id " + submissionId : "problem " + problemId + ", id " + submissionId;
        }
    }

    public RuntimeTable {
        java.util.Objects.requireNonNull(source, "source");
        runtimesMs = Collections.unmodifiableMap(new LinkedHashMap<>(runtimesMs));
        skipped = List.copyOf(skipped);
        for (Map.Entry<Key, Double> e : runtimesMs.entrySet()) {
            double v = e.getValue();
            if (!Double.isNaN(v) && (v < 0 || Double.isInfinite(v))) {
                throw new IllegalArgumentException("runtime of " + e.getKey() + " must be >= 0 and finite: " + v);
            }
        }
    }

    /** Reads a runtime CSV. */
    public static RuntimeTable read(Path csv) throws IOException {
        Map<Key, Double> runtimes = new LinkedHashMap<>();
        Map<Key, Long> firstLine = new HashMap<>();
        List<SkippedEntry> skipped = new ArrayList<>();
        try (CsvRows rows = CsvRows.open(csv)) {
            rows.requireColumns(List.of(ID_COLUMN, RUNTIME_COLUMN), "runtime CSV");
            boolean hasProblem = rows.hasColumn(PROBLEM_COLUMN);
            for (CsvRows.Row row; (row = rows.next(skipped)) != null; ) {
                String location = rows.location(row.line());
                if (!rows.consistent(row)) {
                    skipped.add(new SkippedEntry(location, SkipReasons.WRONG_FIELD_COUNT));
                    continue;
                }
                String id = rows.string(row, ID_COLUMN).trim();
                if (id.isEmpty()) {
                    skipped.add(new SkippedEntry(location, SkipReasons.BLANK_REQUIRED));
                    continue;
                }
                String text = rows.string(row, RUNTIME_COLUMN);
                Double runtime = Numbers.parseRuntime(text);
                if (runtime == null) {
                    skipped.add(new SkippedEntry(location + " (" + text + ")", SkipReasons.BAD_RUNTIME));
                    continue;
                }
                Key key = new Key(hasProblem ? rows.string(row, PROBLEM_COLUMN).trim() : "", id);
                Long first = firstLine.putIfAbsent(key, row.line());
                if (first != null) {
                    skipped.add(new SkippedEntry(location + " (" + key + ", first at line " + first + ")",
                            SkipReasons.DUPLICATE_ID));
                    continue;
                }
                runtimes.put(key, runtime);
            }
        }
        return new RuntimeTable(csv.toString(), runtimes, skipped);
    }

    /**
     * The corpus with these runtimes set (a submission not in the table keeps its runtime). The
     * report gains this table's skipped rows and one entry per key not in the corpus or ambiguous.
     */
    public Corpus applyTo(Corpus corpus) {
        Map<String, Integer> problemsById = new HashMap<>();
        Set<Key> keys = new java.util.HashSet<>();
        for (Submission s : corpus.submissions()) {
            problemsById.merge(s.submissionId(), 1, Integer::sum);
            keys.add(new Key(s.problemId(), s.submissionId()));
        }
        List<Submission> joined = new ArrayList<>(corpus.size());
        for (Submission s : corpus.submissions()) {
            Double runtime = runtimesMs.get(new Key(s.problemId(), s.submissionId()));
            if (runtime == null && problemsById.get(s.submissionId()) == 1) {
                runtime = runtimesMs.get(new Key("", s.submissionId()));
            }
            joined.add(runtime == null || Double.isNaN(runtime) ? s : s.withRuntime(runtime));
        }
        List<SkippedEntry> allSkipped = new ArrayList<>(corpus.report().skipped());
        allSkipped.addAll(skipped);
        for (Key key : runtimesMs.keySet()) {
            int matches = key.problemId().isEmpty() ? problemsById.getOrDefault(key.submissionId(), 0)
                    : keys.contains(key) ? 1 : 0;
            if (matches == 0) {
                allSkipped.add(new SkippedEntry(source + " (" + key + ")", SkipReasons.UNKNOWN_RUNTIME_ID));
            } else if (matches > 1) {
                allSkipped.add(new SkippedEntry(source + " (" + key + ")", AMBIGUOUS_ID));
            }
        }
        LoadReport report = new LoadReport(corpus.report().source() + " + runtimes " + source, joined.size(), allSkipped);
        return new Corpus(joined, report);
    }
}
