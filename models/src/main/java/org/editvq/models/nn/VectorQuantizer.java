package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Vector quantization with the straight-through estimator (van den Oord et al. 2017), codebook
 * and commitment losses, usage tracking and dead-code restart.
 *
 * <p>Two codebook updates: {@link Update#GRADIENT} learns the codebook by gradient of the
 * codebook loss {@code mean((zq − sg(z))²)}; {@link Update#EMA} instead moves each code to an
 * exponential moving average of the encoder outputs assigned to it (van den Oord et al. 2017,
 * appendix), with Laplace smoothing of the counts and, optionally, the bias correction
 * {@code 1/(1 − γ^t)} of zero-initialized averages. Either way the encoder gets the
 * straight-through reconstruction gradient plus {@code β·mean((z − sg(zq))²)}.
 * Shapes: z [B, d], codebook [K, d], output zq [B, d].
 *
 * <p>Dead-code restart: an exponential moving average of each code's share of assignments is
 * kept; every {@code restartInterval} training steps, codes whose share fell below
 * {@code restartThreshold / K} are moved onto randomly chosen encoder outputs of the current
 * batch (plus small noise), so that the codebook does not collapse onto a few codes.
 */
public final class VectorQuantizer {
    /** How the codebook learns. */
    public enum Update { GRADIENT, EMA }

    /** Laplace smoothing of EMA counts. */
    static final double EMA_EPSILON = 1e-5;

    private final Param codebook;
    private Update update = Update.GRADIENT;
    private double emaDecay = 0.99;
    private boolean emaDebias = true;
    private double[] emaCounts;
    private double[] emaSums;
    private long emaSteps;
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

    /**
     * Switches to EMA codebook updates with decay γ; the averages start at zero and, with
     * {@code debias}, are divided by {@code 1 − γ^t} before use.
     */
    public void useEma(double decay, boolean debias) {
        if (!(decay > 0 && decay < 1)) {
            throw new IllegalArgumentException("EMA decay must be in (0, 1): " + decay);
        }
        this.update = Update.EMA;
        this.emaDecay = decay;
        this.emaDebias = debias;
        this.emaCounts = new double[size];
        this.emaSums = new double[size * dModel];
        this.emaSteps = 0;
    }

    /** The codebook update rule in use. */
    public Update update() {
        return update;
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
            if (update == Update.EMA) {
                emaStep(codes, zs);
            }
            if (restartInterval > 0 && random != null && steps % restartInterval == 0) {
                restarted = restartDeadCodes(zs, batch, random);
            }
        }
        return new Result(codes, zq, mse, beta * mse, Math.exp(entropy), used, restarted);
    }

    /** One EMA update of counts, sums and code vectors from a batch's assignments. */
    private void emaStep(int[] codes, double[] zs) {
        emaSteps++;
        double[] batchCounts = new double[size];
        double[] batchSums = new double[size * dModel];
        for (int b = 0; b < codes.length; b++) {
            batchCounts[codes[b]]++;
            for (int j = 0; j < dModel; j++) {
                batchSums[codes[b] * dModel + j] += zs[b * dModel + j];
            }
        }
        for (int k = 0; k < size; k++) {
            emaCounts[k] = emaDecay * emaCounts[k] + (1 - emaDecay) * batchCounts[k];
        }
        for (int i = 0; i < emaSums.length; i++) {
            emaSums[i] = emaDecay * emaSums[i] + (1 - emaDecay) * batchSums[i];
        }
        double correction = emaDebias ? 1.0 / (1 - Math.pow(emaDecay, emaSteps)) : 1.0;
        double total = 0;
        for (double c : emaCounts) {
            total += c * correction;
        }
        double[] cs = Kernels.toArray(codebook.value());
        for (int k = 0; k < size; k++) {
            double n = emaCounts[k] * correction;
            double smoothed = (n + EMA_EPSILON) / (total + size * EMA_EPSILON) * total;
            if (smoothed <= 0) {
                continue;
            }
            for (int j = 0; j < dModel; j++) {
                cs[k * dModel + j] = emaSums[k * dModel + j] * correction / smoothed;
            }
        }
        Kernels.fill(codebook.value(), cs);
    }

    /** EMA state (counts, sums, steps) for checkpoints; null without EMA. */
    public double[][] emaState() {
        return update == Update.EMA ? new double[][]{emaCounts.clone(), emaSums.clone(), {emaSteps}} : null;
    }

    /** Restores {@link #emaState()}. */
    public void restoreEma(double[][] state) {
        if (update != Update.EMA) {
            throw new IllegalStateException("quantizer does not use EMA updates");
        }
        System.arraycopy(state[0], 0, emaCounts, 0, size);
        System.arraycopy(state[1], 0, emaSums, 0, emaSums.length);
        emaSteps = (long) state[2][0];
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
     * Backward: accumulates the codebook-loss gradient into the codebook (gradient update only;
     * EMA codebooks get none) and returns dz, the straight-through gradient {@code dQuantized}
     * plus the commitment gradient.
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
        if (update == Update.GRADIENT) {
            INDArray dCodeArr = arena.alloc(r.codes().length, dModel);
            Kernels.fill(dCodeArr, dCode);
            Kernels.scatterAddRows(codebook.grad(), r.codes(), 1.0, dCodeArr);
        }
        INDArray out = arena.alloc(z.shape());
        Kernels.fill(out, dz);
        return out;
    }
}
