package org.editvq.evaluation.metrics;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multiset of all n-grams of orders 1..maxOrder of a token sequence. N-grams are keyed by immutable
 * token lists, so n-grams of different orders never collide.
 */
public final class NgramCounts {
    private final Map<List<String>, Integer> counts;
    private final int length;
    private final int maxOrder;

    private NgramCounts(Map<List<String>, Integer> counts, int length, int maxOrder) {
        this.counts = counts;
        this.length = length;
        this.maxOrder = maxOrder;
    }

    /** Counts the n-grams of {@code tokens} of orders 1..maxOrder. */
    public static NgramCounts of(List<String> tokens, int maxOrder) {
        if (maxOrder < 1) {
            throw new IllegalArgumentException("maxOrder must be >= 1: " + maxOrder);
        }
        List<String> copy = List.copyOf(tokens);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int n = 1; n <= maxOrder; n++) {
            for (int i = 0; i + n <= copy.size(); i++) {
                counts.merge(copy.subList(i, i + n), 1, Integer::sum);
            }
        }
        return new NgramCounts(Collections.unmodifiableMap(counts), copy.size(), maxOrder);
    }

    /** How often {@code ngram} occurs (0 when it does not). */
    public int count(List<String> ngram) {
        return counts.getOrDefault(ngram, 0);
    }

    /** Every distinct n-gram with its count (unmodifiable). */
    public Map<List<String>, Integer> asMap() {
        return counts;
    }

    /** Length of the counted sequence in tokens. */
    public int length() {
        return length;
    }

    /** Highest order counted. */
    public int maxOrder() {
        return maxOrder;
    }
}
