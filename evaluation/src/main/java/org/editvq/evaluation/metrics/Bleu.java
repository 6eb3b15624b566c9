package org.editvq.evaluation.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * BLEU (Papineni et al., 2002) computed as sacrebleu 2.x computes it on pre-tokenized text
 * ({@code tokenize='none'}): tokens are given (see {@link Tokens#split(String)}).
 * <ul>
 *   <li>Reference n-gram counts are merged by taking the maximum count over the references; hypothesis counts
 *       are clipped to that maximum.</li>
 *   <li>The reference length of a segment is the reference length closest to the hypothesis length, ties going
 *       to the shorter reference.</li>
 *   <li>Brevity penalty exp(1 − r/c) when c &lt; r, 0 when c = 0.</li>
 *   <li>Corpus BLEU sums the statistics over segments before computing the score.</li>
 *   <li>Smoothing, effective order and the zero-match rule as in sacrebleu's {@code compute_bleu}.</li>
 * </ul>
 * Scores are on the 0–100 scale. Instances are immutable and thread-safe.
 */
public final class Bleu {

    /** sacrebleu's floor of log(0). */
    private static final double LOG_ZERO = -9999999999.0;

    private final BleuConfig config;

    /** BLEU with the given settings. */
    public Bleu(BleuConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The settings. */
    public BleuConfig config() {
        return config;
    }

    /** The signature of this metric for {@code numRefs} references per segment (negative: variable). */
    public String signature(int numRefs) {
        return config.signature(numRefs);
    }

    /**
     * The references of one segment, counted once so that many hypotheses can be scored against them
     * (e.g. the N samples of one input).
     */
    public static final class ReferenceSet {
        private final Map<List<String>, Integer> maxCounts;
        private final int[] lengths;
        private final int maxOrder;

        private ReferenceSet(Map<List<String>, Integer> maxCounts, int[] lengths, int maxOrder) {
            this.maxCounts = maxCounts;
            this.lengths = lengths;
            this.maxOrder = maxOrder;
        }

        /** Number of references. */
        public int size() {
            return lengths.length;
        }
    }

    /** Counts the references of one segment (at least one). */
    public ReferenceSet references(List<? extends List<String>> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("a segment needs at least one reference");
        }
        Map<List<String>, Integer> merged = new HashMap<>();
        int[] lengths = new int[references.size()];
        for (int r = 0; r < references.size(); r++) {
            NgramCounts counts = NgramCounts.of(references.get(r), config.maxOrder());
            lengths[r] = counts.length();
            counts.asMap().forEach((ngram, count) -> merged.merge(ngram, count, Math::max));
        }
        return new ReferenceSet(merged, lengths, config.maxOrder());
    }

    /**
     * The reference length closest to {@code hypLength}; on a tie the shorter reference wins (sacrebleu's
     * {@code _get_closest_ref_len}).
     */
    public static int closestReferenceLength(int hypLength, int[] referenceLengths) {
        if (referenceLengths.length == 0) {
            throw new IllegalArgumentException("no reference lengths");
        }
        int best = referenceLengths[0];
        int bestDiff = Math.abs(hypLength - best);
        for (int i = 1; i < referenceLengths.length; i++) {
            int len = referenceLengths[i];
            int diff = Math.abs(hypLength - len);
            if (diff < bestDiff || (diff == bestDiff && len < best)) {
                best = len;
                bestDiff = diff;
            }
        }
        return best;
    }

    /** Statistics of one hypothesis against its references. */
    public BleuStats segmentStats(List<String> hypothesis, List<? extends List<String>> references) {
        return segmentStats(hypothesis, references(references));
    }

    /** Statistics of one hypothesis against references counted by {@link #references(List)}. */
    public BleuStats segmentStats(List<String> hypothesis, ReferenceSet references) {
        return segmentStats(NgramCounts.of(hypothesis, config.maxOrder()), references);
    }

    /** Statistics of a hypothesis already counted (up to this metric's order) against counted references. */
    public BleuStats segmentStats(NgramCounts hyp, ReferenceSet references) {
        if (hyp.maxOrder() != config.maxOrder() || references.maxOrder != config.maxOrder()) {
            throw new IllegalArgumentException("hypothesis counted up to order " + hyp.maxOrder()
                    + ", references up to " + references.maxOrder + ", metric uses " + config.maxOrder());
        }
        double[] matches = new double[config.maxOrder()];
        double[] totals = new double[config.maxOrder()];
        for (Map.Entry<List<String>, Integer> e : hyp.asMap().entrySet()) {
            int n = e.getKey().size();
            int count = e.getValue();
            totals[n - 1] += count;
            Integer refCount = references.maxCounts.get(e.getKey());
            if (refCount != null) {
                matches[n - 1] += Math.min(count, refCount);
            }
        }
        int refLength = closestReferenceLength(hyp.length(), references.lengths);
        return new BleuStats(hyp.length(), refLength, matches, totals);
    }

    /** Sentence BLEU of one hypothesis against its references. */
    public BleuScore sentenceScore(List<String> hypothesis, List<? extends List<String>> references) {
        return score(segmentStats(hypothesis, references));
    }

    /**
     * Corpus BLEU: statistics summed over segments, then one score.
     *
     * @param hypotheses           one hypothesis per segment
     * @param referencesPerSegment for each segment its references (at least one; the number may vary)
     */
    public BleuScore corpusScore(List<? extends List<String>> hypotheses,
                                 List<? extends List<? extends List<String>>> referencesPerSegment) {
        if (hypotheses.size() != referencesPerSegment.size()) {
            throw new IllegalArgumentException(hypotheses.size() + " hypotheses but references for "
                    + referencesPerSegment.size() + " segments");
        }
        BleuStats sum = BleuStats.zero(config.maxOrder());
        for (int i = 0; i < hypotheses.size(); i++) {
            sum = sum.plus(segmentStats(hypotheses.get(i), referencesPerSegment.get(i)));
        }
        return score(sum);
    }

    /**
     * The score of (segment or summed) statistics with this metric's smoothing and effective-order settings,
     * following sacrebleu's {@code compute_bleu}:
     * <ol>
     *   <li>BP = 1 if c ≥ r, exp(1 − r/c) if 0 &lt; c &lt; r, 0 if c = 0;</li>
     *   <li>no match of any order: score 0;</li>
     *   <li>for n = 1..maxOrder: add-k adds k to matches and totals of orders n &gt; 1; a zero total stops the loop
     *       (with effective order the score then averages only the orders seen); a zero match count gives
     *       precision 100/(2^i·total) for exp (i-th such order), 100·floor/total for floor, 0 otherwise;</li>
     *   <li>score = BP · exp(mean of log precisions), log 0 taken as −9999999999 (so the score is 0).</li>
     * </ol>
     */
    public BleuScore score(BleuStats stats) {
        int maxOrder = config.maxOrder();
        if (stats.maxOrder() != maxOrder) {
            throw new IllegalArgumentException("statistics of order " + stats.maxOrder() + " for a metric of order "
                    + maxOrder);
        }
        long sysLen = stats.hypLength();
        long refLen = stats.refLength();
        double bp = 1.0;
        if (sysLen < refLen) {
            bp = sysLen > 0 ? Math.exp(1.0 - (double) refLen / sysLen) : 0.0;
        }
        double[] precisions = new double[maxOrder];
        boolean anyMatch = false;
        for (int n = 1; n <= maxOrder; n++) {
            anyMatch |= stats.matches(n) != 0;
        }
        if (!anyMatch) {
            return new BleuScore(0.0, precisions, bp, stats);
        }
        double[] correct = stats.matches();
        double[] total = stats.totals();
        double smoothValue = config.smoothValue();
        double smoothMteval = 1.0;
        int effOrder = maxOrder;
        for (int n = 1; n <= maxOrder; n++) {
            if (config.smoothing() == Smoothing.ADD_K && n > 1) {
                correct[n - 1] += smoothValue;
                total[n - 1] += smoothValue;
            }
            if (total[n - 1] == 0) {
                break;
            }
            if (config.effectiveOrder()) {
                effOrder = n;
            }
            if (correct[n - 1] == 0) {
                if (config.smoothing() == Smoothing.EXP) {
                    smoothMteval *= 2;
                    precisions[n - 1] = 100.0 / (smoothMteval * total[n - 1]);
                } else if (config.smoothing() == Smoothing.FLOOR) {
                    precisions[n - 1] = 100.0 * smoothValue / total[n - 1];
                }
            } else {
                precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
            }
        }
        double logSum = 0;
        for (int i = 0; i < effOrder; i++) {
            logSum += precisions[i] == 0.0 ? LOG_ZERO : Math.log(precisions[i]);
        }
        double score = bp * Math.exp(logSum / effOrder);
        return new BleuScore(score, precisions, bp, stats);
    }

    /**
     * Turns reference streams (one list per reference file, one entry per segment, as sacrebleu takes them) into
     * references per segment.
     *
     * @throws IllegalArgumentException when the streams differ in length
     */
    public static <T> List<List<T>> bySegment(List<? extends List<T>> referenceStreams) {
        if (referenceStreams.isEmpty()) {
            throw new IllegalArgumentException("no reference streams");
        }
        int segments = referenceStreams.get(0).size();
        for (int s = 1; s < referenceStreams.size(); s++) {
            if (referenceStreams.get(s).size() != segments) {
                throw new IllegalArgumentException("reference stream " + (s + 1) + " has "
                        + referenceStreams.get(s).size() + " segments, stream 1 has " + segments);
            }
        }
        List<List<T>> out = new ArrayList<>(segments);
        for (int i = 0; i < segments; i++) {
            List<T> refs = new ArrayList<>(referenceStreams.size());
            for (List<T> stream : referenceStreams) {
                refs.add(stream.get(i));
            }
            out.add(List.copyOf(refs));
        }
        return out;
    }
}
