package org.editvq.evaluation.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A BLEU (or ΔBLEU) score on sacrebleu's 0–100 scale, with what it was computed from.
 *
 * @param score          the score, 0–100
 * @param precisions     the (smoothed) n-gram precisions, 0–100, per order 1..maxOrder
 * @param brevityPenalty the brevity penalty, 0–1
 * @param stats          the statistics the score was computed from (before smoothing)
 */
public record BleuScore(double score, double[] precisions, double brevityPenalty, BleuStats stats) {

    public BleuScore {
        Objects.requireNonNull(stats, "stats");
        precisions = precisions.clone();
    }

    /** The score on the 0–1 scale (score / 100), the scale of the paper's Table 1. */
    public double fraction() {
        return score / 100.0;
    }

    /** A copy of the precisions. */
    @Override
    public double[] precisions() {
        return precisions.clone();
    }

    /** Hypothesis length over reference length, 0 when the reference length is 0. */
    public double ratio() {
        return stats.refLength() == 0 ? 0 : (double) stats.hypLength() / stats.refLength();
    }

    /**
     * sacrebleu's one-line rendering, e.g.
     * {@code BLEU = 36.28 90.9/66.7/28.6/10.0 (BP = 1.000 ratio = 1.100 hyp_len = 11 ref_len = 10)}.
     *
     * @param name metric name printed first ({@code BLEU}, {@code deltaBLEU})
     */
    public String format(String name) {
        String prec = Arrays.stream(precisions).mapToObj(p -> fixed(p, 1)).collect(Collectors.joining("/"));
        return name + " = " + fixed(score, 2) + " " + prec + " (BP = " + fixed(brevityPenalty, 3) + " ratio = "
                + fixed(ratio(), 3) + " hyp_len = " + stats.hypLength() + " ref_len = " + stats.refLength() + ")";
    }

    /**
     * {@code value} with {@code digits} decimals rounded as Python's format does: the exact binary value, half to
     * even (6.25 prints as 6.2, where {@link String#format} would print 6.3).
     */
    public static String fixed(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BleuScore s && Double.compare(s.score, score) == 0
                && Double.compare(s.brevityPenalty, brevityPenalty) == 0
                && Arrays.equals(s.precisions, precisions) && s.stats.equals(stats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(score, brevityPenalty, stats) * 31 + Arrays.hashCode(precisions);
    }

    @Override
    public String toString() {
        return format("BLEU");
    }
}
