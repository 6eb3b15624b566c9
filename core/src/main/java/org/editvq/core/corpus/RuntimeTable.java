package org.editvq.core.corpus;

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
 * Runtimes measured elsewhere, joined onto a corpus by submission id. The file is a CSV with the
 * header {@code submission_id,runtime_ms} (more columns are ignored): one row per measured
 * submission, runtime in milliseconds, a finite number >= 0. An empty {@code runtime_ms} means
 * "not measured" and leaves the submission at NaN.
 *
 * <p>Skipped (reported, never fatal): rows with a wrong field count, a blank id, a bad runtime, a
 * repeated id (first wins), and, when joined, ids that are not in the corpus.
 *
 * @param source     where the table was read from
 * @param runtimesMs runtime by submission id, in file order
 * @param skipped    rows not taken
 */
public record RuntimeTable(String source, Map<String, Double> runtimesMs, List<SkippedEntry> skipped) {
    /** Required column: the submission id, as the corpus reader builds it. */
    public static final String ID_COLUMN = "submission_id";
    /** Required column: runtime in milliseconds. */
    public static final String RUNTIME_COLUMN = "runtime_ms";

    public RuntimeTable {
        java.util.Objects.requireNonNull(source, "source");
        runtimesMs = Collections.unmodifiableMap(new LinkedHashMap<>(runtimesMs));
        skipped = List.copyOf(skipped);
        for (Map.Entry<String, Double> e : runtimesMs.entrySet()) {
            double v = e.getValue();
            if (!Double.isNaN(v) && (v < 0 || Double.isInfinite(v))) {
                throw new IllegalArgumentException("runtime of " + e.getKey() + " must be >= 0 and finite: " + v);
            }
        }
    }

    /** Reads a runtime CSV. */
    public static RuntimeTable read(Path csv) throws IOException {
        Map<String, Double> runtimes = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        List<SkippedEntry> skipped = new ArrayList<>();
        try (CsvRows rows = CsvRows.open(csv)) {
            rows.requireColumns(List.of(ID_COLUMN, RUNTIME_COLUMN), "runtime CSV");
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
                Long first = firstLine.putIfAbsent(id, row.line());
                if (first != null) {
                    skipped.add(new SkippedEntry(location + " (id " + id + ", first at line " + first + ")",
                            SkipReasons.DUPLICATE_ID));
                    continue;
                }
                runtimes.put(id, runtime);
            }
        }
        return new RuntimeTable(csv.toString(), runtimes, skipped);
    }

    /**
     * The corpus with these runtimes set (a submission not in the table keeps its runtime). The
     * report gains this table's skipped rows and one entry per id not in the corpus.
     */
    public Corpus applyTo(Corpus corpus) {
        List<Submission> joined = new ArrayList<>(corpus.size());
        Set<String> ids = new java.util.HashSet<>();
        for (Submission s : corpus.submissions()) {
            ids.add(s.submissionId());
            Double runtime = runtimesMs.get(s.submissionId());
            joined.add(runtime == null || Double.isNaN(runtime) ? s : s.withRuntime(runtime));
        }
        List<SkippedEntry> allSkipped = new ArrayList<>(corpus.report().skipped());
        allSkipped.addAll(skipped);
        for (String id : runtimesMs.keySet()) {
            if (!ids.contains(id)) {
                allSkipped.add(new SkippedEntry(source + " (id " + id + ")", SkipReasons.UNKNOWN_RUNTIME_ID));
            }
        }
        LoadReport report = new LoadReport(corpus.report().source() + " + runtimes " + source, joined.size(), allSkipped);
        return new Corpus(joined, report);
    }
}
