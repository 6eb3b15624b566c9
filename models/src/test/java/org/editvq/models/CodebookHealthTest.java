package org.editvq.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.editvq.models.nn.Arena;
import org.editvq.models.nn.Kernels;
import org.editvq.models.nn.ParamSet;
import org.editvq.models.nn.VectorQuantizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** k-means initialisation, reservoir restarts, usage decay and distances of the quantizer; the new options. */
class CodebookHealthTest {

    private static VectorQuantizer quantizer(int k, int d, int restartInterval, double threshold) {
        return new VectorQuantizer(new ParamSet(DataType.DOUBLE, 1), "cb", k, d, 0.25, restartInterval, threshold);
    }

    private static double[][] codes(VectorQuantizer vq) {
        return vq.codebook().value().toDoubleMatrix();
    }

    private static boolean near(double[] a, double[] b, double tolerance) {
        for (int j = 0; j < a.length; j++) {
            if (Math.abs(a[j] - b[j]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    @Test
    void kmeansPlacesOneCodeOnTheMeanOfEachWellSeparatedCluster() {
        // four clusters of three points; their means are (0,1), (10,11), (-10,1), (0,-19)
        double[][] z = {{0, 0}, {0, 1}, {0, 2}, {10, 10}, {10, 11}, {10, 12}, {-11, 1}, {-10, 1}, {-9, 1},
            {0, -20}, {1, -19}, {-1, -18}};
        VectorQuantizer vq = quantizer(4, 2, 0, 0);
        VectorQuantizer.InitReport r = vq.initialize(z, 10, 4, new SplittableRandom(7));
        // squared distances to the means: 1+0+1, 1+0+1, 1+0+1, 1+1+2
        assertEquals(new VectorQuantizer.InitReport(12, 12, 4, 10.0 / 12), r);
        double[][] expected = {{0, 1}, {10, 11}, {-10, 1}, {0, -19}};
        for (double[] mean : expected) {
            assertTrue(Arrays.stream(codes(vq)).anyMatch(c -> near(c, mean, 1e-12)),
                    "no code on " + Arrays.toString(mean) + ": " + Arrays.deepToString(codes(vq)));
        }
        assertArrayEquals(new double[]{0.25, 0.25, 0.25, 0.25}, vq.usage());
    }

    @Test
    void withFewerDistinctVectorsThanCodesEveryVectorIsACodeAndTheRestAreJitteredCopies() {
        double[][] z = {{1, 2}, {1, 2}, {3, 4}, {1, 2}, {3, 4}};
        VectorQuantizer a = quantizer(5, 2, 0, 0);
        VectorQuantizer.InitReport r = a.initialize(z, 10, 4, new SplittableRandom(3));
        assertEquals(5, r.points());
        assertEquals(2, r.distinct());
        assertEquals(2, r.clusters());
        assertEquals(0.0, r.inertia());
        double[][] c = codes(a);
        assertArrayEquals(new double[]{1, 2}, c[0]);
        assertArrayEquals(new double[]{3, 4}, c[1]);
        double rms = Math.sqrt((3 * 5 + 2 * 25) / 10.0);
        Set<List<Double>> distinct = new HashSet<>();
        for (int k = 2; k < 5; k++) {
            boolean copy = near(c[k], z[0], 1e-3 * rms) || near(c[k], z[2], 1e-3 * rms);
            assertTrue(copy, "code " + k + " is not a jittered copy: " + Arrays.toString(c[k]));
            assertTrue(!near(c[k], z[0], 0) && !near(c[k], z[2], 0), "code " + k + " was not jittered");
        }
        for (double[] row : c) {
            distinct.add(List.of(row[0], row[1]));
        }
        assertEquals(5, distinct.size());
        // deterministic for a given generator
        VectorQuantizer b = quantizer(5, 2, 0, 0);
        b.initialize(z, 10, 4, new SplittableRandom(3));
        assertArrayEquals(Kernels.toArray(a.codebook().value()), Kernels.toArray(b.codebook().value()));
    }

    @Test
    void anEmaCodebookKeepsItsInitialisedCodesThroughAStepWithoutAssignments() {
        double[][] z = {{0, 0}, {0, 2}, {10, 10}, {10, 12}};
        VectorQuantizer vq = quantizer(2, 2, 0, 0);
        vq.useEma(0.9, true);
        vq.initialize(z, 5, 4, new SplittableRandom(1));
        try (Arena arena = new Arena(DataType.DOUBLE)) {
            // a batch that only uses the code at (0,1): the other stays at (10,11) instead of collapsing to 0
            vq.forward(arena, Nd4j.create(new double[][]{{0, 1}, {0, 1}}), true, null);
        }
        double[][] c = codes(vq);
        // within the Laplace smoothing of the counts (ε 1e-5)
        assertTrue(Arrays.stream(c).anyMatch(row -> near(row, new double[]{10, 11}, 1e-4)), Arrays.deepToString(c));
        assertTrue(Arrays.stream(c).anyMatch(row -> near(row, new double[]{0, 1}, 1e-4)), Arrays.deepToString(c));
    }

    @Test
    void usageForgetsAtTheConfiguredDecay() {
        VectorQuantizer vq = quantizer(2, 1, 0, 0);
        vq.codebook().value().assign(Nd4j.create(new double[][]{{0}, {5}}));
        vq.configureRestarts(0.5, 0);
        try (Arena arena = new Arena(DataType.DOUBLE)) {
            for (int i = 0; i < 3; i++) {
                vq.forward(arena, Nd4j.create(new double[][]{{0.1}}), true, null);
            }
        }
        // code 1 unused for 3 steps: 0.5 * 0.5^3; code 0: 1 - that
        assertArrayEquals(new double[]{1 - 0.0625, 0.0625}, vq.usage(), 1e-15);
    }

    @Test
    void deadCodesRestartFromTheReservoirOfEarlierBatchesWithoutRepetition() {
        // K 3, every row goes to code 0; decay 0.5 makes codes 1 and 2 dead (share < 0.9 / 3) after one step
        VectorQuantizer vq = quantizer(3, 2, 2, 0.9);
        vq.codebook().value().assign(Nd4j.create(new double[][]{{0, 0}, {100, 100}, {-100, 100}}));
        vq.configureRestarts(0.5, 8);
        double[] early = {1, 1};
        double[] late = {2, 2};
        try (Arena arena = new Arena(DataType.DOUBLE)) {
            SplittableRandom random = new SplittableRandom(5);
            assertEquals(0, vq.forward(arena, Nd4j.create(new double[][]{early}), true, random).restarted());
            assertEquals(2, vq.forward(arena, Nd4j.create(new double[][]{late}), true, random).restarted());
        }
        double[][] c = codes(vq);
        // two dead codes, two reservoir rows: one code on each, the earlier batch's row included
        boolean oneEach = near(c[1], early, 0.005) && near(c[2], late, 0.005)
                || near(c[1], late, 0.005) && near(c[2], early, 0.005);
        assertTrue(oneEach, Arrays.deepToString(c));
        assertArrayEquals(new double[]{1, 1, 2, 2}, vq.reservoirState());
        assertEquals(2, vq.reservoirNext());
    }

    @Test
    void theReservoirIsARingOfTheLastRowsAndRestoresExactly() {
        VectorQuantizer vq = quantizer(2, 1, 0, 0);
        vq.configureRestarts(0.9, 3);
        try (Arena arena = new Arena(DataType.DOUBLE)) {
            vq.forward(arena, Nd4j.create(new double[][]{{1}, {2}}), true, null);
            vq.forward(arena, Nd4j.create(new double[][]{{3}, {4}}), true, null);
        }
        assertArrayEquals(new double[]{4, 2, 3}, vq.reservoirState());
        assertEquals(1, vq.reservoirNext());
        VectorQuantizer copy = quantizer(2, 1, 0, 0);
        copy.configureRestarts(0.9, 3);
        copy.restoreReservoir(vq.reservoirState(), vq.reservoirNext());
        assertArrayEquals(vq.reservoirState(), copy.reservoirState());
        assertEquals(1, copy.reservoirNext());
        assertThrows(IllegalArgumentException.class, () -> copy.restoreReservoir(new double[]{1, 2, 3, 4}, 0));
        assertThrows(IllegalArgumentException.class, () -> copy.restoreReservoir(new double[]{1, 2}, 0));
    }

    @Test
    void assignGivesTheNearestCodeAndItsEuclideanDistance() {
        VectorQuantizer vq = quantizer(2, 2, 0, 0);
        vq.codebook().value().assign(Nd4j.create(new double[][]{{0, 0}, {10, 0}}));
        VectorQuantizer.Assignment a = vq.assign(Nd4j.create(new double[][]{{3, 4}, {10, -2}, {5, 0}}));
        assertArrayEquals(new int[]{0, 1, 0}, a.codes()); // a tie goes to the lower index
        assertArrayEquals(new double[]{5, 2, 5}, a.distances(), 1e-12);
    }

    @Test
    void configsWithoutTheNewFieldsLoadWithTheOldBehaviourAndNewOnesRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ModelConfig preset = ModelConfig.preset("cpu", ModelKind.EDIT_VQVAE, 50, 3);
        assertEquals(CodebookOptions.DEFAULT, preset.codebookOptions());
        assertEquals(LatentInjection.ENCODER, preset.latentInjection());
        ModelConfig changed = preset.withLatentInjection(LatentInjection.ENCODER_AND_DECODER)
                .withCodebookOptions(CodebookOptions.DEFAULT.withReservoirSize(64).withUsageDecay(0.8));
        assertEquals(changed, json.readValue(json.writeValueAsString(changed), ModelConfig.class));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> old = json.convertValue(preset, java.util.Map.class);
        old.remove("codebookOptions");
        old.remove("latentInjection");
        // older files are completed by the one JSON mapping of the configs (ModelConfig.fromMap), never by the
        // constructor: a plain mapper refuses the missing settings
        ModelConfig loaded = ModelConfig.fromMap(json.readValue(json.writeValueAsString(old), java.util.Map.class));
        assertThrows(com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
                () -> json.readValue(json.writeValueAsString(old), ModelConfig.class));
        assertEquals(CodebookOptions.LEGACY, loaded.codebookOptions());
        assertEquals(LatentInjection.ENCODER, loaded.latentInjection());
        assertNotEquals(preset, loaded);
        assertThrows(IllegalArgumentException.class, () -> new CodebookOptions(CodebookOptions.Init.KMEANS, 0, 5,
                0.9, 0, CodebookOptions.Lookup.EUCLIDEAN, 0, CodebookOptions.Estimator.STRAIGHT_THROUGH));
        assertThrows(IllegalArgumentException.class, () -> CodebookOptions.DEFAULT.withCodeDim(-1));
        assertThrows(IllegalArgumentException.class, () -> CodebookOptions.DEFAULT.withUsageDecay(1.0));
    }
}
