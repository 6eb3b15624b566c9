package org.editvq.evaluation.stats;

import java.util.Arrays;

/**
 * Equal-width bins, on a linear or a log scale.
 *
 * @param edges  bin edges, one more than counts, increasing (in the data's units, also for log scale)
 * @param counts values per bin; bin i holds edges[i] &lt;= v &lt; edges[i+1], the last bin also v = its upper edge
 * @param log    whether the bins have equal width in log10
 */
public record Histogram(double[] edges, long[] counts, boolean log) {
    public Histogram {
        edges = edges.clone();
        counts = counts.clone();
        if (edges.length != counts.length + 1 && !(edges.length == 0 && counts.length == 0)) {
            throw new IllegalArgumentException("need one more edge than counts");
        }
    }

    /**
     * The histogram of the values over [min, max] of the values in {@code bins} bins. No values give an
     * empty histogram; all-equal values one bin. On log scale the values must be &gt; 0.
     */
    public static Histogram of(double[] values, int bins, boolean log) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1: " + bins);
        }
        if (values.length == 0) {
            return new Histogram(new double[0], new long[0], log);
        }
        double[] v = log ? Arrays.stream(values).map(Histogram::log10Checked).toArray() : values;
        double min = Arrays.stream(v).min().orElseThrow();
        double max = Arrays.stream(v).max().orElseThrow();
        int n = max == min ? 1 : bins;
        double width = (max - min) / n;
        double[] edges = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double e = i == n ? max : min + i * width;
            edges[i] = log ? Math.pow(10, e) : e;
        }
        if (log) {
            edges[0] = Arrays.stream(values).min().orElseThrow();
            edges[n] = Arrays.stream(values).max().orElseThrow();
        }
        long[] counts = new long[n];
        for (double x : v) {
            int b = width == 0 ? 0 : (int) Math.floor((x - min) / width);
            counts[Math.min(Math.max(b, 0), n - 1)]++;
        }
        return new Histogram(edges, counts, log);
    }

    private static double log10Checked(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("log-scale histogram needs values > 0: " + x);
        }
        return Math.log10(x);
    }

    /** Number of bins. */
    public int bins() {
        return counts.length;
    }

    /** Total count. */
    public long total() {
        return Arrays.stream(counts).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && h.log == log && Arrays.equals(h.edges, edges) && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edges) + Arrays.hashCode(counts) + (log ? 1 : 0);
    }

    @Override
    public String toString() {
        return "Histogram[edges=" + Arrays.toString(edges) + ", counts=" + Arrays.toString(counts) + ", log=" + log + "]";
    }
}
