package org.editvq.evaluation.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes corpus statistics into a directory:
 * <pre>
 * programs.csv              problem,submission,tokens,runtimeMs   (runtime empty when unknown)
 * pairs.csv                 problem,slow,fast,speedup,rouge
 * per_problem.csv           problem,programs,p10Ms,medianMs,p90Ms,medianOverP10,p90OverMedian
 * relative_runtime_histogram.csv / .png   runtime / problem median, log bins
 * length_histogram.csv / .png             tokens per program, linear bins
 * speedup_histogram.csv / .png            pair speedups, log bins
 * summary.json              {@link CorpusStatistics#summary()}
 * </pre>
 * Histogram CSVs have columns lower,upper,count. A histogram without values gets its CSV (header
 * only) but no PNG. PNGs are drawn headless with XChart.
 */
public final class StatisticsWriter {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsWriter.class);

    /** File names. */
    public static final String PROGRAMS = "programs.csv";
    /** Pairs file. */
    public static final String PAIRS = "pairs.csv";
    /** Per-problem runtime spread file. */
    public static final String PER_PROBLEM = "per_problem.csv";
    /** Summary file. */
    public static final String SUMMARY = "summary.json";
    /** Base names of the three histograms (add .csv / .png). */
    public static final List<String> HISTOGRAMS = List.of("relative_runtime_histogram", "length_histogram",
            "speedup_histogram");

    private StatisticsWriter() {
    }

    /** {@link #write(List, List, StatisticsConfig, Path)} with the dataset's training and validation pairs. */
    public static CorpusStatistics write(List<CanonicalProgram> programs, org.editvq.dataset.pairs.PairDataset dataset,
                                         StatisticsConfig config, Path dir) throws IOException {
        List<ProgramPair> pairs = new ArrayList<>(dataset.train());
        pairs.addAll(dataset.valid());
        return write(programs, pairs, config, dir);
    }

    /** Computes the statistics of the programs and pairs, writes every file into {@code dir}, returns the statistics. */
    public static CorpusStatistics write(List<CanonicalProgram> programs, List<ProgramPair> pairs,
                                         StatisticsConfig config, Path dir) throws IOException {
        CorpusStatistics stats = CorpusStatistics.compute(programs, pairs, config);
        Files.createDirectories(dir);
        try (CSVPrinter out = csv(dir.resolve(PROGRAMS), "problem", "submission", "tokens", "runtimeMs")) {
            for (CanonicalProgram p : programs) {
                out.printRecord(p.problemId(), p.submissionId(), p.length(),
                        Double.isNaN(p.runtimeMs()) ? "" : Double.toString(p.runtimeMs()));
            }
        }
        try (CSVPrinter out = csv(dir.resolve(PAIRS), "problem", "slow", "fast", "speedup", "rouge")) {
            for (ProgramPair p : pairs) {
                out.printRecord(p.slow().problemId(), p.slow().submissionId(), p.fast().submissionId(), p.speedup(), p.rouge());
            }
        }
        try (CSVPrinter out = csv(dir.resolve(PER_PROBLEM), "problem", "programs", "p10Ms", "medianMs", "p90Ms",
                "medianOverP10", "p90OverMedian")) {
            for (ProblemRuntimeStats s : stats.perProblem()) {
                out.printRecord(s.problemId(), s.programs(), s.p10Ms(), s.medianMs(), s.p90Ms(), s.medianOverP10(),
                        s.p90OverMedian());
            }
        }
        List<Histogram> hists = List.of(stats.relativeRuntime(), stats.length(), stats.speedup());
        List<String> titles = List.of("Runtime relative to the problem median", "Program length", "Pair speedup");
        List<String> axes = List.of("runtime / problem median", "tokens", "runtime(slow) / runtime(fast)");
        for (int i = 0; i < hists.size(); i++) {
            writeHistogram(hists.get(i), dir.resolve(HISTOGRAMS.get(i) + ".csv"));
            if (hists.get(i).bins() > 0) {
                drawHistogram(hists.get(i), titles.get(i), axes.get(i), dir.resolve(HISTOGRAMS.get(i) + ".png"));
            } else {
                LOG.warn("{}: no values, no plot", HISTOGRAMS.get(i));
            }
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve(SUMMARY).toFile(), stats.summary());
        LOG.info("statistics: median/p10 runtime across {} problems = {}, written to {}", stats.problemsSummarised(),
                stats.medianOverP10AcrossProblems(), dir);
        return stats;
    }

    private static CSVPrinter csv(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').build());
    }

    private static void writeHistogram(Histogram h, Path file) throws IOException {
        try (CSVPrinter out = csv(file, "lower", "upper", "count")) {
            for (int i = 0; i < h.bins(); i++) {
                out.printRecord(h.edges()[i], h.edges()[i + 1], h.counts()[i]);
            }
        }
    }

    private static void drawHistogram(Histogram h, String title, String xAxis, Path png) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        CategoryChart chart = new CategoryChartBuilder().width(900).height(500).title(title)
                .xAxisTitle(xAxis + (h.log() ? " (log bins)" : "")).yAxisTitle("count").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(60);
        chart.getStyler().setAvailableSpaceFill(0.95);
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < h.bins(); i++) {
            double lo = h.edges()[i];
            double hi = h.edges()[i + 1];
            labels.add(String.format(Locale.ROOT, "%.3g", h.log() ? Math.sqrt(lo * hi) : (lo + hi) / 2));
            counts.add(h.counts()[i]);
        }
        if (new java.util.HashSet<>(labels).size() < labels.size()) {
            // Bin centres too close for 3 digits: label by bin index, the CSV has the exact edges.
            for (int i = 0; i < labels.size(); i++) {
                labels.set(i, "#" + i);
            }
        }
        chart.addSeries("count", labels, counts);
        try (OutputStream out = Files.newOutputStream(png)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
    }
}
