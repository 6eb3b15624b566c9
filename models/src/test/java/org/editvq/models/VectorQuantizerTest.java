package org.editvq.models;

import org.editvq.models.nn.Arena;
import org.editvq.models.nn.Kernels;
import org.editvq.models.nn.ParamSet;
import org.editvq.models.nn.VectorQuantizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quantizer against numbers worked out by hand, and its routing of gradients. */
class VectorQuantizerTest {

    private static VectorQuantizer quantizer(double[][] codes, double beta, int restartInterval) {
        ParamSet params = new ParamSet(DataType.DOUBLE, 1);
        VectorQuantizer vq = new VectorQuantizer(params, "cb", codes.length, codes[0].length, beta, restartInterval,
                0.5);
        vq.codebook().value().assign(Nd4j.create(codes));
        return vq;
    }

    @Test
    void nearestCodeLossesPerplexityAndGradientsMatchHandComputation() {
        VectorQuantizer vq = quantizer(new double[][]{{0, 0}, {1, 1}}, 0.25, 0);
        try (Arena arena = new Arena(DataType.DOUBLE)) {
            INDArray z = Nd4j.create(new double[][]{{0.2, 0.1}, {0.9, 1.2}});
            VectorQuantizer.Result r = vq.forward(arena, z, true, null);
            assertArrayEquals(new int[]{0, 1}, r.codes());
            assertArrayEquals(new double[]{0, 0, 1, 1}, Kernels.toArray(r.quantized()), 0);
            // mean((zq - z)^2) = (0.04 + 0.01 + 0.01 + 0.04) / 4
            assertEquals(0.025, r.codebookLoss(), 1e-12);
            assertEquals(0.25 * 0.025, r.commitmentLoss(), 1e-12);
            assertEquals(2.0, r.perplexity(), 1e-12);
            assertEquals(2, r.codesUsed());

            INDArray dQuantized = Nd4j.create(new double[][]{{1, 2}, {3, 4}});
            INDArray dz = vq.backward(arena, z, r, dQuantized, 1.0);
            // straight-through dQuantized plus beta * 2 (z - zq) / 4
            assertArrayEquals(new double[]{1.025, 2.0125, 2.9875, 4.025}, Kernels.toArray(dz), 1e-12);
            // codebook loss gradient 2 (zq - z) / 4 on the assigned rows only
            assertArrayEquals(new double[]{-0.1, -0.05, 0.05, -0.1}, Kernels.toArray(vq.codebook().grad()), 1e-12);
        }
    }

    @Test
    void oneEmaStepMatchesHandComputation() {
        VectorQuantizer vq = quantizer(new double[][]{{0, 0}, {1, 1}}, 0.25, 0);
        vq.useEma(0.9, true);
        try (Arena arena = new Arena(DataType.DOUBLE)) {
            INDArray z = Nd4j.create(new double[][]{{0.2, 0.1}, {0.4, 0.3}, {0.9, 1.2}});
            VectorQuantizer.Result r = vq.forward(arena, z, true, null);
            assertArrayEquals(new int[]{0, 0, 1}, r.codes());
            // Debiased after one step the averages are the batch statistics themselves:
            // N = (2, 1), m0 = (0.6, 0.4), m1 = (0.9, 1.2). Laplace smoothing with eps = 1e-5:
            // N0' = (2 + eps) / (3 + 2 eps) * 3, N1' = (1 + eps) / (3 + 2 eps) * 3.
            double eps = 1e-5;
            double n0 = (2 + eps) / (3 + 2 * eps) * 3;
            double n1 = (1 + eps) / (3 + 2 * eps) * 3;
            assertArrayEquals(new double[]{0.6 / n0, 0.4 / n0, 0.9 / n1, 1.2 / n1},
                    Kernels.toArray(vq.codebook().value()), 1e-12);
            vq.backward(arena, z, r, Nd4j.zeros(DataType.DOUBLE, 3, 2), 1.0);
            assertArrayEquals(new double[4], Kernels.toArray(vq.codebook().grad()), 0,
                    "an EMA codebook gets no gradient");
        }
    }

