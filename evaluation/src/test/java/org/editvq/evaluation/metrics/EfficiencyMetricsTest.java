package org.editvq.evaluation.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Equations 1–5 on cases worked out by hand. R(x) = {y1 = "a b c d" (10 ms), y2 = "a b c e" (20 ms)}: weights
 * w(y1) = 10/10 = 1, w(y2) = 10/20 = 0.5.
 */
class EfficiencyMetricsTest {
    static final List<String> Y1 = Tokens.split("a b c d");
    static final List<String> Y2 = Tokens.split("a b c e");
    static final List<TimedReference> R = List.of(new TimedReference(Y1, 10), new TimedReference(Y2, 20));
    static final double EPS = 1e-12;

    /**
     * S_ES of "a b c e": per order, numerator = Σ max over refs of w·clipped count, denominator = max w (1) × count.
     * Unigrams a, b, c (in both refs: max(1, 0.5) = 1) and e (only y2: 0.5): 3.5/4. Bigrams "a b", "b c" (1) and
     * "c e" (0.5): 2.5/3. Trigrams "a b c" (1), "b c e" (0.5): 1.5/2. 4-gram "a b c e" (0.5): 0.5/1. BP 1.
     */
    static final double SOFT_Y2 = Math.pow((3.5 / 4) * (2.5 / 3) * (1.5 / 2) * (0.5 / 1), 0.25);

    final EfficiencyMetrics metrics = new EfficiencyMetrics();

    @Test
    void efficiencyWeightsAreFastestOverOwnRuntime() {
        assertArrayEquals(new double[]{1.0, 0.5}, EfficiencyMetrics.efficiencyWeights(R), EPS);
    }

    @Test
    void correctnessIsSentenceBleuAgainstAllReferencesOnTheUnitScale() {
        assertEquals(1.0, metrics.correctness(Y1, R), 0.0); // exp(log 100)/100 overshoots by 4e-16; capped at 1
        assertEquals(1.0, metrics.correctness(Y2, R), EPS);
        // "a b c": every 1..3-gram matches, no 4-gram (effective order 3); length 3 vs closest reference 4:
        // BP = exp(1 - 4/3), so S_C = exp(-1/3).
        assertEquals(Math.exp(-1.0 / 3), metrics.correctness(Tokens.split("a b c"), R), EPS);
        assertEquals(0.0, metrics.correctness(List.of("x"), R), 0.0);
    }

    @Test
    void hardEfficiencyIsTheWeightOfTheExactlyMatchedReference() {
        assertEquals(1.0, EfficiencyMetrics.hardEfficiency(Y1, R), 0.0);
        assertEquals(0.5, EfficiencyMetrics.hardEfficiency(Y2, R), 0.0);
        assertEquals(0.0, EfficiencyMetrics.hardEfficiency(Tokens.split("a b c"), R), 0.0);
        // the same program measured twice: the faster measurement counts
        List<TimedReference> twice = List.of(new TimedReference(Y1, 10), new TimedReference(Y2, 40),
                new TimedReference(Y2, 20));
        assertEquals(0.5, EfficiencyMetrics.hardEfficiency(Y2, twice), 0.0);
    }

    @Test
    void softEfficiencyIsDeltaBleuWeightedByEfficiency() {
        assertEquals(1.0, metrics.softEfficiency(Y1, R), EPS);
        assertEquals(SOFT_Y2, metrics.softEfficiency(Y2, R), EPS);
        assertEquals(0.0, metrics.softEfficiency(List.of("x"), R), 0.0);
    }

    @Test
    void distinctIsTheFractionOfDistinctSamples() {
        assertEquals(0.75, EfficiencyMetrics.distinct(List.of(Y1, Y2, Y1, List.of("x"))), 0.0);
        assertEquals(1.0, EfficiencyMetrics.distinct(List.of(Y1)), 0.0);
        assertEquals(0.25, EfficiencyMetrics.distinct(List.of(Y1, Y1, Y1, Y1)), 0.0);
    }

    /**
     * Equation 5 by hand. BLEU("a b c d", y2 = "a b c e") alone: precisions 3/4, 2/3, 1/2 and no 4-gram match, which
     * exp smoothing counts as 1/(2·1); brevity 1: (3/4 · 2/3 · 1/2 · 1/2)^(1/4) = (1/8)^(1/4).
     */
    static final double BLEU_Y1_VS_Y2 = Math.pow(1.0 / 8, 0.25);

