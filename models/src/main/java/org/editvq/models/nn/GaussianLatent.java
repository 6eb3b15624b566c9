package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.SplittableRandom;

/**
 * Gaussian latent of the Edit-VAE ablation: μ = h·Wμ, log σ² = h·Wσ, z = μ + σ ⊙ ε with
 * ε ~ N(0, I) (the reparameterization trick), KL(N(μ, σ²) ‖ N(0, I)) averaged over the batch.
 * Shapes: h, μ, log σ², z [B, d].
 */
public final class GaussianLatent {
    private final Linear mean;
    private final Linear logVariance;
    private final int dModel;

    /** Result of a forward pass. */
    public record Result(INDArray h, INDArray mu, INDArray logVar, double[] eps, INDArray z, double kl) {
    }

    /** Registers {@code name.mu} and {@code name.logvar}. */
    public GaussianLatent(ParamSet params, String name, int dModel) {
        this.dModel = dModel;
        this.mean = new Linear(params, name + ".mu", dModel, dModel, true);
        this.logVariance = new Linear(params, name + ".logvar", dModel, dModel, true);
    }

    /** Samples z for h; with a null generator z = μ (evaluation). */
    public Result forward(Arena arena, INDArray h, SplittableRandom random) {
        INDArray mu = mean.forward(arena, h);
        INDArray logVar = logVariance.forward(arena, h);
        double[] m = Kernels.toArray(mu);
        double[] lv = Kernels.toArray(logVar);
        double[] eps = new double[m.length];
        double[] z = new double[m.length];
        double kl = 0;
        java.util.Random gaussian = random == null ? null : new java.util.Random(random.nextLong());
        for (int i = 0; i < m.length; i++) {
            eps[i] = gaussian == null ? 0 : gaussian.nextGaussian();
            z[i] = m[i] + Math.exp(0.5 * lv[i]) * eps[i];
            kl += -0.5 * (1 + lv[i] - m[i] * m[i] - Math.exp(lv[i]));
        }
        INDArray zArr = arena.alloc(h.shape());
        Kernels.fill(zArr, z);
        int batch = m.length / dModel;
        return new Result(h, mu, logVar, eps, zArr, kl / batch);
    }

    /** Backward of z and of {@code klWeight · KL}; returns dh. */
    public INDArray backward(Arena arena, Result r, INDArray dz, double klWeight) {
        double[] m = Kernels.toArray(r.mu());
        double[] lv = Kernels.toArray(r.logVar());
        double[] g = Kernels.toArray(dz);
        int batch = m.length / dModel;
        double[] dMu = new double[m.length];
        double[] dLv = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double sigma = Math.exp(0.5 * lv[i]);
            dMu[i] = g[i] + klWeight * m[i] / batch;
            dLv[i] = g[i] * 0.5 * sigma * r.eps()[i] + klWeight * 0.5 * (Math.exp(lv[i]) - 1) / batch;
        }
        INDArray dMuArr = arena.alloc(r.mu().shape());
        Kernels.fill(dMuArr, dMu);
        INDArray dLvArr = arena.alloc(r.logVar().shape());
        Kernels.fill(dLvArr, dLv);
        INDArray dh = arena.alloc(r.h().shape());
        mean.backwardInto(arena, r.h(), dMuArr, dh, 0.0);
        logVariance.backwardInto(arena, r.h(), dLvArr, dh, 1.0);
        return dh;
    }
}
