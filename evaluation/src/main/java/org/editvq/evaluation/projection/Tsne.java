package org.editvq.evaluation.projection;

import java.util.SplittableRandom;

/**
 * Exact t-SNE (van der Maaten &amp; Hinton, 2008), O(n&sup2;) time and memory per iteration.
 *
 * <ol>
 *   <li>Squared Euclidean distances between all input rows (no PCA pre-reduction).</li>
 *   <li>Per point i, a binary search over the precision &beta;<sub>i</sub> = 1 / (2&sigma;<sub>i</sub>&sup2;) of
 *       p<sub>j|i</sub> &prop; exp(&minus;&beta;<sub>i</sub> d<sub>ij</sub>&sup2;) until the perplexity
 *       exp(H(P<sub>i</sub>)) (natural log) is within 1e-5 in entropy of the target ({@link #calibrate}).
 *       The perplexity is clamped to (n &minus; 1) / 3 (but at least 1) when n is small
 *       ({@link #effectivePerplexity}).</li>
 *   <li>Symmetrized joint p<sub>ij</sub> = (p<sub>j|i</sub> + p<sub>i|j</sub>) / (2n), floored at 1e-12.</li>
 *   <li>Initialization: y ~ N(0, 10<sup>&minus;4</sup> I) from {@link SplittableRandom} seeded with the config's
 *       seed (not PCA).</li>
 *   <li>Gradient descent on KL(P || Q) with Student-t q<sub>ij</sub> &prop; (1 + |y<sub>i</sub> &minus;
 *       y<sub>j</sub>|&sup2;)<sup>&minus;1</sup>: gradient 4 &Sigma;<sub>j</sub> (p<sub>ij</sub> &minus; q<sub>ij</sub>)
 *       (1 + |y<sub>i</sub> &minus; y<sub>j</sub>|&sup2;)<sup>&minus;1</sup> (y<sub>i</sub> &minus; y<sub>j</sub>);
 *       P multiplied by 12 (early exaggeration) and momentum 0.5 for the first 250 iterations, momentum 0.8
 *       after; per-coordinate gains (+0.2 when the gradient's sign differs from the last update's, &times;0.8
 *       otherwise, at least 0.01); the embedding is re-centred after every step.</li>
 * </ol>
 * Deterministic: the same rows and config give bit-identical output (single-threaded).
 */
public final class Tsne {
    /** Iterations with early exaggeration and the lower momentum. */
    public static final int EXAGGERATION_ITERATIONS = 250;
    /** Early exaggeration factor. */
    public static final double EXAGGERATION = 12;
    private static final double INITIAL_MOMENTUM = 0.5;
    private static final double FINAL_MOMENTUM = 0.8;
    private static final double MIN_GAIN = 0.01;
    private static final double ENTROPY_TOLERANCE = 1e-5;
    private static final int MAX_SEARCH_STEPS = 200;
    private static final double P_FLOOR = 1e-12;

    private Tsne() {
    }

    /**
     * The perplexity actually used for n points: min(perplexity, (n &minus; 1) / 3), but at least 1 (a point
     * cannot have an effective number of neighbours above n &minus; 1; a third keeps the conditionals informative).
     */
    public static double effectivePerplexity(double perplexity, int n) {
        return Math.max(1, Math.min(perplexity, (n - 1) / 3.0));
    }

    /**
     * Embeds the rows.
     *
     * @param rows   n &times; d input, n &ge; 2, same length rows, finite values
     * @param config settings
     * @return n &times; {@code config.dimensions()} coordinates
     */
    public static double[][] embed(double[][] rows, TsneConfig config) {
        int d = Pca.checkRows(rows, 2, "t-SNE");
        int n = rows.length;
        double[] p = jointProbabilities(rows, d, effectivePerplexity(config.perplexity(), n));
        int k = config.dimensions();
        double[] y = new double[n * k];
        SplittableRandom random = new SplittableRandom(config.seed());
        for (int i = 0; i < y.length; i++) {
            y[i] = 1e-4 * random.nextGaussian();
        }
        double[] update = new double[n * k];
        double[] gains = new double[n * k];
        java.util.Arrays.fill(gains, 1);
        double[] grad = new double[n * k];
        for (int it = 0; it < config.iterations(); it++) {
            boolean early = it < EXAGGERATION_ITERATIONS;
            gradient(p, y, n, k, early ? EXAGGERATION : 1, grad);
            double momentum = early ? INITIAL_MOMENTUM : FINAL_MOMENTUM;
            for (int i = 0; i < y.length; i++) {
                double g = grad[i];
                gains[i] = (g > 0) != (update[i] > 0) ? gains[i] + 0.2 : gains[i] * 0.8;
                if (gains[i] < MIN_GAIN) {
                    gains[i] = MIN_GAIN;
                }
                update[i] = momentum * update[i] - config.learningRate() * gains[i] * g;
                y[i] += update[i];
            }
            for (int c = 0; c < k; c++) {
                double m = 0;
                for (int i = 0; i < n; i++) {
                    m += y[i * k + c];
                }
                m /= n;
                for (int i = 0; i < n; i++) {
                    y[i * k + c] -= m;
                }
            }
        }
        double[][] out = new double[n][k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(y, i * k, out[i], 0, k);
        }
        return out;
    }

    /** Row-major n &times; n squared Euclidean distances. */
    static double[] squaredDistances(double[][] rows, int d) {
        int n = rows.length;
        double[] dist = new double[n * n];
        for (int i = 0; i < n; i++) {
            double[] a = rows[i];
            for (int j = i + 1; j < n; j++) {
                double[] b = rows[j];
                double s = 0;
                for (int c = 0; c < d; c++) {
                    double t = a[c] - b[c];
                    s += t * t;
                }
                dist[i * n + j] = s;
                dist[j * n + i] = s;
            }
        }
        return dist;
    }

