package org.editvq.models;

import org.editvq.models.nn.Arena;
import org.editvq.models.nn.Kernels;
import org.editvq.models.nn.Param;
import org.editvq.models.nn.ParamSet;
import org.editvq.models.nn.VectorQuantizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The quantizer's lookup geometries (cosine, low-dimensional codes) and the rotation trick: hand-worked
 * values, and the gradients of the projections, the normalisation and the codebook against finite
 * differences of the losses they belong to.
 */
class CodebookLookupTest {

    private static VectorQuantizer quantizer(ParamSet params, int k, int d, VectorQuantizer.Lookup lookup, int codeDim,
                                             VectorQuantizer.Estimator estimator) {
        VectorQuantizer vq = new VectorQuantizer(params, "cb", k, d, 0.25, 0, 0.03, lookup, codeDim, estimator);
        params.freeze();
        return vq;
    }

    @Test
    void cosineLookupTakesTheLargestCosineNotTheNearestPoint() {
        double[][] codes = {{1, 0}, {10, 10}};
        INDArray z = Nd4j.create(new double[][]{{3, 2.9}});
        VectorQuantizer euclid = quantizer(new ParamSet(DataType.DOUBLE, 1), 2, 2, VectorQuantizer.Lookup.EUCLIDEAN, 0,
                VectorQuantizer.Estimator.STRAIGHT_THROUGH);
        VectorQuantizer cosine = quantizer(new ParamSet(DataType.DOUBLE, 1), 2, 2, VectorQuantizer.Lookup.COSINE, 0,
                VectorQuantizer.Estimator.STRAIGHT_THROUGH);
        euclid.codebook().value().assign(Nd4j.create(codes));
        cosine.codebook().value().assign(Nd4j.create(codes));
        assertArrayEquals(new int[]{0}, euclid.nearest(z));
        assertArrayEquals(new int[]{1}, cosine.nearest(z));
        try (Arena arena = new Arena(DataType.DOUBLE)) {
            VectorQuantizer.Result r = cosine.forward(arena, z, false, null);
            // the decoder gets the unit code (1, 1)/√2
            double h = Math.sqrt(0.5);
            assertArrayEquals(new double[]{h, h}, Kernels.toArray(r.quantized()), 1e-12);
            // loss between unit vectors: u = (3, 2.9)/‖·‖
            double n = Math.hypot(3, 2.9);
            double mse = (Math.pow(3 / n - h, 2) + Math.pow(2.9 / n - h, 2)) / 2;
            assertEquals(mse, r.codebookLoss(), 1e-12);
            assertEquals(0.25 * mse, r.commitmentLoss(), 1e-12);
            // the distance reported is the one in code space
            assertEquals(Math.sqrt(2 * mse), cosine.assign(z).distances()[0], 1e-12);
        }
        // decoding under code 1 gives the same unit vector
        assertArrayEquals(new double[]{Math.sqrt(0.5), Math.sqrt(0.5)},
                Kernels.toArray(cosine.codeVectors(new int[]{1})), 1e-12);
    }

