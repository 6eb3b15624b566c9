package org.editvq.core.rouge;

/**
 * One ROUGE-N result.
 *
 * <p>{@link #of(long, long, long)} is the single place where the numbers are derived from counts,
 * so that every caller (the plain scorer, the indexed pair builder) gets bit-identical values.
 *
 * @param overlap    clipped n-gram overlap: sum over n-grams of min(count in hypothesis, count in reference)
 * @param hypothesisNgrams number of n-grams of the hypothesis (with repetition)
 * @param referenceNgrams  number of n-grams of the reference (with repetition)
 * @param precision  overlap / hypothesis n-grams, 0 when the hypothesis has none
 * @param recall     overlap / reference n-grams, 0 when the reference has none
 * @param fmeasure   harmonic mean of precision and recall, 0 when both are 0
 */
public record RougeScore(long overlap, long hypothesisNgrams, long referenceNgrams,
                         double precision, double recall, double fmeasure) {
    public RougeScore {
        if (overlap < 0 || hypothesisNgrams < 0 || referenceNgrams < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (overlap > Math.min(hypothesisNgrams, referenceNgrams)) {
            throw new IllegalArgumentException("overlap " + overlap + " exceeds an n-gram count ("
                    + hypothesisNgrams + ", " + referenceNgrams + ")");
        }
    }

    /** The score of the given counts; see the class comment. */
    public static RougeScore of(long overlap, long hypothesisNgrams, long referenceNgrams) {
        double p = hypothesisNgrams == 0 ? 0.0 : (double) overlap / hypothesisNgrams;
        double r = referenceNgrams == 0 ? 0.0 : (double) overlap / referenceNgrams;
        return new RougeScore(overlap, hypothesisNgrams, referenceNgrams, p, r, fmeasure(overlap, hypothesisNgrams, referenceNgrams));
    }

    /**
     * The F-measure of the counts, {@code 2 * overlap / (hyp + ref)}: algebraically the harmonic mean of
     * precision and recall, computed from integers so it is symmetric bit for bit.
     */
    public static double fmeasure(long overlap, long hypothesisNgrams, long referenceNgrams) {
        long total = hypothesisNgrams + referenceNgrams;
        return overlap == 0 || total == 0 ? 0.0 : 2.0 * overlap / total;
    }
}
