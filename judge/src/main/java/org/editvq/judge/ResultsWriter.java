package org.editvq.judge;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.editvq.core.data.Submission;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes judging results as CSV (RFC 4180, UTF-8, header row), each file via a temporary file
 * and an atomic rename.
 */
public final class ResultsWriter {
    /** File name of the judged submissions. */
    public static final String JUDGED_CSV = "judged.csv";
    /** File name of the per-problem summary. */
    public static final String SUMMARY_CSV = "summary.csv";
    /**
     * Columns of {@value #JUDGED_CSV}: editvq's normalized columns, then the judge's extras.
     * {@code runtime_ms} is empty unless the status is {@code ACCEPTED}.
     */
    public static final List<String> JUDGED_COLUMNS = List.of("problem_id", "submission_id", "language", "runtime_ms",
            "source", "status", "runs", "runtime_spread", "rewrites");
    /** Columns of {@value #SUMMARY_CSV}. */
    public static final List<String> SUMMARY_COLUMNS = List.of("problem_id", "submissions", "compiled", "accepted",
            "runtime_median_ms", "runtime_p90_ms", "ratio_p90_median", "fastest_ms", "slowest_ms", "median_spread",
            "statuses");

    private ResultsWriter() {
    }

    /** Writes judged submissions (from {@link JudgeResult#applyTo(Submission)}). */
    public static void writeJudged(Path file, List<Submission> judged) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                     .setHeader(JUDGED_COLUMNS.toArray(String[]::new)).build())) {
            for (Submission s : judged) {
                Map<String, String> x = s.extras();
                csv.printRecord(s.problemId(), s.submissionId(), s.language().name().toLowerCase(Locale.ROOT),
                        s.hasRuntime() ? String.format(Locale.ROOT, "%.3f", s.runtimeMs()) : "", s.source(),
                        x.getOrDefault("status", ""), x.getOrDefault("runs", ""), x.getOrDefault("runtime_spread", ""),
                        x.getOrDefault("rewrites", ""));
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes per-problem summaries. */
    public static void writeSummary(Path file, List<ProblemSummary> summaries) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                     .setHeader(SUMMARY_COLUMNS.toArray(String[]::new)).build())) {
            for (ProblemSummary p : summaries) {
                csv.printRecord(p.problemId(), p.submissions(), p.compiled(), p.accepted(), num(p.runtimeMedianMs()),
                        num(p.runtimeP90Ms()), num(p.ratioP90Median()), num(p.fastestMs()), num(p.slowestMs()),
                        num(p.medianSpread()), p.statusCounts().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")));
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