    @Test
    void emaWithoutDebiasShrinksTowardZeroAtFirst() {
        VectorQuantizer vq = quantizer(new double[][]{{0, 0}, {1, 1}}, 0.25, 0);
        vq.useEma(0.9, false);
        try (Arena arena = new Arena(DataType.DOUBLE)) {
            vq.forward(arena, Nd4j.create(new double[][]{{0.2, 0.1}, {0.9, 1.2}}), true, null);
            // Without debiasing, counts and sums are both scaled by (1 - 0.9): the ratio is the
            // batch mean, except for the Laplace smoothing of the (now small) counts.
            double eps = 1e-5;
            double total = 0.2;
            double n0 = (0.1 + eps) / (total + 2 * eps) * total;
            assertEquals(0.1 * 0.2 / n0, Kernels.toArray(vq.codebook().value())[0], 1e-12);
        }
    }

    @Test
    void deadCodesAreMovedOntoBatchVectors() {
        VectorQuantizer vq = quantizer(new double[][]{{0, 0}, {5, 5}, {9, 9}}, 0.25, 1);
        try (Arena arena = new Arena(DataType.DOUBLE)) {
            INDArray z = Nd4j.create(new double[][]{{0.1, 0.1}, {0.2, 0.0}});
            SplittableRandom random = new SplittableRandom(3);
            // Every pair goes to code 0; the usage share of codes 1 and 2 decays as 0.99^n / 3 and
            // first falls below the threshold 0.5 / 3 at n = 69 (0.99^68 = 0.5049, 0.99^69 = 0.4998).
            int step = 0;
            int restarted = 0;
            while (restarted == 0 && step < 100) {
                step++;
                restarted = vq.forward(arena, z, true, random).restarted();
            }
            assertEquals(69, step);
            assertEquals(2, restarted);
            double[] cb = Kernels.toArray(vq.codebook().value());
            for (int k = 1; k < 3; k++) {
                double x = cb[2 * k];
                double y = cb[2 * k + 1];
                boolean nearBatchVector = Math.abs(x - 0.1) < 0.01 && Math.abs(y - 0.1) < 0.01
                        || Math.abs(x - 0.2) < 0.01 && Math.abs(y) < 0.01;
                assertTrue(nearBatchVector, "code " + k + " was not moved onto a batch vector: " + x + "," + y);
            }
        }
    }

    @Test
    void reconstructionGradientReachesTheEditEncoderOnlyThroughTheStraightThroughPath() {
        ModelConfig base = GradientCheckTest.tinyModel(ModelKind.EDIT_VQVAE).config();
        ModelConfig noCommitment = base.toBuilder().layers(1, 1, 1).regularization(0, 0).commitmentBeta(0.0).restarts(0, 0)
                .klWeight(0).klAnnealSteps(0).maxLengths(12).codebookOptions(CodebookOptions.LEGACY).build();
        EditModel model = new EditModel(noCommitment, DataType.DOUBLE);
        PairBatch batch = GradientCheckTest.tinyBatch();
        model.params().zeroGrad();
        model.gradientOnly(batch, null, 0);
        // With beta = 0 the only loss reaching the edit encoder is reconstruction, via straight-through.
        double editGrad = model.params().get("edit.0.att.q.w").grad().norm2Number().doubleValue();
        assertTrue(editGrad > 1e-8, "no gradient reached the edit encoder: " + editGrad);
        // The codebook gets exactly the codebook-loss gradient: reconstruction stops at sg(zq - z).
        double[][] z = model.editVectors(batch);
        int[] codes = model.assignCodes(batch);
        double[] cb = Kernels.toArray(model.quantizer().codebook().value());
        int d = z[0].length;
        double[] expected = new double[cb.length];
        for (int b = 0; b < z.length; b++) {
            for (int j = 0; j < d; j++) {
                expected[codes[b] * d + j] += 2 * (cb[codes[b] * d + j] - z[b][j]) / (z.length * d);
            }
        }
        assertArrayEquals(expected, Kernels.toArray(model.quantizer().codebook().grad()), 1e-12);
    }
}
