package org.editvq.core.metrics;

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
    void diversityIsTheFractionOfDistinctSamples() {
        assertEquals(0.75, EfficiencyMetrics.diversity(List.of(Y1, Y2, Y1, List.of("x"))), 0.0);
        assertEquals(1.0, EfficiencyMetrics.diversity(List.of(Y1)), 0.0);
        assertEquals(0.25, EfficiencyMetrics.diversity(List.of(Y1, Y1, Y1, Y1)), 0.0);
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
        assertEquals(0.75, s.diversity(), 0.0);
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
        assertEquals((0.75 + 1.0) / 2, row.diversity(), 0.0);
        // 0.5625 is exact in binary: half to even gives .562, as Python's format would
        assertEquals(".625 | .562 | " + BleuScore.fixed(((2 + SOFT_Y2) / 4 + 0.5) / 2, 3).substring(1)
                + " | 1.000 | 1.000 | 1.000 | .875", row.format());

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
