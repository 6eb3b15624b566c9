package org.editvq.evaluation.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootstrapTest {
    final Bootstrap bootstrap = new Bootstrap(new BootstrapConfig(1000, 0.95, 7));

    @Test
    void constantDataGivesAZeroWidthInterval() {
        Interval i = bootstrap.mean(new double[]{0.5, 0.5, 0.5, 0.5, 0.5});
        assertEquals(new Interval(0.5, 0.5, 0.5), i);
        assertFalse(new Interval(0, 0, 0).excludesZero());
    }

    @Test
    void twoPointSampleIntervalFollowsTheBinomialOfTheResamples() {
        // values {0, 1}: a resampled mean is 0, 1/2 or 1 with probability 1/4, 1/2, 1/4; with B = 1000 the 2.5%
        // and 97.5% percentiles land on 0 and 1 (each tail holds ~250 resamples)
        Interval i = bootstrap.mean(new double[]{0, 1});
        assertEquals(0.5, i.estimate(), 0.0);
        assertEquals(0.0, i.lo(), 0.0);
        assertEquals(1.0, i.hi(), 0.0);
        double[] means = bootstrap.resampledMeans(new double[]{0, 1});
        long halves = java.util.Arrays.stream(means).filter(m -> m == 0.5).count();
        assertTrue(halves > 440 && halves < 560, "about half the resamples mix both values: " + halves);
    }

    @Test
    void intervalOfALargeSampleIsNearTheNormalApproximation() {
        // 0..99: mean 49.5, standard error sd/sqrt(n) = 28.87/10 (population sd): 95% ±1.96·2.887 = ±5.66
        double[] v = new double[100];
        for (int k = 0; k < v.length; k++) {
            v[k] = k;
        }
        Interval i = new Bootstrap(new BootstrapConfig(4000, 0.95, 3)).mean(v);
        assertEquals(49.5, i.estimate(), 1e-12);
        assertEquals(49.5 - 5.66, i.lo(), 0.6);
        assertEquals(49.5 + 5.66, i.hi(), 0.6);
        assertTrue(i.excludesZero());
    }

    @Test
    void seededAndReproducible() {
        double[] v = {0.1, 0.9, 0.4, 0.3, 0.7};
        assertEquals(bootstrap.mean(v), new Bootstrap(new BootstrapConfig(1000, 0.95, 7)).mean(v));
        assertArrayEquals(bootstrap.resampledMeans(v), new Bootstrap(new BootstrapConfig(1000, 0.95, 7))
                .resampledMeans(v), 0.0);
        assertNotEquals(bootstrap.mean(v), new Bootstrap(new BootstrapConfig(1000, 0.95, 8)).mean(v));
    }

    @Test
    void pairedDifferenceOfIdenticalModelsIsExactlyZero() {
        List<ExampleScores> model = List.of(example("a", 0.2, 0.5), example("b", 0.9, 0.1), example("c", 0.4, 0.4));
        for (Interval d : bootstrap.table1Difference(model, model)) {
            assertEquals(new Interval(0, 0, 0), d);
        }
    }

    @Test
    void pairedDifferenceUsesTheSameInputsForBothModels() {
        // model = baseline + 0.1 on every input, baselines widely spread: the unpaired intervals overlap, the
        // paired difference is exactly 0.1 with no spread
        double[] base = {0.0, 0.8, 0.3, 0.6, 0.1, 0.9};
        double[] better = new double[base.length];
        for (int k = 0; k < base.length; k++) {
            better[k] = base[k] + 0.1;
        }
        Interval d = bootstrap.pairedDifference(better, base);
        assertEquals(0.1, d.estimate(), 1e-12);
        assertEquals(0.1, d.lo(), 1e-12);
        assertEquals(0.1, d.hi(), 1e-12);
        assertTrue(d.excludesZero());
        assertTrue(bootstrap.mean(better).lo() < bootstrap.mean(base).hi());
    }

    @Test
    void table1IntervalsCoverEveryColumnAndCheckTheirInputs() {
        List<ExampleScores> model = List.of(example("a", 0.2, 0.5), example("b", 0.9, 0.1));
        Interval[] cols = bootstrap.table1(model);
        assertEquals(Table1Row.COLUMNS.size(), cols.length);
        double[] row = Table1Row.average(model).values();
        for (int c = 0; c < cols.length; c++) {
            assertEquals(row[c], cols[c].estimate(), 1e-12);
            assertTrue(cols[c].lo() <= row[c] && row[c] <= cols[c].hi());
        }
        assertThrows(IllegalArgumentException.class, () -> bootstrap.table1Difference(model,
                List.of(example("a", 0, 0), example("x", 0, 0))));
        assertThrows(IllegalArgumentException.class, () -> new BootstrapConfig(10, 0.95, 0));
        assertThrows(IllegalArgumentException.class, () -> new BootstrapConfig(1000, 1.0, 0));
    }

    @Test
    void intervalFormatsCompactly() {
        assertEquals(".673 (.650–.690)", new Interval(0.673, 0.65, 0.69).format());
        assertEquals("-.012 (-.030–.004)", new Interval(-0.012, -0.03, 0.004).format());
    }

    private static ExampleScores example(String id, double c, double d) {
        return ExampleScores.of(id, 1, List.of(new SampleScores(c, 0, c / 2)), d, 1.0);
    }
}
