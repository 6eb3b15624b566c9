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
 *
 * <p>Lookup geometry (Yu et al. 2022, "Vector-quantized image modeling with improved VQGAN"): with a
 * code width {@code c} below the model width the encoder output is first projected down,
 * {@code v = z·W_in + b_in} [B, c], and the chosen code projected back up, {@code out = q·W_out + b_out}
 * [B, d]; with {@linkplain Lookup#COSINE cosine lookup} v and the codes are l2-normalised before the
 * nearest code is taken ({@code u = v / ‖v‖}, {@code ê = e / ‖e‖}), so that only directions compete.
 * Codebook and commitment losses, usage statistics, restarts, the reservoir, EMA and k-means all
 * live in that code space (u and the codes, width c). Without either option u = z and the layer is
 * the original one, value for value.
 *
 * <p>Gradient estimator: {@linkplain Estimator#STRAIGHT_THROUGH straight-through} copies the gradient
 * of the code to u; the {@linkplain Estimator#ROTATION rotation trick} (Fifty et al. 2024, "Restructuring
 * vector quantization with the rotation trick") treats the code as {@code q = sg(λR)·u}, R the rotation
 * taking u's direction to q's and {@code λ = ‖q‖ / ‖u‖}, so u receives {@code λ·Rᵀ·dq}: the angle between
 * u and its code then shapes the gradient, which straight-through ignores.
 */
public final class VectorQuantizer {
    /** How the codebook learns. */
    public enum Update { GRADIENT, EMA }

    /** How the nearest code is found. */
    public enum Lookup {
        /** Euclidean distance between the (projected) encoder output and the codes (the paper). */
        EUCLIDEAN,
        /** Euclidean distance between l2-normalised output and codes, i.e. the largest cosine. */
        COSINE
    }

    /** How the gradient of the code reaches the encoder output. */
    public enum Estimator {
        /** The gradient of the code, copied (van den Oord et al. 2017). */
        STRAIGHT_THROUGH,
        /** The gradient of the code rotated and scaled back onto the encoder output (Fifty et al. 2024). */
        ROTATION
    }

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
    /** Width of the model's z (the input and output of this layer). */
    private final int modelWidth;
    /** Width of the code space (u, the codes, the statistics): {@code codeDim} or the model width. */
    private final int width;
    private final boolean cosine;
    private final boolean rotation;
    private final Linear down;
    private final Linear up;
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

    /**
     * Result of a quantization.
     *
     * @param quantized the code of each row in the model's space [B, d] (projected up when the codes are narrower)
     * @param saved     what the backward pass needs
     */
    public record Result(int[] codes, INDArray quantized, double codebookLoss, double commitmentLoss,
                         double perplexity, int codesUsed, int restarted, Saved saved) {
    }

    /**
     * Forward values kept for the backward pass.
     *
     * @param u        the rows in code space [B·c] (normalised with cosine lookup)
     * @param q        their codes [B·c] (normalised with cosine lookup)
     * @param norms    ‖v‖ per row before normalisation (cosine lookup; null otherwise)
     * @param codeRows q as an array [B, c], the input of the up-projection
     */
    public record Saved(double[] u, double[] q, double[] norms, INDArray codeRows) {
    }

    /** Registers {@code name} as a [K, d] codebook with Euclidean lookup and straight-through gradients. */
    public VectorQuantizer(ParamSet params, String name, int size, int dModel, double beta, int restartInterval,
                           double restartThreshold) {
        this(params, name, size, dModel, beta, restartInterval, restartThreshold, Lookup.EUCLIDEAN, 0,
                Estimator.STRAIGHT_THROUGH);
    }

    /**
     * Registers {@code name} as a [K, c] codebook, c = {@code codeDim} (0: the model width d), and, when
     * c differs from d, the projections {@code name.in} (d → c) and {@code name.out} (c → d) with biases.
     */
    public VectorQuantizer(ParamSet params, String name, int size, int dModel, double beta, int restartInterval,
                           double restartThreshold, Lookup lookup, int codeDim, Estimator estimator) {
        if (size < 1) {
            throw new IllegalArgumentException("codebook size must be >= 1");
        }
        if (codeDim < 0) {
            throw new IllegalArgumentException("code width must be >= 0 (0 = the model width): " + codeDim);
        }
        int width = codeDim == 0 ? dModel : codeDim;
        this.codebook = params.uniform(name, 1.0 / size, size, width);
        this.down = width != dModel ? new Linear(params, name + ".in", dModel, width, true) : null;
        this.up = width != dModel ? new Linear(params, name + ".out", width, dModel, true) : null;
        this.cosine = java.util.Objects.requireNonNull(lookup, "lookup") == Lookup.COSINE;
        this.rotation = java.util.Objects.requireNonNull(estimator, "estimator") == Estimator.ROTATION;
        this.size = size;
        this.modelWidth = dModel;
        this.width = width;
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
        this.emaSums = new double[size * width];
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
        this.reservoir = new double[reservoirRows * width];
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
     * Places the codes on the k-means clusters of the encoder outputs [n, d], mapped to code space
     * (projected and normalised as the lookup does; with neither, z itself): k-means++ seeding then at most
     * {@code iterations} Lloyd iterations over the distinct rows of z, deterministic for a given
     * {@code random}. With fewer distinct rows than codes, every distinct row becomes a code and the
     * remaining codes are copies of randomly chosen rows plus small jitter (1e-3 of the data's RMS).
     * Usage shares restart at 1/K; an EMA codebook's statistics are set to the clusters (as if
     * converged, no debiasing) with {@code batchRows} assignments per step.
     */
    public InitReport initialize(double[][] encoderOutputs, int iterations, int batchRows, SplittableRandom random) {
        if (encoderOutputs.length == 0) {
            throw new IllegalArgumentException("no encoder outputs to initialise the codebook from");
        }
        for (double[] row : encoderOutputs) {
            if (row.length != modelWidth) {
                throw new IllegalArgumentException("encoder output of width " + row.length + ", expected "
                        + modelWidth);
            }
        }
        double[][] z = codeSpace(encoderOutputs);
        Map<List<Double>, double[]> unique = new LinkedHashMap<>();
        double sq = 0;
        for (double[] row : z) {
            List<Double> key = new ArrayList<>(width);
            for (double v : row) {
                key.add(v);
                sq += v * v;
            }
            unique.putIfAbsent(key, row);
        }
        double rms = Math.sqrt(sq / ((double) z.length * width));
        double jitter = 1e-3 * (rms > 0 ? rms : 1.0);
        List<DoublePoint> points = unique.values().stream().map(DoublePoint::new).toList();
        double[] cs = new double[size * width];
        int clusters = Math.min(size, points.size());
        if (clusters == points.size()) {
            for (int k = 0; k < clusters; k++) {
                System.arraycopy(points.get(k).getPoint(), 0, cs, k * width, width);
            }
        } else {
            KMeansPlusPlusClusterer<DoublePoint> kmeans = new KMeansPlusPlusClusterer<>(clusters,
                    Math.max(iterations, 0), new EuclideanDistance(), new Well19937c(random.nextLong()),
                    KMeansPlusPlusClusterer.EmptyClusterStrategy.FARTHEST_POINT);
            List<CentroidCluster<DoublePoint>> found = kmeans.cluster(points);
            for (int k = 0; k < found.size(); k++) {
                System.arraycopy(found.get(k).getCenter().getPoint(), 0, cs, k * width, width);
            }
            clusters = found.size();
        }
        for (int k = clusters; k < size; k++) {
            double[] row = points.get(random.nextInt(points.size())).getPoint();
            for (int j = 0; j < width; j++) {
                cs[k * width + j] = row[j] + jitter * (2 * random.nextDouble() - 1);
            }
        }
        Kernels.fill(codebook.value(), cs);
        Arrays.fill(usage, 1.0 / size);
        double inertia = 0;
        double[] counts = new double[size];
        double[] sums = new double[size * width];
        for (double[] row : z) {
            int best = 0;
            double bestDist = Double.POSITIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                double dist = squaredDistance(row, 0, cs, k * width);
                if (dist < bestDist) {
                    bestDist = dist;
                    best = k;
                }
            }
            inertia += bestDist;
            counts[best]++;
            for (int j = 0; j < width; j++) {
                sums[best * width + j] += row[j];
            }
        }
        if (update == Update.EMA) {
            double scale = (double) Math.max(batchRows, 1) / z.length;
            for (int k = 0; k < size; k++) {
                emaCounts[k] = counts[k] * scale;
                for (int j = 0; j < width; j++) {
                    // the code itself, so that an unassigned (jittered) code stays where it was put
                    emaSums[k * width + j] = emaCounts[k] * cs[k * width + j];
                }
            }
            // statistics are no longer zero-initialised: make the bias correction 1/(1 − γ^t) ≈ 1
            emaSteps = (long) Math.ceil(Math.log(1e-12) / Math.log(emaDecay));
        }
        return new InitReport(z.length, points.size(), clusters, inertia / z.length);
    }

    private double squaredDistance(double[] a, int aOff, double[] b, int bOff) {
        double dist = 0;
        for (int j = 0; j < width; j++) {
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
     * @param distances ‖u_b − ê_codes[b]‖ per row, in code space (z and the code themselves without
     *                  projection or cosine lookup)
     */
    public record Assignment(int[] codes, double[] distances) {
    }

    /** The nearest code of each row of z [B, d] and its distance, as {@link #forward} assigns them. */
    public Assignment assign(INDArray z) {
        double[] us;
        try (Arena arena = new Arena(z.dataType())) {
            us = toCodeSpace(arena, z).u();
        }
        return nearestIn(us, codeRows());
    }

    /** The nearest of the codes cs [K·c] to each row of us [B·c], and the distance (lowest index on ties). */
    private Assignment nearestIn(double[] us, double[] cs) {
        int batch = us.length / width;
        int[] codes = new int[batch];
        double[] distances = new double[batch];
        for (int b = 0; b < batch; b++) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                double dist = squaredDistance(us, b * width, cs, k * width);
                if (dist < best) {
                    best = dist;
                    codes[b] = k;
                }
            }
            distances[b] = Math.sqrt(best);
        }
        return new Assignment(codes, distances);
    }

    /** The codes as the lookup sees them, [K·c] row-major: normalised with cosine lookup. */
    private double[] codeRows() {
        double[] cs = Kernels.toArray(codebook.value());
        if (cosine) {
            normalizeRows(cs, null);
        }
        return cs;
    }

    /** Divides every row of width c by its l2 norm (rows of norm 0 stay 0); stores the norms if asked. */
    private void normalizeRows(double[] rows, double[] norms) {
        for (int b = 0; b < rows.length / width; b++) {
            double n = 0;
            for (int j = 0; j < width; j++) {
                n += rows[b * width + j] * rows[b * width + j];
            }
            n = Math.sqrt(n);
            if (norms != null) {
                norms[b] = n;
            }
            if (n > 0) {
                for (int j = 0; j < width; j++) {
                    rows[b * width + j] /= n;
                }
            }
        }
    }

    /** Rows in code space and, with cosine lookup, their norms before normalisation. */
    private record CodeSpace(double[] u, double[] norms) {
    }

    /** u for z [B, d]: projected down (narrower codes) and normalised (cosine lookup). */
    private CodeSpace toCodeSpace(Arena arena, INDArray z) {
        double[] us = Kernels.toArray(down == null ? z : down.forward(arena, z));
        double[] norms = null;
        if (cosine) {
            norms = new double[us.length / width];
            normalizeRows(us, norms);
        }
        return new CodeSpace(us, norms);
    }

    /** {@link #toCodeSpace} of plain rows [n, d] → [n, c]. */
    private double[][] codeSpace(double[][] z) {
        if (down == null && !cosine) {
            return z;
        }
        try (Arena arena = new Arena(codebook.value().dataType())) {
            INDArray arr = arena.alloc(z.length, modelWidth);
            double[] flat = new double[z.length * modelWidth];
            for (int i = 0; i < z.length; i++) {
                System.arraycopy(z[i], 0, flat, i * modelWidth, modelWidth);
            }
            Kernels.fill(arr, flat);
            double[] us = toCodeSpace(arena, arr).u();
            double[][] out = new double[z.length][];
            for (int i = 0; i < z.length; i++) {
                out[i] = Arrays.copyOfRange(us, i * width, (i + 1) * width);
            }
            return out;
        }
    }

    /** The code vectors for the given indices in the model's space [n, d] (projected up when narrower). */
    public INDArray lookup(Arena arena, int[] codes) {
        double[] cs = codeRows();
        double[] qs = new double[codes.length * width];
        for (int b = 0; b < codes.length; b++) {
            System.arraycopy(cs, codes[b] * width, qs, b * width, width);
        }
        INDArray rows = arena.alloc(codes.length, width);
        Kernels.fill(rows, qs);
        return up == null ? rows : up.forward(arena, rows);
    }

    /** {@link #lookup} as an array that outlives any arena (decoding under chosen codes). */
    public INDArray codeVectors(int[] codes) {
        try (Arena arena = new Arena(codebook.value().dataType())) {
            INDArray v = lookup(arena, codes);
            return org.nd4j.linalg.factory.Nd4j.create(Kernels.toArray(v), new long[]{codes.length, modelWidth},
                    'c').castTo(codebook.value().dataType());
        }
    }

    /**
     * Quantizes z; in training mode also updates usage statistics and restarts dead codes.
     */
    public Result forward(Arena arena, INDArray z, boolean training, SplittableRandom random) {
        CodeSpace space = toCodeSpace(arena, z);
        double[] zs = space.u();
        double[] cs = codeRows();
        int batch = zs.length / width;
        int[] codes = nearestIn(zs, cs).codes();
        double[] qs = new double[zs.length];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(cs, codes[b] * width, qs, b * width, width);
        }
        INDArray rows = arena.alloc(batch, width);
        Kernels.fill(rows, qs);
        INDArray zq = up == null ? rows : up.forward(arena, rows);
        double sq = 0;
        for (int i = 0; i < zs.length; i++) {
            double diff = qs[i] - zs[i];
            sq += diff * diff;
        }
        double mse = sq / zs.length;
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
        return new Result(codes, zq, mse, beta * mse, Math.exp(entropy), used, restarted,
                new Saved(zs, qs, space.norms(), rows));
    }

    /** One EMA update of counts, sums and code vectors from a batch's assignments. */
    private void emaStep(int[] codes, double[] zs) {
        emaSteps++;
        double[] batchCounts = new double[size];
        double[] batchSums = new double[size * width];
        for (int b = 0; b < codes.length; b++) {
            batchCounts[codes[b]]++;
            for (int j = 0; j < width; j++) {
                batchSums[codes[b] * width + j] += zs[b * width + j];
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
            for (int j = 0; j < width; j++) {
                cs[k * width + j] = emaSums[k * width + j] * correction / smoothed;
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
            System.arraycopy(zs, b * width, reservoir, reservoirNext * width, width);
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
                for (int j = 0; j < width; j++) {
                    cs[k * width + j] = source[b * width + j] + 0.01 * (random.nextDouble() - 0.5);
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
                    for (int j = 0; j < width; j++) {
                        emaSums[k * width + j] = emaCounts[k] * cs[k * width + j];
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
        return Arrays.copyOf(reservoir, reservoirCount * width);
    }

    /** The ring position the next training row is written to. */
    public int reservoirNext() {
        return reservoirNext;
    }

    /** Restores {@link #reservoirState()} and {@link #reservoirNext()} (checkpoint resume). */
    public void restoreReservoir(double[] rows, int next) {
        if (rows.length % width != 0 || rows.length / width > reservoirSize) {
            throw new IllegalArgumentException("reservoir of " + rows.length + " values does not fit "
                    + reservoirSize + " rows of width " + width);
        }
        int n = rows.length / width;
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
     * EMA codebooks get none) and the projections' gradients, and returns dz [B, d]: the code's
     * gradient carried to u by the estimator (copied, or rotated), plus the commitment gradient,
     * back through the normalisation and the down-projection.
     *
     * @param lossWeight weight of the codebook and commitment terms in the total loss
     */
    public INDArray backward(Arena arena, INDArray z, Result r, INDArray dQuantized, double lossWeight) {
        Saved s = r.saved();
        double[] zs = s.u();
        double[] qs = s.q();
        double[] dz = Kernels.toArray(up == null ? dQuantized : up.backward(arena, s.codeRows(), dQuantized));
        if (rotation) {
            rotate(zs, qs, dz);
        }
        double norm = 2.0 * lossWeight / zs.length;
        double[] dCode = new double[zs.length];
        for (int i = 0; i < zs.length; i++) {
            double diff = zs[i] - qs[i];
            dz[i] += beta * norm * diff;
            dCode[i] = -norm * diff;
        }
        if (update == Update.GRADIENT) {
            if (cosine) {
                // ê = e / ‖e‖: de = (dê − ê (ê·dê)) / ‖e‖
                double[] raw = Kernels.toArray(codebook.value());
                for (int b = 0; b < r.codes().length; b++) {
                    int k = r.codes()[b];
                    double n = 0;
                    for (int j = 0; j < width; j++) {
                        n += raw[k * width + j] * raw[k * width + j];
                    }
                    projectOutRadial(dCode, b, qs, Math.sqrt(n));
                }
            }
            INDArray dCodeArr = arena.alloc(r.codes().length, width);
            Kernels.fill(dCodeArr, dCode);
            Kernels.scatterAddRows(codebook.grad(), r.codes(), 1.0, dCodeArr);
        }
        if (cosine) {
            // u = v / ‖v‖: dv = (du − u (u·du)) / ‖v‖
            for (int b = 0; b < s.norms().length; b++) {
                projectOutRadial(dz, b, zs, s.norms()[b]);
            }
        }
        INDArray dU = arena.alloc(zs.length / width, width);
        Kernels.fill(dU, dz);
        return down == null ? dU : down.backward(arena, z, dU);
    }

    /** Row b of g becomes (g − x (x·g)) / n for the unit row b of x; 0 when n is 0. */
    private void projectOutRadial(double[] g, int b, double[] unit, double n) {
        int o = b * width;
        double dot = 0;
        for (int j = 0; j < width; j++) {
            dot += unit[o + j] * g[o + j];
        }
        for (int j = 0; j < width; j++) {
            g[o + j] = n > 0 ? (g[o + j] - unit[o + j] * dot) / n : 0;
        }
    }

    /**
     * The rotation trick's backward, in place per row: {@code g ← λ·Rᵀ·g} with {@code λ = ‖q‖ / ‖u‖} and
     * {@code R = I − 2 r rᵀ + 2 q̂ ûᵀ}, {@code r = (û + q̂) / ‖û + q̂‖}, the rotation taking û to q̂; so
     * {@code Rᵀ g = g − 2 r (r·g) + 2 û (q̂·g)}. Rows where u or q is 0 or q̂ = −û keep g (straight-through).
     */
    public static void rotate(double[] us, double[] qs, double[] g, int width) {
        double[] uh = new double[width];
        double[] qh = new double[width];
        double[] rr = new double[width];
        for (int o = 0; o < us.length; o += width) {
            double nu = 0;
            double nq = 0;
            for (int j = 0; j < width; j++) {
                nu += us[o + j] * us[o + j];
                nq += qs[o + j] * qs[o + j];
            }
            nu = Math.sqrt(nu);
            nq = Math.sqrt(nq);
            if (nu == 0 || nq == 0) {
                continue;
            }
            double nr = 0;
            for (int j = 0; j < width; j++) {
                uh[j] = us[o + j] / nu;
                qh[j] = qs[o + j] / nq;
                rr[j] = uh[j] + qh[j];
                nr += rr[j] * rr[j];
            }
            nr = Math.sqrt(nr);
            if (nr < 1e-12) {
                continue;
            }
            double rg = 0;
            double qg = 0;
            for (int j = 0; j < width; j++) {
                rr[j] /= nr;
                rg += rr[j] * g[o + j];
                qg += qh[j] * g[o + j];
            }
            double lambda = nq / nu;
            for (int j = 0; j < width; j++) {
                g[o + j] = lambda * (g[o + j] - 2 * rr[j] * rg + 2 * uh[j] * qg);
            }
        }
    }

    private void rotate(double[] us, double[] qs, double[] g) {
        rotate(us, qs, g, width);
    }

    /** Width of the code space c (the model width unless the codes are narrower). */
    public int codeWidth() {
        return width;
    }
}