    @Test
    void rotationTrickRotatesTheGradientOntoTheEncoderOutput() {
        // u = (1, 0) and its code q = (0, 1): R turns by +90°, so Rᵀ turns the gradient (0, 1) back to (1, 0)
        double[] g = {0, 1};
        VectorQuantizer.rotate(new double[]{1, 0}, new double[]{0, 1}, g, 2);
        assertArrayEquals(new double[]{1, 0}, g, 1e-12);
        // λ = ‖q‖ / ‖u‖ = 1/2 scales it
        double[] g2 = {0, 3};
        VectorQuantizer.rotate(new double[]{2, 0}, new double[]{0, 1}, g2, 2);
        assertArrayEquals(new double[]{1.5, 0}, g2, 1e-12);
        // the gradient along q's direction becomes the gradient along u's; the orthogonal part of a 3-D
        // gradient is untouched
        double[] g3 = {0, 0, 5};
        VectorQuantizer.rotate(new double[]{1, 0, 0}, new double[]{0, 1, 0}, g3, 3);
        assertArrayEquals(new double[]{0, 0, 5}, g3, 1e-12);
        // u already on its code: R = I, λ = 1 (straight-through)
        double[] g4 = {0.3, -0.7};
        VectorQuantizer.rotate(new double[]{0.6, 0.8}, new double[]{0.6, 0.8}, g4, 2);
        assertArrayEquals(new double[]{0.3, -0.7}, g4, 1e-12);
        // opposite directions have no unique rotation: straight-through
        double[] g5 = {0.3, -0.7};
        VectorQuantizer.rotate(new double[]{1, 0}, new double[]{-2, 0}, g5, 2);
        assertArrayEquals(new double[]{0.3, -0.7}, g5, 1e-12);
    }

    @Test
    void rotationAndStraightThroughDifferOnlyInTheGradientOfTheCode() {
        INDArray z = Nd4j.create(new double[][]{{0.3, 0.1, -0.2, 0.5}, {-0.4, 0.2, 0.1, 0.1}});
        INDArray dOut = Nd4j.create(new double[][]{{1, -2, 0.5, 0.3}, {0.2, 0.1, -1, 2}});
        double[][] results = new double[2][];
        double[][] outs = new double[2][];
        for (VectorQuantizer.Estimator e : VectorQuantizer.Estimator.values()) {
            ParamSet params = new ParamSet(DataType.DOUBLE, 7);
            VectorQuantizer vq = quantizer(params, 3, 4, VectorQuantizer.Lookup.COSINE, 2, e);
            try (Arena arena = new Arena(DataType.DOUBLE)) {
                VectorQuantizer.Result r = vq.forward(arena, z, true, null);
                outs[e.ordinal()] = Kernels.toArray(r.quantized());
                results[e.ordinal()] = Kernels.toArray(vq.backward(arena, z, r, dOut, 1.0));
            }
        }
        assertArrayEquals(outs[0], outs[1], 0);
        assertNotEquals(results[0][0], results[1][0], 1e-6);
    }

    /**
     * With low-dimensional cosine codes: the down-projection's gradient is the commitment loss's (u stops
     * the codebook loss), the codebook's is the codebook loss's through the normalisation, and the
     * up-projection's is the output's; each against central differences.
     */
    @Test
    void gradientsOfProjectionsNormalisationAndCodebookMatchFiniteDifferences() {
        for (VectorQuantizer.Lookup lookup : VectorQuantizer.Lookup.values()) {
            ParamSet params = new ParamSet(DataType.DOUBLE, 11);
            VectorQuantizer vq = quantizer(params, 4, 5, lookup, 3, VectorQuantizer.Estimator.STRAIGHT_THROUGH);
            SplittableRandom random = new SplittableRandom(5);
            double[][] zRows = new double[6][5];
            for (double[] row : zRows) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = random.nextDouble() * 2 - 1;
                }
            }
            INDArray z = Nd4j.create(zRows);
            double[] gOut = new double[6 * 5];
            for (int i = 0; i < gOut.length; i++) {
                gOut[i] = random.nextDouble() * 2 - 1;
            }
            INDArray dOut = Nd4j.create(gOut, new long[]{6, 5}, 'c');

