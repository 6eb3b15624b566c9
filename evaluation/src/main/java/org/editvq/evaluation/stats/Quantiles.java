package org.editvq.evaluation.stats;

import java.util.Arrays;

/** Quantiles by linear interpolation between order statistics (Hyndman-Fan type 7, NumPy's default). */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The q-quantile of already sorted values: with h = (n - 1) q, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
     * NaN for no values.
     */
    public static double ofSorted(double[] sorted, double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1]: " + q);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** The q-quantile of values in any order (the array is not modified). */
    public static double of(double[] values, double q) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return ofSorted(copy, q);
    }
}
