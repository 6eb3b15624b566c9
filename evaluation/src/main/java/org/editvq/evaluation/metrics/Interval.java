package org.editvq.evaluation.metrics;

/**
 * A point estimate with a bootstrap confidence interval.
 *
 * @param estimate the statistic on the data as observed (e.g. a mean over test inputs)
 * @param lo       lower end of the interval
 * @param hi       upper end of the interval
 */
public record Interval(double estimate, double lo, double hi) {
    public Interval {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("interval ends out of order: " + lo + " > " + hi);
        }
    }

    /** Whether 0 lies outside [lo, hi] (for a difference: the sign is resolved at this level). */
    public boolean excludesZero() {
        return lo > 0 || hi < 0;
    }

    /** Compact, in the paper's three-decimal style: {@code .673 (.650–.690)}. */
    public String format() {
        return Table1Row.paperStyle(estimate) + " (" + Table1Row.paperStyle(lo) + "–" + Table1Row.paperStyle(hi) + ")";
    }
}