            DoubleSupplier mse = () -> {
                try (Arena arena = new Arena(DataType.DOUBLE)) {
                    return vq.forward(arena, z, false, null).codebookLoss();
                }
            };
            DoubleSupplier output = () -> {
                try (Arena arena = new Arena(DataType.DOUBLE)) {
                    double[] out = Kernels.toArray(vq.forward(arena, z, false, null).quantized());
                    double s = 0;
                    for (int i = 0; i < out.length; i++) {
                        s += out[i] * gOut[i];
                    }
                    return s;
                }
            };
            // without an output gradient, z gets β × d mse / du (u is stopped in the codebook loss) and the
            // codebook d mse / dê through the normalisation
            backward(vq, params, z, Nd4j.zeros(DataType.DOUBLE, 6, 5));
            check(params.get("cb.in.w"), mse, 0.25, lookup);
            check(params.get("cb.in.b"), mse, 0.25, lookup);
            check(params.get("cb"), mse, 1.0, lookup);
            // the up-projection gets the output's gradient
            backward(vq, params, z, dOut);
            check(params.get("cb.out.w"), output, 1.0, lookup);
            check(params.get("cb.out.b"), output, 1.0, lookup);
        }
    }

    private static void backward(VectorQuantizer vq, ParamSet params, INDArray z, INDArray dOut) {
        params.zeroGrad();
        try (Arena arena = new Arena(DataType.DOUBLE)) {
            VectorQuantizer.Result r = vq.forward(arena, z, false, null);
            vq.backward(arena, z, r, dOut, 1.0);
        }
    }

    /** Each analytic gradient entry equals {@code scale ×} the central difference of {@code f}. */
    private static void check(Param p, DoubleSupplier f, double scale, VectorQuantizer.Lookup lookup) {
        double[] grad = Kernels.toArray(p.grad());
        INDArray v = p.value();
        double h = 1e-6;
        for (int i = 0; i < grad.length; i++) {
            double old = v.getDouble(i);
            v.putScalar(i, old + h);
            double plus = f.getAsDouble();
            v.putScalar(i, old - h);
            double minus = f.getAsDouble();
            v.putScalar(i, old);
            double numeric = scale * (plus - minus) / (2 * h);
            assertEquals(numeric, grad[i], 1e-7 + 1e-5 * Math.abs(numeric),
                    lookup + " " + p.name() + "[" + i + "]");
        }
    }

    @Test
    void optionsRoundTripAndOldFilesLoadWithThePapersLookup() throws Exception {
        CodebookOptions chosen = CodebookOptions.DEFAULT.withLookup(CodebookOptions.Lookup.COSINE).withCodeDim(8)
                .withEstimator(CodebookOptions.Estimator.ROTATION);
        ModelConfig config = ModelConfig.preset("cpu", ModelKind.EDIT_VQVAE, 50, 3).withCodebookOptions(chosen);
        java.util.Map<String, Object> map = config.toMap();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> inner = (java.util.Map<String, Object>) map.get("codebookOptions");
        assertEquals("cosine", inner.get("lookup"));
        assertEquals("rotation", inner.get("estimator"));
        assertEquals(config, ModelConfig.fromMap(map));
        inner.remove("lookup");
        inner.remove("codeDim");
        inner.remove("estimator");
        assertEquals(CodebookOptions.DEFAULT, ModelConfig.fromMap(map).codebookOptions());
        assertEquals(CodebookOptions.Lookup.COSINE, CodebookOptions.Lookup.parse(" Cosine"));
        assertEquals(CodebookOptions.Estimator.STRAIGHT_THROUGH, CodebookOptions.Estimator.parse("straight-through"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CodebookOptions.Lookup.parse("manhattan"));
        assertEquals("unknown codebook lookup 'manhattan'; expected euclidean or cosine", e.getMessage());
        // the model builds the projections only for narrower codes
        EditModel narrow = new EditModel(config, DataType.FLOAT);
        assertEquals(8, narrow.quantizer().codeWidth());
        assertEquals(8, narrow.params().get("codebook.in.w").shape()[1]);
        EditModel full = new EditModel(config.withCodebookOptions(chosen.withCodeDim(0)), DataType.FLOAT);
        assertEquals(config.dModel(), full.quantizer().codeWidth());
        assertEquals(narrow.params().count() - full.params().count(),
                2L * (config.dModel() * 8L) + 8 + config.dModel() - 64L * (config.dModel() - 8));
    }
}