    /** Symmetrized joint probabilities p_ij (row-major n &times; n, zero diagonal), computed in one n&sup2; array. */
    static double[] jointProbabilities(double[][] rows, int d, double perplexity) {
        int n = rows.length;
        double[] m = squaredDistances(rows, d);
        double[] rowDist = new double[n];
        double[] cond = new double[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m, i * n, rowDist, 0, n);
            calibrate(rowDist, i, perplexity, cond);
            System.arraycopy(cond, 0, m, i * n, n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = Math.max((m[i * n + j] + m[j * n + i]) / (2.0 * n), P_FLOOR);
                m[i * n + j] = v;
                m[j * n + i] = v;
            }
            m[i * n + i] = 0;
        }
        return m;
    }

    /**
     * Finds the precision &beta; of point {@code self}'s Gaussian conditional over the other points by binary search
     * on the entropy, and writes the conditional p<sub>j|self</sub> into {@code out} (out[self] = 0, the rest sums
     * to 1).
     *
     * @param sqDist     squared distances from {@code self} to every point (length n; sqDist[self] ignored)
     * @param self       the point's index
     * @param perplexity target perplexity exp(H), H in nats
     * @param out        receives the conditional (length n)
     * @return &beta; = 1 / (2&sigma;&sup2;)
     */
    static double calibrate(double[] sqDist, int self, double perplexity, double[] out) {
        int n = sqDist.length;
        double target = Math.log(perplexity);
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (j != self && sqDist[j] < min) {
                min = sqDist[j];
            }
        }
        double beta = 1;
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        for (int step = 0; step < MAX_SEARCH_STEPS; step++) {
            double h = conditional(sqDist, self, min, beta, out);
            double diff = h - target;
            if (Math.abs(diff) < ENTROPY_TOLERANCE) {
                break;
            }
            if (diff > 0) {          // too flat: sharpen
                lo = beta;
                beta = hi == Double.POSITIVE_INFINITY ? beta * 2 : (beta + hi) / 2;
            } else {
                hi = beta;
                beta = (beta + lo) / 2;
            }
        }
        conditional(sqDist, self, min, beta, out);
        return beta;
    }

    /** Fills out with the normalized conditional at precision beta (distances shifted by their minimum); returns its entropy. */
    private static double conditional(double[] sqDist, int self, double min, double beta, double[] out) {
        int n = sqDist.length;
        double sum = 0;
        double weighted = 0;
        for (int j = 0; j < n; j++) {
            if (j == self) {
                out[j] = 0;
                continue;
            }
            double shifted = sqDist[j] - min;
            double v = Math.exp(-beta * shifted);
            out[j] = v;
            sum += v;
            weighted += shifted * v;
        }
        // sum >= 1 (the nearest point has weight exp(0)), so the division and log are safe.
        for (int j = 0; j < n; j++) {
            out[j] /= sum;
        }
        return Math.log(sum) + beta * weighted / sum;
    }

    /**
     * The KL gradient at y (n &times; k row-major) into grad, in one pass over the pairs i &lt; j:
     * grad_i = 4 (exaggeration &middot; &Sigma;_j p_ij w_ij (y_i &minus; y_j) &minus; (1/Z) &Sigma;_j w_ij&sup2; (y_i &minus; y_j)),
     * w_ij = 1 / (1 + |y_i &minus; y_j|&sup2;), Z = &Sigma;_{i&ne;j} w_ij.
     */
    static void gradient(double[] p, double[] y, int n, int k, double exaggeration, double[] grad) {
        double[] attract = new double[n * k];
        double[] repel = new double[n * k];
        double z = 0;
        if (k == 2) {
            for (int i = 0; i < n; i++) {
                double yi0 = y[2 * i];
                double yi1 = y[2 * i + 1];
                double ax = 0;
                double ay = 0;
                double rx = 0;
                double ry = 0;
                double zi = 0;
                int row = i * n;
                for (int j = i + 1; j < n; j++) {
                    double dx = yi0 - y[2 * j];
                    double dy = yi1 - y[2 * j + 1];
                    double w = 1 / (1 + dx * dx + dy * dy);
                    double pw = p[row + j] * w;
                    double ww = w * w;
                    zi += w;
                    ax += pw * dx;
                    ay += pw * dy;
                    rx += ww * dx;
                    ry += ww * dy;
                    attract[2 * j] -= pw * dx;
                    attract[2 * j + 1] -= pw * dy;
                    repel[2 * j] -= ww * dx;
                    repel[2 * j + 1] -= ww * dy;
                }
                attract[2 * i] += ax;
                attract[2 * i + 1] += ay;
                repel[2 * i] += rx;
                repel[2 * i + 1] += ry;
                z += 2 * zi;
            }
        } else {
            double[] diff = new double[k];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double s = 0;
                    for (int c = 0; c < k; c++) {
                        diff[c] = y[i * k + c] - y[j * k + c];
                        s += diff[c] * diff[c];
                    }
                    double w = 1 / (1 + s);
                    double pw = p[i * n + j] * w;
                    double ww = w * w;
                    z += 2 * w;
                    for (int c = 0; c < k; c++) {
                        attract[i * k + c] += pw * diff[c];
                        attract[j * k + c] -= pw * diff[c];
                        repel[i * k + c] += ww * diff[c];
                        repel[j * k + c] -= ww * diff[c];
                    }
                }
            }
        }
        for (int i = 0; i < n * k; i++) {
            grad[i] = 4 * (exaggeration * attract[i] - repel[i] / z);
        }
    }
}
