package org.editvq.models.nn;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.Well19937c;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Dead-code restart: an exponential moving average (decay {@code usageDecay}) of each code's
 * share of assignments is kept; every {@code restartInterval} training steps, codes whose share
 * fell below {@code restartThreshold / K} are moved onto randomly chosen encoder outputs (plus
 * small noise), so that the codebook does not collapse onto a few codes. The encoder outputs are
 * drawn, without repetition, from a reservoir of the last {@code reservoirSize} training rows
 * (across batches), or from the current batch when the reservoir is off.
 *
 * <p>Data-dependent initialisation: {@link #initialize} places the codes by k-means++ seeding and
 * Lloyd iterations (Apache Commons Math's {@link KMeansPlusPlusClusterer}) on encoder outputs.
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
    private double usageDecay = 0.99;
    private double[] reservoir = new double[0];
    private int reservoirSize;
    private int reservoirCount;
    private int reservoirNext;

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

    /**
     * Sets how fast the usage shares forget ({@code decay} per training step) and the reservoir of
     * recent encoder outputs that dead codes restart from ({@code reservoirSize} rows; 0 = current batch).
     */
    public void configureRestarts(double decay, int reservoirRows) {
        if (!(decay > 0 && decay < 1)) {
            throw new IllegalArgumentException("usage decay must be in (0, 1): " + decay);
        }
        if (reservoirRows < 0) {
            throw new IllegalArgumentException("reservoir size must be >= 0: " + reservoirRows);
        }
        this.usageDecay = decay;
        this.reservoirSize = reservoirRows;
        this.reservoir = new double[reservoirRows * dModel];
        this.reservoirCount = 0;
        this.reservoirNext = 0;
    }

    /**
     * What {@link #initialize} did.
     *
     * @param points   encoder outputs clustered
     * @param distinct distinct vectors among them
     * @param clusters codes placed on k-means centroids (the rest on jittered data points)
     * @param inertia  mean squared distance of the points to their nearest code afterwards
     */
    public record InitReport(int points, int distinct, int clusters, double inertia) {
    }

    /**
     * Places the codes on the k-means clusters of {@code z} [n, d]: k-means++ seeding then at most
     * {@code iterations} Lloyd iterations over the distinct rows of z, deterministic for a given
     * {@code random}. With fewer distinct rows than codes, every distinct row becomes a code and the
     * remaining codes are copies of randomly chosen rows plus small jitter (1e-3 of the data's RMS).
     * Usage shares restart at 1/K; an EMA codebook's statistics are set to the clusters (as if
     * converged, no debiasing) with {@code batchRows} assignments per step.
     */
    public InitReport initialize(double[][] z, int iterations, int batchRows, SplittableRandom random) {
        if (z.length == 0) {
            throw new IllegalArgumentException("no encoder outputs to initialise the codebook from");
        }
        Map<List<Double>, double[]> unique = new LinkedHashMap<>();
        double sq = 0;
        for (double[] row : z) {
            if (row.length != dModel) {
                throw new IllegalArgumentException("encoder output of width " + row.length + ", expected " + dModel);
            }
            List<Double> key = new ArrayList<>(dModel);
            for (double v : row) {
                key.add(v);
                sq += v * v;
            }
            unique.putIfAbsent(key, row);
        }
        double rms = Math.sqrt(sq / ((double) z.length * dModel));
        double jitter = 1e-3 * (rms > 0 ? rms : 1.0);
        List<DoublePoint> points = unique.values().stream().map(DoublePoint::new).toList();
        double[] cs = new double[size * dModel];
        int clusters = Math.min(size, points.size());
        if (clusters == points.size()) {
            for (int k = 0; k < clusters; k++) {
                System.arraycopy(points.get(k).getPoint(), 0, cs, k * dModel, dModel);
            }
        } else {
            KMeansPlusPlusClusterer<DoublePoint> kmeans = new KMeansPlusPlusClusterer<>(clusters,
                    Math.max(iterations, 0), new EuclideanDistance(), new Well19937c(random.nextLong()),
                    KMeansPlusPlusClusterer.EmptyClusterStrategy.FARTHEST_POINT);
            List<CentroidCluster<DoublePoint>> found = kmeans.cluster(points);
            for (int k = 0; k < found.size(); k++) {
                System.arraycopy(found.get(k).getCenter().getPoint(), 0, cs, k * dModel, dModel);
            }
            clusters = found.size();
        }
        for (int k = clusters; k < size; k++) {
            double[] row = points.get(random.nextInt(points.size())).getPoint();
            for (int j = 0; j < dModel; j++) {
                cs[k * dModel + j] = row[j] + jitter * (2 * random.nextDouble() - 1);
            }
        }
        Kernels.fill(codebook.value(), cs);
        Arrays.fill(usage, 1.0 / size);
        double inertia = 0;
        double[] counts = new double[size];
        double[] sums = new double[size * dModel];
        for (double[] row : z) {
            int best = 0;
            double bestDist = Double.POSITIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                double dist = squaredDistance(row, 0, cs, k * dModel);
                if (dist < bestDist) {
                    bestDist = dist;
                    best = k;
                }
            }
            inertia += bestDist;
            counts[best]++;
            for (int j = 0; j < dModel; j++) {
                sums[best * dModel + j] += row[j];
            }
        }
        if (update == Update.EMA) {
            double scale = (double) Math.max(batchRows, 1) / z.length;
            for (int k = 0; k < size; k++) {
                emaCounts[k] = counts[k] * scale;
                for (int j = 0; j < dModel; j++) {
                    // the code itself, so that an unassigned (jittered) code stays where it was put
                    emaSums[k * dModel + j] = emaCounts[k] * cs[k * dModel + j];
                }
            }
            // statistics are no longer zero-initialised: make the bias correction 1/(1 − γ^t) ≈ 1
            emaSteps = (long) Math.ceil(Math.log(1e-12) / Math.log(emaDecay));
        }
        return new InitReport(z.length, points.size(), clusters, inertia / z.length);
    }

    private double squaredDistance(double[] a, int aOff, double[] b, int bOff) {
        double dist = 0;
        for (int j = 0; j < dModel; j++) {
            double diff = a[aOff + j] - b[bOff + j];
            dist += diff * diff;
        }
        return dist;
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
        return assign(z).codes();
    }

    /**
     * The nearest code of each row of z and the Euclidean distance to it.
     *
     * @param codes     nearest code per row (the lowest index on ties)
     * @param distances ‖z_b − e_codes[b]‖ per row
     */
    public record Assignment(int[] codes, double[] distances) {
    }

    /** The nearest code of each row of z [B, d] and its distance, as {@link #forward} assigns them. */
    public Assignment assign(INDArray z) {
        double[] zs = Kernels.toArray(z);
        double[] cs = Kernels.toArray(codebook.value());
        int batch = zs.length / dModel;
        int[] codes = new int[batch];
        double[] distances = new double[batch];
        for (int b = 0; b < batch; b++) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                double dist = squaredDistance(zs, b * dModel, cs, k * dModel);
                if (dist < best) {
                    best = dist;
                    codes[b] = k;
                }
            }
            distances[b] = Math.sqrt(best);
        }
        return new Assignment(codes, distances);
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
                usage[k] = usageDecay * usage[k] + (1 - usageDecay) * counts[k] / batch;
            }
            if (update == Update.EMA) {
                emaStep(codes, zs);
            }
            remember(zs, batch);
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

    /** Adds the batch's rows to the reservoir ring (no-op without a reservoir). */
    private void remember(double[] zs, int batch) {
        for (int b = 0; b < batch && reservoirSize > 0; b++) {
            System.arraycopy(zs, b * dModel, reservoir, reservoirNext * dModel, dModel);
            reservoirNext = (reservoirNext + 1) % reservoirSize;
            reservoirCount = Math.min(reservoirCount + 1, reservoirSize);
        }
    }

    private int restartDeadCodes(double[] zs, int batch, SplittableRandom random) {
        double[] source = reservoirSize > 0 ? reservoir : zs;
        int rows = reservoirSize > 0 ? reservoirCount : batch;
        double[] cs = Kernels.toArray(codebook.value());
        int restarted = 0;
        // draw rows without repetition while there are unused ones (a partial Fisher-Yates shuffle)
        int[] order = reservoirSize > 0 ? java.util.stream.IntStream.range(0, rows).toArray() : null;
        int drawn = 0;
        for (int k = 0; k < size; k++) {
            if (usage[k] < restartThreshold / size) {
                int b;
                if (order == null) {
                    b = random.nextInt(batch);
                } else {
                    if (drawn == rows) {
                        drawn = 0;
                    }
                    int pick = drawn + random.nextInt(rows - drawn);
                    b = order[pick];
                    order[pick] = order[drawn];
                    order[drawn] = b;
                    drawn++;
                }
                for (int j = 0; j < dModel; j++) {
                    cs[k * dModel + j] = source[b * dModel + j] + 0.01 * (random.nextDouble() - 0.5);
                }
                usage[k] = 1.0 / size;
                restarted++;
                if (update == Update.EMA && reservoirSize > 0) {
                    // give the restarted code EMA statistics that keep it where it was put
                    double total = 0;
                    for (double c : emaCounts) {
                        total += c;
                    }
                    emaCounts[k] = total / size;
                    for (int j = 0; j < dModel; j++) {
                        emaSums[k * dModel + j] = emaCounts[k] * cs[k * dModel + j];
                    }
                }
            }
        }
        if (restarted > 0) {
            Kernels.fill(codebook.value(), cs);
        }
        return restarted;
    }

    /**
     * The reservoir's filled rows for checkpoints, in ring order, flattened [n·d] (empty without a
     * reservoir); {@link #reservoirNext()} is the ring position written next.
     */
    public double[] reservoirState() {
        return Arrays.copyOf(reservoir, reservoirCount * dModel);
    }

    /** The ring position the next training row is written to. */
    public int reservoirNext() {
        return reservoirNext;
    }

    /** Restores {@link #reservoirState()} and {@link #reservoirNext()} (checkpoint resume). */
    public void restoreReservoir(double[] rows, int next) {
        if (rows.length % dModel != 0 || rows.length / dModel > reservoirSize) {
            throw new IllegalArgumentException("reservoir of " + rows.length + " values does not fit "
                    + reservoirSize + " rows of width " + dModel);
        }
        int n = rows.length / dModel;
        if (next < 0 || next >= Math.max(reservoirSize, 1) || (n < reservoirSize && next != n)) {
            throw new IllegalArgumentException("reservoir position " + next + " impossible with " + n + " of "
                    + reservoirSize + " rows filled");
        }
        System.arraycopy(rows, 0, reservoir, 0, rows.length);
        reservoirCount = n;
        reservoirNext = next;
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
