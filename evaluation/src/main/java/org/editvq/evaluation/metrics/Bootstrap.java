package org.editvq.evaluation.metrics;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap intervals of means over test inputs (Efron &amp; Tibshirani, 1993, ch. 13). Resample b draws n
 * input indices uniformly with replacement; the interval of a mean is the (1 - level)/2 and (1 + level)/2
 * percentiles of the B resampled means (commons-math's R-7 estimator, linear interpolation between order
 * statistics).
 *
 * <p>The index draws depend only on the seed and n, so every column and every model of one evaluation is resampled
 * with the same inputs: the {@link #pairedDifference paired difference} of two models is the bootstrap of the
 * per-input differences, and two identical models differ by exactly 0. Instances are immutable and thread-safe.
 */
public final class Bootstrap {
    private final BootstrapConfig config;

    /** A bootstrap with the given settings. */
    public Bootstrap(BootstrapConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The settings. */
    public BootstrapConfig config() {
        return config;
    }

    /** The mean of {@code values} (one per test input) with its interval. */
    public Interval mean(double[] values) {
        return interval(values, resampledMeans(values));
    }

    /**
     * The mean of the per-input differences {@code a[i] - b[i]} with its interval: a paired bootstrap, both
     * models resampled with the same inputs.
     */
    public Interval pairedDifference(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + a.length + " vs " + b.length);
        }
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return mean(d);
    }

    /** Every Table 1 column of a model with its interval, in {@link Table1Row#COLUMNS} order. */
    public Interval[] table1(List<ExampleScores> perExample) {
        double[][] columns = columns(perExample);
        Interval[] out = new Interval[columns.length];
        for (int c = 0; c < columns.length; c++) {
            out[c] = mean(columns[c]);
        }
        return out;
    }

    /**
     * Every Table 1 column of {@code model} minus {@code baseline}, paired over the same test inputs (same ids in
     * the same order), in {@link Table1Row#COLUMNS} order.
     */
    public Interval[] table1Difference(List<ExampleScores> model, List<ExampleScores> baseline) {
        if (model.size() != baseline.size()) {
            throw new IllegalArgumentException("the model has " + model.size() + " test inputs, the baseline "
                    + baseline.size());
        }
        for (int i = 0; i < model.size(); i++) {
            if (!model.get(i).id().equals(baseline.get(i).id())) {
                throw new IllegalArgumentException("test input #" + i + " is " + model.get(i).id()
                        + " for the model but " + baseline.get(i).id() + " for the baseline");
            }
        }
        double[][] a = columns(model);
        double[][] b = columns(baseline);
        Interval[] out = new Interval[a.length];
        for (int c = 0; c < a.length; c++) {
            out[c] = pairedDifference(a[c], b[c]);
        }
        return out;
    }

    private static double[][] columns(List<ExampleScores> perExample) {
        if (perExample.isEmpty()) {
            throw new IllegalArgumentException("no test inputs to resample");
        }
        double[][] columns = new double[Table1Row.COLUMNS.size()][perExample.size()];
        for (int i = 0; i < perExample.size(); i++) {
            double[] v = perExample.get(i).columns();
            for (int c = 0; c < v.length; c++) {
                columns[c][i] = v[c];
            }
        }
        return columns;
    }

    /** The B means of resamples of {@code values}; resample b uses the same indices for every call with this n. */
    double[] resampledMeans(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values to resample");
        }
        SplittableRandom random = new SplittableRandom(config.seed());
        double[] means = new double[config.resamples()];
        for (int b = 0; b < means.length; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            means[b] = sum / n;
        }
        return means;
    }

    private Interval interval(double[] values, double[] means) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double estimate = sum / values.length;
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(means);
        double tail = (1 - config.level()) / 2 * 100;
        double lo = p.evaluate(tail);
        double hi = p.evaluate(100 - tail);
        // constant data: every resampled mean equals the estimate up to rounding of the sums
        return new Interval(estimate, Math.min(lo, hi), Math.max(lo, hi));
    }
}
