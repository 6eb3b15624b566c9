package org.editvq.evaluation.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ΔBLEU, discriminative BLEU with weighted references (Galley et al., 2015, "ΔBLEU: A Discriminative Metric for
 * Generation Tasks with Intrinsically Diverse Targets"). For hypothesis h with references r_j of weights w_j, the
 * modified precision of order n sums over segments
 * <pre>
 *   numerator   = Σ_g max_{j : g ∈ r_j} ( w_j · min(#g(h), #g(r_j)) )      (0 when no reference contains g)
 *   denominator = Σ_g max_j (w_j) · #g(h)
 * </pre>
 * over the distinct n-grams g of h. Brevity penalty (closest reference length, ties to the shorter), smoothing and
 * effective order are those of {@link Bleu}. At least one weight of each segment must be positive. A negative
 * numerator (summed over the corpus) is raised to 0, as Galley's script does, before smoothing.
 * <p>
 * With {@link DeltaBleuConfig#galleyCompat()} the numerator is that of Galley's released script:
 * {@code W(g) · min(#g(h), max_j #g(r_j))} with {@code W(g) = max_{j : g ∈ r_j} w_j}: weight and clipping count
 * may come from different references. Example: h = "a a", r_1 = "a" (w 1), r_2 = "a a" (w 0.5): the formula gives
 * max(1·1, 0.5·2) = 1 unigram match, the script 1·min(2, 2) = 2. When no n-gram of h occurs in several references
 * with different counts the two agree, and with all weights 1 both equal BLEU.
 */
public final class DeltaBleu {
    private final DeltaBleuConfig config;
    private final Bleu bleu;

    /** ΔBLEU with the given settings. */
    public DeltaBleu(DeltaBleuConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.bleu = new Bleu(config.bleu());
    }

    /** The settings. */
    public DeltaBleuConfig config() {
        return config;
    }

    /** The signature for {@code numRefs} references per segment (negative: variable). */
    public String signature(int numRefs) {
        return config.signature(numRefs);
    }

    /**
     * The weighted references of one segment, counted once so that many hypotheses can be scored against them
     * (e.g. the N samples of one input).
     */
    public static final class ReferenceSet {
        /** Per n-gram: interleaved (weight, count) of every reference containing it. */
        private final Map<List<String>, double[]> occurrences;
        /** Per n-gram: {largest weight of a reference containing it, largest count in a reference}. */
        private final Map<List<String>, double[]> galley;
        private final int[] lengths;
        private final double maxWeight;
        private final int maxOrder;

        private ReferenceSet(Map<List<String>, double[]> occurrences, Map<List<String>, double[]> galley,
                             int[] lengths, double maxWeight, int maxOrder) {
            this.occurrences = occurrences;
            this.galley = galley;
            this.lengths = lengths;
            this.maxWeight = maxWeight;
            this.maxOrder = maxOrder;
        }

        /** Number of references. */
        public int size() {
            return lengths.length;
        }

        /** The largest reference weight (always positive). */
        public double maxWeight() {
            return maxWeight;
        }
    }

    /**
     * Counts the weighted references of one segment.
     *
     * @throws IllegalArgumentException when there is no reference or no reference has a positive weight
     */
    public ReferenceSet references(List<WeightedReference> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("a segment needs at least one reference");
        }
        int maxOrder = config.bleu().maxOrder();
        double maxWeight = Double.NEGATIVE_INFINITY;
        int[] lengths = new int[references.size()];
        Map<List<String>, double[]> occurrences = new HashMap<>();
        Map<List<String>, double[]> galley = new HashMap<>();
        for (int j = 0; j < references.size(); j++) {
            WeightedReference ref = references.get(j);
            double w = ref.weight();
            maxWeight = Math.max(maxWeight, w);
            NgramCounts counts = NgramCounts.of(ref.tokens(), maxOrder);
            lengths[j] = counts.length();
            for (Map.Entry<List<String>, Integer> e : counts.asMap().entrySet()) {
                int c = e.getValue();
                double[] old = occurrences.get(e.getKey());
                double[] grown;
                if (old == null) {
                    grown = new double[]{w, c};
                } else {
                    grown = java.util.Arrays.copyOf(old, old.length + 2);
                    grown[old.length] = w;
                    grown[old.length + 1] = c;
                }
                occurrences.put(e.getKey(), grown);
                double[] wc = galley.get(e.getKey());
                if (wc == null) {
                    galley.put(e.getKey(), new double[]{w, c});
                } else {
                    wc[0] = Math.max(wc[0], w);
                    wc[1] = Math.max(wc[1], c);
                }
            }
        }
        if (!(maxWeight > 0)) {
            throw new IllegalArgumentException("ΔBLEU needs a reference with a positive weight; largest weight is "
                    + maxWeight);
        }
        return new ReferenceSet(occurrences, galley, lengths, maxWeight, maxOrder);
    }

    /** Weighted statistics of one hypothesis against its weighted references. */
    public BleuStats segmentStats(List<String> hypothesis, List<WeightedReference> references) {
        return segmentStats(hypothesis, references(references));
    }

    /** Weighted statistics of one hypothesis against references counted by {@link #references(List)}. */
    public BleuStats segmentStats(List<String> hypothesis, ReferenceSet references) {
        int maxOrder = config.bleu().maxOrder();
        return segmentStats(NgramCounts.of(hypothesis, maxOrder), references);
    }

    /** Weighted statistics of a hypothesis already counted (up to this metric's order) against counted references. */
    public BleuStats segmentStats(NgramCounts hyp, ReferenceSet references) {
        int maxOrder = config.bleu().maxOrder();
        if (hyp.maxOrder() != maxOrder || references.maxOrder != maxOrder) {
            throw new IllegalArgumentException("hypothesis counted up to order " + hyp.maxOrder()
                    + ", references up to " + references.maxOrder + ", metric uses " + maxOrder);
        }
        double[] matches = new double[maxOrder];
        double[] totals = new double[maxOrder];
        for (Map.Entry<List<String>, Integer> e : hyp.asMap().entrySet()) {
            List<String> ngram = e.getKey();
            int n = ngram.size();
            int count = e.getValue();
            totals[n - 1] += references.maxWeight * count;
            if (config.galleyCompat()) {
                double[] weightAndCount = references.galley.get(ngram);
                if (weightAndCount != null) {
                    matches[n - 1] += weightAndCount[0] * Math.min(count, weightAndCount[1]);
                }
            } else {
                double[] pairs = references.occurrences.get(ngram);
                if (pairs != null) {
                    double best = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < pairs.length; k += 2) {
                        best = Math.max(best, pairs[k] * Math.min(count, pairs[k + 1]));
                    }
                    matches[n - 1] += best;
                }
            }
        }
        return new BleuStats(hyp.length(), Bleu.closestReferenceLength(hyp.length(), references.lengths), matches,
                totals);
    }

    /** Sentence ΔBLEU of one hypothesis. */
    public BleuScore sentenceScore(List<String> hypothesis, List<WeightedReference> references) {
        return score(segmentStats(hypothesis, references));
    }

    /** Corpus ΔBLEU: weighted statistics summed over segments, then one score. */
    public BleuScore corpusScore(List<? extends List<String>> hypotheses,
                                 List<? extends List<WeightedReference>> referencesPerSegment) {
        if (hypotheses.size() != referencesPerSegment.size()) {
            throw new IllegalArgumentException(hypotheses.size() + " hypotheses but references for "
                    + referencesPerSegment.size() + " segments");
        }
        BleuStats sum = BleuStats.zero(config.bleu().maxOrder());
        for (int i = 0; i < hypotheses.size(); i++) {
            sum = sum.plus(segmentStats(hypotheses.get(i), referencesPerSegment.get(i)));
        }
        return score(sum);
    }

    /** The score of (summed) weighted statistics: negative numerators raised to 0, then as {@link Bleu#score}. */
    public BleuScore score(BleuStats stats) {
        double[] matches = stats.matches();
        boolean clamped = false;
        for (int i = 0; i < matches.length; i++) {
            if (matches[i] < 0) {
                matches[i] = 0;
                clamped = true;
            }
        }
        BleuStats used = clamped ? new BleuStats(stats.hypLength(), stats.refLength(), matches, stats.totals()) : stats;
        return bleu.score(used);
    }
}
