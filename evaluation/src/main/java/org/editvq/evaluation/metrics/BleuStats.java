package org.editvq.evaluation.metrics;

import java.util.Arrays;

/**
 * Sufficient statistics of BLEU for one segment or, summed, for a corpus: hypothesis length, the chosen
 * (closest) reference length, and per n-gram order the matched and total hypothesis n-gram counts. Counts
 * are doubles so that weighted ΔBLEU statistics fit the same type; for plain BLEU they are integers.
 *
 * @param hypLength hypothesis length in tokens (summed over segments)
 * @param refLength closest reference length in tokens (summed over segments)
 * @param matches   matches[n-1]: clipped (for ΔBLEU weighted) n-gram matches of order n
 * @param totals    totals[n-1]: hypothesis n-grams of order n (for ΔBLEU times the largest weight)
 */
public record BleuStats(long hypLength, long refLength, double[] matches, double[] totals) {

    public BleuStats {
        if (hypLength < 0 || refLength < 0) {
            throw new IllegalArgumentException("lengths must be >= 0: hyp " + hypLength + ", ref " + refLength);
        }
        if (matches.length != totals.length || matches.length == 0) {
            throw new IllegalArgumentException("matches and totals need the same, non-zero length: "
                    + matches.length + " vs " + totals.length);
        }
        matches = matches.clone();
        totals = totals.clone();
    }

    /** All-zero statistics for n-gram orders 1..maxOrder (the start of a corpus sum). */
    public static BleuStats zero(int maxOrder) {
        return new BleuStats(0, 0, new double[maxOrder], new double[maxOrder]);
    }

    /** Highest n-gram order these statistics count. */
    public int maxOrder() {
        return matches.length;
    }

    /** A copy of the matched counts per order. */
    @Override
    public double[] matches() {
        return matches.clone();
    }

    /** A copy of the total counts per order. */
    @Override
    public double[] totals() {
        return totals.clone();
    }

    /** Matched count of order {@code n} (1-based). */
    public double matches(int n) {
        return matches[n - 1];
    }

    /** Total count of order {@code n} (1-based). */
    public double totals(int n) {
        return totals[n - 1];
    }

    /** The element-wise sum of these statistics and {@code other} (corpus aggregation). */
    public BleuStats plus(BleuStats other) {
        if (other.maxOrder() != maxOrder()) {
            throw new IllegalArgumentException("cannot add statistics of orders " + maxOrder() + " and " + other.maxOrder());
        }
        double[] m = new double[maxOrder()];
        double[] t = new double[maxOrder()];
        for (int i = 0; i < m.length; i++) {
            m[i] = matches[i] + other.matches[i];
            t[i] = totals[i] + other.totals[i];
        }
        return new BleuStats(hypLength + other.hypLength, refLength + other.refLength, m, t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BleuStats s && s.hypLength == hypLength && s.refLength == refLength
                && Arrays.equals(s.matches, matches) && Arrays.equals(s.totals, totals);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(hypLength) + Long.hashCode(refLength)) + 31 * Arrays.hashCode(matches)
                + Arrays.hashCode(totals);
    }

    @Override
    public String toString() {
        return "BleuStats[hypLength=" + hypLength + ", refLength=" + refLength + ", matches="
                + Arrays.toString(matches) + ", totals=" + Arrays.toString(totals) + "]";
    }
}
