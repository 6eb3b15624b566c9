package org.editvq.evaluation.stats;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTest {
    private static final double EPS = 1e-12;

    /** A: runtimes 1..11; B: 10..110 (same shape, 10x slower); C: 3 programs; plus one without runtime. */
    static List<CanonicalProgram> fixture() {
        List<CanonicalProgram> out = new ArrayList<>();
        for (int k = 1; k <= 11; k++) {
            out.add(new CanonicalProgram("A", "a" + k, Collections.nCopies(k, "x"), k));
            out.add(new CanonicalProgram("B", "b" + k, Collections.nCopies(10, "y"), 10.0 * k));
        }
        out.add(new CanonicalProgram("C", "c1", List.of("z"), 5));
        out.add(new CanonicalProgram("C", "c2", List.of("z"), 50));
        out.add(new CanonicalProgram("C", "c3", List.of("z"), 500));
        out.add(new CanonicalProgram("C", "c4", List.of("z"), Double.NaN));
        return out;
    }

    static List<ProgramPair> pairs(List<CanonicalProgram> p) {
        // a4 -> a2 (2x), a9 -> a3 (3x), b8 -> b1 (8x)
        return List.of(new ProgramPair(p.get(6), p.get(2), 2.0, 0.9), new ProgramPair(p.get(16), p.get(4), 3.0, 0.8),
                new ProgramPair(p.get(15), p.get(1), 8.0, 0.7));
    }

    @Test
    void quantilesMatchNumpyType7() {
        assertEquals(1.75, Quantiles.of(new double[] {4, 1, 3, 2}, 0.25), EPS);     // np.percentile([1,2,3,4], 25)
        assertEquals(29.0, Quantiles.of(new double[] {15, 20, 35, 40, 50}, 0.4), EPS); // np.percentile(.., 40)
        assertEquals(2.5, Quantiles.of(new double[] {1, 2, 3, 4}, 0.5), EPS);
        assertEquals(7.0, Quantiles.of(new double[] {7}, 0.9), EPS);
        assertTrue(Double.isNaN(Quantiles.of(new double[0], 0.5)));
    }

    @Test
    void histogramBinsAndEdges() {
        Histogram h = Histogram.of(new double[] {1, 2, 3, 4}, 3, false);
        assertArrayEquals(new double[] {1, 2, 3, 4}, h.edges(), EPS);
        assertArrayEquals(new long[] {1, 1, 2}, h.counts());
        Histogram log = Histogram.of(new double[] {1, 10, 100, 1000}, 3, true);
        assertArrayEquals(new long[] {1, 1, 2}, log.counts());
        assertEquals(10.0, log.edges()[1], 1e-9);
        assertEquals(1000.0, log.edges()[3]);
        assertEquals(1, Histogram.of(new double[] {5, 5}, 10, false).bins());
        assertEquals(0, Histogram.of(new double[0], 10, true).bins());
    }

    @Test
    void runtimeSpreadOnFixture() {
        List<CanonicalProgram> p = fixture();
        CorpusStatistics s = CorpusStatistics.compute(p, pairs(p), StatisticsConfig.defaults());
        assertEquals(26, s.programs());
        assertEquals(25, s.programsWithRuntime());
        assertEquals(3, s.perProblem().size());
        ProblemRuntimeStats a = s.perProblem().get(0);
        // n = 11: p10 = x[1] = 2, median = x[5] = 6, p90 = x[9] = 10.
        assertEquals(new ProblemRuntimeStats("A", 11, 2, 6, 10, 3, 10.0 / 6), a);
        ProblemRuntimeStats b = s.perProblem().get(1);
        assertEquals(3.0, b.medianOverP10(), EPS);
        assertEquals(60.0, b.medianMs(), EPS);
        // C: 3 runtimes 5, 50, 500 -> p10 = 5 + 0.2*45 = 14, median 50, p90 = 50 + 0.8*450 = 410.
        ProblemRuntimeStats c = s.perProblem().get(2);
        assertEquals(14.0, c.p10Ms(), EPS);
        assertEquals(410.0, c.p90Ms(), EPS);
        // Only A and B (>= 10 runtimes) are summarised.
        assertEquals(2, s.problemsSummarised());
        assertEquals(3.0, s.medianOverP10AcrossProblems(), EPS);
        assertEquals(10.0 / 6, s.p90OverMedianAcrossProblems(), EPS);
        // Pooled relative runtimes: k/6 twice for k = 1..11 -> median 1, p10 = 2/6 (h = 2.1 between two 2/6).
        assertEquals(3.0, s.pooledMedianOverP10(), 1e-9);
        assertEquals(22, s.relativeRuntime().total());
        // Lengths: A has 1..11, B 10 x 10, C 4 x 1 -> 26 values sorted: five 1s, 2..9, eleven 10s, 11;
        // median = mean of the 13th (9) and 14th (10).
        assertEquals(9.5, s.medianLength(), EPS);
        assertEquals((66 + 110 + 4) / 26.0, s.meanLength(), EPS);
        assertEquals(3.0, s.medianSpeedup(), EPS);
        assertEquals(8.0, s.maxSpeedup(), EPS);
        assertEquals(3, s.speedup().total());
    }

    @Test
    void logNormalRuntimesGiveTheAnalyticSpread() {
        // SyntheticPrograms draws runtime = exp(3 + 0.6 Z): median / p10 = exp(0.6 * 1.2816) = 2.158,
        // p90 / median the same by symmetry of Z.
        List<CanonicalProgram> p = new org.editvq.dataset.pairs.SyntheticPrograms(4, 5000, 2, 1, 5, 0, 1).generate();
        CorpusStatistics s = CorpusStatistics.compute(p, List.of(), StatisticsConfig.defaults());
        double expected = Math.exp(0.6 * 1.2815515655446004);
        assertEquals(4, s.problemsSummarised());
        assertEquals(expected, s.medianOverP10AcrossProblems(), 0.05 * expected);
        assertEquals(expected, s.p90OverMedianAcrossProblems(), 0.05 * expected);
        assertEquals(expected, s.pooledMedianOverP10(), 0.05 * expected);
    }

    @Test
    void writesCsvAndPngFiles(@TempDir Path dir) throws IOException {
        List<CanonicalProgram> p = fixture();
        CorpusStatistics s = StatisticsWriter.write(p, pairs(p), StatisticsConfig.defaults(), dir);
        List<String> perProblem = Files.readAllLines(dir.resolve(StatisticsWriter.PER_PROBLEM));
        assertEquals("problem,programs,p10Ms,medianMs,p90Ms,medianOverP10,p90OverMedian", perProblem.get(0));
        assertEquals("A,11,2.0,6.0,10.0,3.0,1.6666666666666667", perProblem.get(1));
        List<String> programs = Files.readAllLines(dir.resolve(StatisticsWriter.PROGRAMS));
        assertEquals(27, programs.size());
        assertEquals("C,c4,1,", programs.get(26));
        assertEquals(4, Files.readAllLines(dir.resolve(StatisticsWriter.PAIRS)).size());
        for (String h : StatisticsWriter.HISTOGRAMS) {
            List<String> rows = Files.readAllLines(dir.resolve(h + ".csv"));
            assertEquals("lower,upper,count", rows.get(0));
            long total = rows.stream().skip(1).mapToLong(r -> Long.parseLong(r.substring(r.lastIndexOf(',') + 1))).sum();
            assertTrue(total > 0, h);
            BufferedImage img = ImageIO.read(dir.resolve(h + ".png").toFile());
            assertEquals(900, img.getWidth());
            assertEquals(500, img.getHeight());
        }
        String summary = Files.readString(dir.resolve(StatisticsWriter.SUMMARY));
        assertTrue(summary.contains("\"medianOverP10AcrossProblems\" : 3.0"), summary);
        assertEquals(s.summary().get("pairs"), 3);
    }

    @Test
    void noPairsMeansNoSpeedupPlot(@TempDir Path dir) throws IOException {
        StatisticsWriter.write(fixture(), List.of(), StatisticsConfig.defaults(), dir);
        assertEquals(List.of("lower,upper,count"), Files.readAllLines(dir.resolve("speedup_histogram.csv")));
        assertFalse(Files.exists(dir.resolve("speedup_histogram.png")));
        assertTrue(Files.exists(dir.resolve("length_histogram.png")));
    }
}