    @Test
    void diversityIsEquationFiveTheMeanOverReferencesOfTheBestSample() {
        // y1 recovered exactly (1), y2 best matched by y1 ("x" scores 0)
        assertEquals((1 + BLEU_Y1_VS_Y2) / 2, metrics.diversity(List.of(Y1, List.of("x")), R), EPS);
        // both references recovered
        assertEquals(1.0, metrics.diversity(List.of(Y2, Y1), R), EPS);
        // one sample copied N times recovers no more than once: S_D ignores repeats
        assertEquals((1 + BLEU_Y1_VS_Y2) / 2, metrics.diversity(List.of(Y1, Y1, Y1, Y1), R), EPS);
        // "a b c": 1..3-gram precisions 1, effective order 3, brevity exp(1 - 4/3), against each reference
        assertEquals(Math.exp(-1.0 / 3), metrics.diversity(List.of(Tokens.split("a b c")), R), EPS);
        assertEquals(0.0, metrics.diversity(List.of(List.of("x")), R), 0.0);
        // S_D is a mean over R(x) of per-reference maxima, so it can never exceed max S_C (BLEU against all of
        // R(x) clips each n-gram at its largest count over the references)
        List<List<String>> samples = List.of(Y1, Tokens.split("a b d c"), List.of("x"));
        double maxC = samples.stream().mapToDouble(s -> metrics.correctness(s, R)).max().orElseThrow();
        assertTrue(metrics.diversity(samples, R) <= maxC + EPS);
    }

    @Test
    void exampleAveragesAndMaximaOverSamples() {
        EfficiencyExample x = new EfficiencyExample("x1", R, List.of(Y1, Y2, Y1, List.of("x")));
        ExampleScores s = metrics.scoreExample(x);
        assertEquals(4, s.sampleCount());
        assertEquals(2, s.references());
        assertEquals((1 + 1 + 1 + 0) / 4.0, s.avgCorrectness(), EPS);
        assertEquals(1.0, s.maxCorrectness(), EPS);
        assertEquals((1 + 0.5 + 1 + 0) / 4.0, s.avgHardEfficiency(), EPS);
        assertEquals(1.0, s.maxHardEfficiency(), 0.0);
        assertEquals((1 + SOFT_Y2 + 1 + 0) / 4.0, s.avgSoftEfficiency(), EPS);
        assertEquals(1.0, s.maxSoftEfficiency(), EPS);
        assertEquals(0.75, s.distinct(), 0.0);
        assertEquals(1.0, s.diversity(), EPS); // y1 and y2 both among the samples
        assertEquals(new SampleScores(1.0, 0.5, s.samples().get(1).softEfficiency()), s.samples().get(1));
    }

    @Test
    void tableRowAveragesOverInputs(@TempDir Path dir) throws Exception {
        EfficiencyExample x1 = new EfficiencyExample("x1", R, List.of(Y1, Y2, Y1, List.of("x")));
        // x2: one reference "p q"; two samples, one exact, one unrelated.
        EfficiencyExample x2 = new EfficiencyExample("x2", List.of(new TimedReference(Tokens.split("p q"), 5)),
                List.of(Tokens.split("p q"), Tokens.split("z")));
        EfficiencyReport report = metrics.evaluate(List.of(x1, x2));
        Table1Row row = report.row();
        assertEquals(2, row.examples());
        assertEquals((0.75 + 0.5) / 2, row.avgCorrectness(), EPS);
        assertEquals((0.625 + 0.5) / 2, row.avgHardEfficiency(), EPS);
        assertEquals(((2 + SOFT_Y2) / 4 + 0.5) / 2, row.avgSoftEfficiency(), EPS);
        assertEquals(1.0, row.maxCorrectness(), EPS);
        assertEquals(1.0, row.maxHardEfficiency(), 0.0);
        assertEquals(1.0, row.maxSoftEfficiency(), EPS);
        assertEquals((0.75 + 1.0) / 2, row.distinct(), 0.0);
        // x1 recovers both references (1); x2 recovers "p q" (1)
        assertEquals(1.0, row.diversity(), EPS);
        // 0.5625 is exact in binary: half to even gives .562, as Python's format would
        assertEquals(".625 | .562 | " + BleuScore.fixed(((2 + SOFT_Y2) / 4 + 0.5) / 2, 3).substring(1)
                + " | 1.000 | 1.000 | 1.000 | 1.000 | .875", row.format());

        Path jsonl = dir.resolve("scores.jsonl");
        report.writeJsonl(jsonl);
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("{\"id\":\"x2\",\"references\":1,\"avgCorrectness\":0.5,"), lines.get(1));
    }

    @Test
    void badInputsAreRejectedWithTheirCause() {
        assertThrows(IllegalArgumentException.class, () -> new TimedReference(Y1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TimedReference(Y1, Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EfficiencyExample("x9", List.of(), List.of(Y1)));
        assertTrue(e.getMessage().contains("x9"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EfficiencyExample("x9", R, List.of()));
        assertThrows(IllegalArgumentException.class, () -> metrics.evaluate(List.of()));
    }
}
