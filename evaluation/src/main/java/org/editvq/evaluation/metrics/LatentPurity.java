package org.editvq.evaluation.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * How well discrete latents recover planted edit categories. Input: for each pair differing by
 * exactly one planted edit, the latent the model assigned and the edit's category.
 *
 * <p>Normalized mutual information uses natural logarithms and the arithmetic mean of the two
 * entropies, {@code NMI = I(L;C) / ((H(L) + H(C)) / 2)} — scikit-learn's
 * {@code normalized_mutual_info_score} default ({@code average_method='arithmetic'}), including
 * its limit cases: 1 when both labelings have a single class, 0 when the mutual information is 0.
 * Purity is {@code (1/n) * sum over latents of the count of the latent's most frequent category}.
 * The floor is the mean of both measures over random assignments that permute the latents, so each
 * latent keeps its size.
 */
public final class LatentPurity {
    /** Random permutations averaged for the floor. */
    public static final int FLOOR_PERMUTATIONS = 20;

    private LatentPurity() {
    }

    /**
     * The report.
     *
     * @param latents      latent ids, sorted (the table's rows)
     * @param categories   category labels, sorted (the table's columns)
     * @param table        counts, {@code table[row][column]}
     * @param n            number of pairs
     * @param nmi          normalized mutual information (arithmetic mean normalization)
     * @param purity       purity of the latents with respect to the categories
     * @param randomNmi    mean NMI of {@link #FLOOR_PERMUTATIONS} permuted assignments (same latent sizes)
     * @param randomPurity mean purity of the same permuted assignments
     */
    public record Report(List<Integer> latents, List<String> categories, long[][] table, int n, double nmi,
                         double purity, double randomNmi, double randomPurity) {
        public Report {
            latents = List.copyOf(latents);
            categories = List.copyOf(categories);
        }

        /** The contingency table as text: one row per latent, one column per category. */
        public String tableText() {
            StringBuilder sb = new StringBuilder("latent");
            categories.forEach(c -> sb.append('\t').append(c));
            sb.append('\n');
            for (int r = 0; r < latents.size(); r++) {
                sb.append(latents.get(r));
                for (long v : table[r]) {
                    sb.append('\t').append(v);
                }
                sb.append('\n');
            }
            return sb.toString();
        }

        /** One-line summary. */
        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "n=%d latents=%d categories=%d NMI=%.4f purity=%.4f (random: NMI=%.4f purity=%.4f)",
                    n, latents.size(), categories.size(), nmi, purity, randomNmi, randomPurity);
        }
    }

    /**
     * Evaluates latent assignments against categories.
     *
     * @param latents    the latent of each pair
     * @param categories the planted category of each pair (same length)
     * @param seed       seed of the random floor
     */
    public static Report evaluate(int[] latents, List<String> categories, long seed) {
        Objects.requireNonNull(categories, "categories");
        if (latents.length != categories.size()) {
            throw new IllegalArgumentException("lengths differ: " + latents.length + " latents, " + categories.size()
                    + " categories");
        }
        if (latents.length == 0) {
            throw new IllegalArgumentException("no pairs");
        }
        TreeMap<Integer, Integer> rowOf = new TreeMap<>();
        TreeMap<String, Integer> colOf = new TreeMap<>();
        for (int l : latents) {
            rowOf.put(l, 0);
        }
        for (String c : categories) {
            colOf.put(Objects.requireNonNull(c, "category"), 0);
        }
        int k = 0;
        for (var e : rowOf.entrySet()) {
            e.setValue(k++);
        }
        k = 0;
        for (var e : colOf.entrySet()) {
            e.setValue(k++);
        }
        int[] rows = new int[latents.length];
        int[] cols = new int[latents.length];
        for (int i = 0; i < latents.length; i++) {
            rows[i] = rowOf.get(latents[i]);
            cols[i] = colOf.get(categories.get(i));
        }
        long[][] table = table(rows, cols, rowOf.size(), colOf.size());
        double nmiSum = 0;
        double puritySum = 0;
        SplittableRandom random = new SplittableRandom(seed);
        int[] shuffled = rows.clone();
        for (int p = 0; p < FLOOR_PERMUTATIONS; p++) {
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            long[][] t = table(shuffled, cols, rowOf.size(), colOf.size());
            nmiSum += nmi(t);
            puritySum += purity(t);
        }
        return new Report(new ArrayList<>(rowOf.keySet()), new ArrayList<>(colOf.keySet()), table, latents.length,
                nmi(table), purity(table), nmiSum / FLOOR_PERMUTATIONS, puritySum / FLOOR_PERMUTATIONS);
    }

    private static long[][] table(int[] rows, int[] cols, int nRows, int nCols) {
        long[][] t = new long[nRows][nCols];
        for (int i = 0; i < rows.length; i++) {
            t[rows[i]][cols[i]]++;
        }
        return t;
    }

    /** NMI of two labelings given as integer labels (arithmetic mean normalization, natural log). */
    public static double nmi(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("labelings must be non-empty and of equal length");
        }
        int[] ra = dense(a);
        int[] rb = dense(b);
        return nmi(table(ra, rb, max(ra) + 1, max(rb) + 1));
    }

    /** Purity of clusters {@code a} with respect to classes {@code b}. */
    public static double purity(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("labelings must be non-empty and of equal length");
        }
        int[] ra = dense(a);
        int[] rb = dense(b);
        return purity(table(ra, rb, max(ra) + 1, max(rb) + 1));
    }

    /** NMI of a contingency table (rows: one labeling, columns: the other). */
    public static double nmi(long[][] table) {
        int nRows = table.length;
        int nCols = table[0].length;
        double n = 0;
        double[] rowSum = new double[nRows];
        double[] colSum = new double[nCols];
        for (int r = 0; r < nRows; r++) {
            for (int c = 0; c < nCols; c++) {
                rowSum[r] += table[r][c];
                colSum[c] += table[r][c];
                n += table[r][c];
            }
        }
        int usedRows = 0;
        int usedCols = 0;
        for (double v : rowSum) {
            usedRows += v > 0 ? 1 : 0;
        }
        for (double v : colSum) {
            usedCols += v > 0 ? 1 : 0;
        }
        if (usedRows == 1 && usedCols == 1) {
            return 1.0; // scikit-learn: both labelings are one class, a perfect match
        }
        double mi = 0;
        for (int r = 0; r < nRows; r++) {
            for (int c = 0; c < nCols; c++) {
                if (table[r][c] > 0) {
                    double pij = table[r][c] / n;
                    mi += pij * Math.log(pij / ((rowSum[r] / n) * (colSum[c] / n)));
                }
            }
        }
        if (mi <= 1e-15) {
            return 0.0;
        }
        double normalizer = (entropy(rowSum, n) + entropy(colSum, n)) / 2;
        return Math.min(1.0, mi / normalizer);
    }

    /** Purity of a contingency table whose rows are clusters and columns classes. */
    public static double purity(long[][] table) {
        long n = 0;
        long majority = 0;
        for (long[] row : table) {
            long best = 0;
            for (long v : row) {
                n += v;
                best = Math.max(best, v);
            }
            majority += best;
        }
        return (double) majority / n;
    }

    private static double entropy(double[] counts, double n) {
        double h = 0;
        for (double v : counts) {
            if (v > 0) {
                h -= (v / n) * Math.log(v / n);
            }
        }
        return h;
    }

    private static int[] dense(int[] labels) {
        TreeMap<Integer, Integer> ids = new TreeMap<>();
        for (int l : labels) {
            ids.putIfAbsent(l, 0);
        }
        int k = 0;
        for (var e : ids.entrySet()) {
            e.setValue(k++);
        }
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = ids.get(labels[i]);
        }
        return out;
    }

    private static int max(int[] a) {
        int m = 0;
        for (int v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
