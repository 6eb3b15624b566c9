package org.editvq.evaluation.projection;

import java.util.Arrays;

/**
 * Exact principal component analysis of a small dense data set (dimension up to a few hundred).
 *
 * <p>{@link #fit} centres the rows, forms the d &times; d sample covariance (divided by n &minus; 1, as
 * numpy's {@code cov} and scikit-learn's {@code explained_variance_}), diagonalizes it with the cyclic
 * Jacobi eigenvalue method ({@link #symmetricEigen}) and keeps the eigenvectors of the {@code k} largest
 * eigenvalues. Each eigenvector's sign is fixed so that its component of largest absolute value (the
 * first such on ties) is positive, which makes the result independent of the rotation order.
 *
 * <p>Instances are immutable; accessors return copies.
 */
public final class Pca {
    private static final int MAX_SWEEPS = 100;

    private final double[] mean;
    private final double[][] components;
    private final double[] explainedVariance;
    private final double totalVariance;

    private Pca(double[] mean, double[][] components, double[] explainedVariance, double totalVariance) {
        this.mean = mean;
        this.components = components;
        this.explainedVariance = explainedVariance;
        this.totalVariance = totalVariance;
    }

    /**
     * Fits a PCA with {@code components} components.
     *
     * @param rows       n &times; d data, n &ge; 2, every row of the same length d &ge; 1, finite values
     * @param components number of components k, 1 &le; k &le; min(n, d)
     * @return the fitted projection
     * @throws IllegalArgumentException on ragged, non-finite or too few rows, or a bad {@code components}
     */
    public static Pca fit(double[][] rows, int components) {
        int d = checkRows(rows, 2, "PCA");
        int n = rows.length;
        if (components < 1 || components > Math.min(n, d)) {
            throw new IllegalArgumentException("components must be in 1.." + Math.min(n, d) + " (min(n, d)): " + components);
        }
        double[] mean = new double[d];
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] cov = new double[d * d];
        double[] c = new double[d];
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                c[j] = r[j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = c[a];
                int off = a * d;
                for (int b = a; b < d; b++) {
                    cov[off + b] += ca * c[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double v = cov[a * d + b] / (n - 1);
                cov[a * d + b] = v;
                cov[b * d + a] = v;
            }
        }
        double total = 0;
        for (int a = 0; a < d; a++) {
            total += cov[a * d + a];
        }
        double[][] eigvec = new double[d][];
        double[] eigval = symmetricEigen(cov, d, eigvec);
        double[][] comps = new double[components][];
        double[] var = new double[components];
        for (int i = 0; i < components; i++) {
            comps[i] = eigvec[i];
            var[i] = Math.max(0, eigval[i]);
        }
        return new Pca(mean, comps, var, total);
    }

