package org.editvq.models;

import org.editvq.models.optim.Adam;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The program vectors f(x) behind Figures 5 and 6 are the ones the edit models subtract, and a
 * model used from two threads at once (the reproduction trains models in parallel) computes
 * exactly what it computes alone.
 */
class ProgramVectorsTest {
    private static final List<int[]> XS = List.of(new int[]{5, 6, 7}, new int[]{9, 8, 7, 6, 5, 10, 10});
    private static final List<int[]> YS = List.of(new int[]{7, 6}, new int[]{6, 6, 7, 8, 9});

    @Test
    void editVectorIsTheDifferenceOfProgramVectors() {
        for (ModelKind kind : List.of(ModelKind.EDIT_VQVAE, ModelKind.EDIT_VAE)) {
            EditModel model = new EditModel(GradientCheckTest.tinyModel(kind).config(), DataType.DOUBLE);
            double[][] edits = model.editVectors(PairBatch.of(XS, YS));
            double[][] fx = model.programVectors(XS);
            double[][] fy = model.programVectors(YS);
            for (int i = 0; i < XS.size(); i++) {
                for (int d = 0; d < fx[i].length; d++) {
                    assertEquals(fy[i][d] - fx[i][d], edits[i][d], 1e-12, kind + " pair " + i + " dim " + d);
                }
            }
            if (kind == ModelKind.EDIT_VQVAE) {
                double[][] differences = new double[XS.size()][];
                for (int i = 0; i < XS.size(); i++) {
                    differences[i] = new double[fx[i].length];
                    for (int d = 0; d < fx[i].length; d++) {
                        differences[i][d] = fy[i][d] - fx[i][d];
                    }
                }
                assertArrayEquals(model.assignCodes(PairBatch.of(XS, YS)), model.nearestCodes(differences));
            }
            // padding a program into a longer batch does not change its vector
            assertArrayEquals(fx[0], model.programVectors(List.of(XS.get(0)))[0], 1e-12);
        }
    }

    @Test
    void modelsWithoutAProgramEncoderSaySo() {
        for (ModelKind kind : List.of(ModelKind.VQVAE, ModelKind.TRANSFORMER)) {
            EditModel model = new EditModel(GradientCheckTest.tinyModel(kind).config(), DataType.DOUBLE);
            assertThrows(IllegalStateException.class, () -> model.programVectors(XS));
        }
    }

    @Test
    void twoModelsTrainingOnTwoThreadsMatchTrainingAlone() throws Exception {
        ModelConfig a = GradientCheckTest.tinyModel(ModelKind.EDIT_VQVAE).config();
        ModelConfig b = GradientCheckTest.tinyModel(ModelKind.TRANSFORMER).config();
        double[] aloneA = trainLosses(a);
        double[] aloneB = trainLosses(b);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<double[]> fa = pool.submit(() -> trainLosses(a));
            Future<double[]> fb = pool.submit(() -> trainLosses(b));
            assertArrayEquals(aloneA, fa.get(), 0.0);
            assertArrayEquals(aloneB, fb.get(), 0.0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] trainLosses(ModelConfig config) {
        EditModel model = new EditModel(config, DataType.FLOAT);
        Adam adam = Adam.transformerDefaults(model.params(), 1.0);
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        double[] losses = new double[30];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = model.trainStep(PairBatch.of(XS, YS), random, config.klWeight()).loss();
            adam.update(3e-2);
        }
        assertTrue(losses[losses.length - 1] < losses[0], config.kind() + " learns: " + losses[0] + " -> "
                + losses[losses.length - 1]);
        return losses;
    }
}
