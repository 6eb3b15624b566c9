package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Vector quantization with the straight-through estimator (van den Oord et al. 2017), codebook
 * and commitment losses, usage tracking and dead-code restart.
 *
 * <p>Variant: the codebook is learned by gradient of the codebook loss
 * {@code mean((zq − sg(z))²)}; the encoder by the straight-through reconstruction gradient plus
 * {@code β·mean((z − sg(zq))²)}. Shapes: z [B, d], codebook [K, d], output zq [B, d].
 *
 * <p>Dead-code restart: an exponential moving average of each code's share of assignments is
 * kept; every {@code restartInterval} training steps, codes whose share fell below
 * {@code restartThreshold / K} are moved onto randomly chosen encoder outputs of the current
 * batch (plus small noise), so that the codebook does not collapse onto a few codes.
 */
public final class VectorQuantizer {
    private final Param codebook;
    private final int size;
    private final int dModel;
    private final double beta;
    private final int restartInterval;
    private final double restartThreshold;
    private final double[] usage;
    private long steps;

    /** Result of a quantization. */
    public record Result(int[] codes, INDArray quantized, double codebookLoss, double commitmentLoss,
                         double perplexity, int codesUsed, int restarted) {
    }

    /** Registers {@code name} as a [K, d] codebook. */
    public VectorQuantizer(ParamSet params, String name, int size, int dModel, double beta, int restartInterval,
                           double restartThreshold) {
        if (size < 1) {
            throw new IllegalArgumentException("codebook size must be >= 1");
        }
        this.codebook = params.uniform(name, 1.0 / size, size, dModel);
        this.size = size;
        this.dModel = dModel;
        this.beta = beta;
        this.restartInterval = restartInterval;
        this.restartThreshold = restartThreshold;
        this.usage = new double[size];
        Arrays.fill(usage, 1.0 / size);
    }

    /** Number of codes K. */
    public int size() {
        return size;
    }

    /** The [K, d] codebook parameter. */
    public Param codebook() {
        return codebook;
    }

    /** Moving-average share of assignments per code. */
    public double[] usage() {
        return usage.clone();
    }

    /** Restores usage statistics and step count (checkpoint resume). */
    public void restoreState(double[] savedUsage, long savedSteps) {
        System.arraycopy(savedUsage, 0, usage, 0, size);
        steps = savedSteps;
    }

    /** Training steps seen. */
    public long steps() {
        return steps;
    }

    /** Index of the nearest code for each row of z [B, d]. */
    public int[] nearest(INDArray z) {
        double[] zs = Kernels.toArray(z);
        double[] cs = Kernels.toArray(codebook.value());
        int batch = zs.length / dModel;
        int[] codes = new int[batch];
        for (int b = 0; b < batch; b++) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                double dist = 0;
                for (int j = 0; j < dModel; j++) {
                    double diff = zs[b * dModel + j] - cs[k * dModel + j];
                    dist += diff * diff;
                }
                if (dist < best) {
                    best = dist;
                    codes[b] = k;
                }
            }
        }
        return codes;
    }

    /** The code vectors for the given indices, [n, d]. */
    public INDArray lookup(Arena arena, int[] codes) {
        INDArray out = arena.alloc(codes.length, dModel);
        Kernels.gatherRows(codebook.value(), codes, 1.0, out);
        return out;
    }

    /**
     * Quantizes z; in training mode also updates usage statistics and restarts dead codes.
     */
    public Result forward(Arena arena, INDArray z, boolean training, SplittableRandom random) {
        int[] codes = nearest(z);
        INDArray zq = lookup(arena, codes);
        double[] zs = Kernels.toArray(z);
        double[] qs = Kernels.toArray(zq);
        double sq = 0;
        for (int i = 0; i < zs.length; i++) {
            double diff = qs[i] - zs[i];
            sq += diff * diff;
        }
        double mse = sq / zs.length;
        int batch = codes.length;
        double[] counts = new double[size];
        for (int c : codes) {
            counts[c]++;
        }
        double entropy = 0;
        int used = 0;
        for (double c : counts) {
            if (c > 0) {
                double p = c / batch;
                entropy -= p * Math.log(p);
                used++;
            }
        }
        int restarted = 0;
        if (training) {
            steps++;
            for (int k = 0; k < size; k++) {
                usage[k] = 0.99 * usage[k] + 0.01 * counts[k] / batch;
            }
            if (restartInterval > 0 && random != null && steps % restartInterval == 0) {
                restarted = restartDeadCodes(zs, batch, random);
            }
        }
        return new Result(codes, zq, mse, beta * mse, Math.exp(entropy), used, restarted);
    }

    private int restartDeadCodes(double[] zs, int batch, SplittableRandom random) {
        double[] cs = Kernels.toArray(codebook.value());
        int restarted = 0;
        for (int k = 0; k < size; k++) {
            if (usage[k] < restartThreshold / size) {
                int b = random.nextInt(batch);
                for (int j = 0; j < dModel; j++) {
                    cs[k * dModel + j] = zs[b * dModel + j] + 0.01 * (random.nextDouble() - 0.5);
                }
                usage[k] = 1.0 / size;
                restarted++;
            }
        }
        if (restarted > 0) {
            Kernels.fill(codebook.value(), cs);
        }
        return restarted;
    }

    /**
     * Backward: accumulates the codebook-loss gradient into the codebook and returns dz, the
     * straight-through gradient {@code dQuantized} plus the commitment gradient.
     *
     * @param lossWeight weight of the codebook and commitment terms in the total loss
     */
    public INDArray backward(Arena arena, INDArray z, Result r, INDArray dQuantized, double lossWeight) {
        double[] zs = Kernels.toArray(z);
        double[] qs = Kernels.toArray(r.quantized());
        double[] dz = Kernels.toArray(dQuantized);
        double norm = 2.0 * lossWeight / zs.length;
        double[] dCode = new double[zs.length];
        for (int i = 0; i < zs.length; i++) {
            double diff = zs[i] - qs[i];
            dz[i] += beta * norm * diff;
            dCode[i] = -norm * diff;
        }
        INDArray dCodeArr = arena.alloc(r.codes().length, dModel);
        Kernels.fill(dCodeArr, dCode);
        Kernels.scatterAddRows(codebook.grad(), r.codes(), 1.0, dCodeArr);
        INDArray out = arena.alloc(z.shape());
        Kernels.fill(out, dz);
        return out;
    }
}