    /**
     * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations.
     *
     * @param matrix  row-major d &times; d symmetric matrix (not modified)
     * @param d       its order
     * @param vectors receives d eigenvectors (row i belongs to eigenvalue i), unit length, sign fixed so the
     *                largest-magnitude component is positive
     * @return the eigenvalues in descending order
     */
    static double[] symmetricEigen(double[] matrix, int d, double[][] vectors) {
        double[] a = matrix.clone();
        double[] v = new double[d * d];
        for (int i = 0; i < d; i++) {
            v[i * d + i] = 1;
        }
        double norm = 0;
        for (double x : a) {
            norm += x * x;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    off += a[p * d + q] * a[p * d + q];
                }
            }
            if (off == 0 || off <= 1e-30 * norm) {
                break;
            }
            for (int p = 0; p < d - 1; p++) {
                for (int q = p + 1; q < d; q++) {
                    double apq = a[p * d + q];
                    if (apq == 0) {
                        continue;
                    }
                    rotate(a, v, d, p, q, apq);
                }
            }
        }
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        double[] diag = new double[d];
        for (int i = 0; i < d; i++) {
            diag[i] = a[i * d + i];
        }
        Arrays.sort(order, (x, y) -> x.equals(y) ? 0 : diag[y] != diag[x] ? Double.compare(diag[y], diag[x])
                : Integer.compare(x, y));
        double[] values = new double[d];
        for (int r = 0; r < d; r++) {
            int col = order[r];
            values[r] = diag[col];
            double[] vec = new double[d];
            int big = 0;
            for (int k = 0; k < d; k++) {
                vec[k] = v[k * d + col];
                if (Math.abs(vec[k]) > Math.abs(vec[big])) {
                    big = k;
                }
            }
            if (vec[big] < 0) {
                for (int k = 0; k < d; k++) {
                    vec[k] = -vec[k];
                }
            }
            vectors[r] = vec;
        }
        return values;
    }

    /** One Jacobi rotation in the (p, q) plane that zeroes a[p][q]; accumulates it into the columns of v. */
    private static void rotate(double[] a, double[] v, int d, int p, int q, double apq) {
        double app = a[p * d + p];
        double aqq = a[q * d + q];
        double theta = (aqq - app) / (2 * apq);
        // t = tan(phi), the smaller root of t^2 + 2 t theta - 1 = 0; for huge theta t ~ 1 / (2 theta).
        double t = Double.isInfinite(theta * theta) ? 1 / (2 * theta)
                : Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < d; k++) {
            if (k == p || k == q) {
                continue;
            }
            double akp = a[k * d + p];
            double akq = a[k * d + q];
            double np = c * akp - s * akq;
            double nq = s * akp + c * akq;
            a[k * d + p] = np;
            a[p * d + k] = np;
            a[k * d + q] = nq;
            a[q * d + k] = nq;
        }
        a[p * d + p] = app - t * apq;
        a[q * d + q] = aqq + t * apq;
        a[p * d + q] = 0;
        a[q * d + p] = 0;
        for (int k = 0; k < d; k++) {
            double vkp = v[k * d + p];
            double vkq = v[k * d + q];
            v[k * d + p] = c * vkp - s * vkq;
            v[k * d + q] = s * vkp + c * vkq;
        }
    }

    /** Checks a non-ragged, finite n &times; d matrix with n &ge; minRows and d &ge; 1; returns d. */
    static int checkRows(double[][] rows, int minRows, String what) {
        if (rows == null || rows.length < minRows) {
            throw new IllegalArgumentException(what + " needs at least " + minRows + " rows: "
                    + (rows == null ? "null" : rows.length));
        }
        int d = rows[0] == null ? 0 : rows[0].length;
        if (d < 1) {
            throw new IllegalArgumentException(what + ": rows must have at least one column");
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != d) {
                throw new IllegalArgumentException(what + ": row " + i + " has length "
                        + (rows[i] == null ? "null" : rows[i].length) + ", expected " + d);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(rows[i][j])) {
                    throw new IllegalArgumentException(what + ": row " + i + " column " + j + " is not finite: "
                            + rows[i][j]);
                }
            }
        }
        return d;
    }

    /** Number of components k. */
    public int size() {
        return components.length;
    }

    /** Input dimension d. */
    public int dimension() {
        return mean.length;
    }

    /** Per-column mean of the fitted rows (length d). */
    public double[] mean() {
        return mean.clone();
    }

    /** The k principal axes as orthonormal rows (k &times; d), by decreasing eigenvalue. */
    public double[][] components() {
        double[][] out = new double[components.length][];
        for (int i = 0; i < components.length; i++) {
            out[i] = components[i].clone();
        }
        return out;
    }

    /** The k largest eigenvalues of the sample covariance (variance along each axis, negatives from rounding clamped to 0). */
    public double[] explainedVariance() {
        return explainedVariance.clone();
    }

    /**
     * Each eigenvalue over the total variance (trace of the covariance, the sum of all d eigenvalues);
     * all 0 when the data has no variance.
     */
    public double[] explainedVarianceRatio() {
        double[] r = new double[explainedVariance.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = totalVariance > 0 ? explainedVariance[i] / totalVariance : 0;
        }
        return r;
    }

    /** Projects one row: components &middot; (row &minus; mean). */
    public double[] transform(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("row has length " + row.length + ", PCA was fitted on " + mean.length);
        }
        double[] out = new double[components.length];
        for (int i = 0; i < components.length; i++) {
            double[] c = components[i];
            double s = 0;
            for (int j = 0; j < mean.length; j++) {
                s += c[j] * (row[j] - mean[j]);
            }
            out[i] = s;
        }
        return out;
    }

    /** Projects rows (m &times; d) to m &times; k coordinates. */
    public double[][] transform(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = transform(rows[i]);
        }
        return out;
    }
}
