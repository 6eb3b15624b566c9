package org.editvq.core.rouge;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ROUGE-N over whitespace tokens: clipped n-gram overlap between a hypothesis and a reference.
 *
 * <ul>
 *   <li>Tokens are compared exactly (case-sensitive, no stemming, punctuation kept).</li>
 *   <li>The n-grams of a sequence of length L are its L - N + 1 contiguous windows (none when L &lt; N).</li>
 *   <li>overlap = sum over distinct n-grams g of min(count_hyp(g), count_ref(g)).</li>
 *   <li>precision = overlap / |hyp n-grams|, recall = overlap / |ref n-grams|,
 *       F = 2PR/(P+R) = 2 overlap / (|hyp n-grams| + |ref n-grams|).</li>
 *   <li>Sequences shorter than N: a side without n-grams gives precision/recall 0 on that side and
 *       F = 0, <em>even when both sequences are identical</em>. This is what Google's
 *       {@code rouge-score} does ("a" vs "a" under rouge2 is 0) and it keeps the pair gate simple:
 *       a program shorter than N is never similar to anything.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RougeN {
    /** The n-gram order used unless configured otherwise (ROUGE-8). */
    public static final int DEFAULT_N = 8;

    private final int n;

    /** A scorer of order {@code n} (at least 1). */
    public RougeN(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("ROUGE order n must be >= 1: " + n);
        }
        this.n = n;
    }

    /** The n-gram order. */
    public int n() {
        return n;
    }

    /** Number of n-grams (with repetition) of a sequence of the given length. */
    public int ngramCount(int length) {
        return Math.max(0, length - n + 1);
    }

    /** Full score of a hypothesis against a reference. */
    public RougeScore score(List<String> reference, List<String> hypothesis) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(hypothesis, "hypothesis");
        Map<NGram, Integer> refCounts = counts(reference);
        Map<NGram, Integer> hypCounts = counts(hypothesis);
        long overlap = 0;
        Map<NGram, Integer> smaller = refCounts.size() <= hypCounts.size() ? refCounts : hypCounts;
        Map<NGram, Integer> larger = smaller == refCounts ? hypCounts : refCounts;
        for (Map.Entry<NGram, Integer> e : smaller.entrySet()) {
            Integer other = larger.get(e.getKey());
            if (other != null) {
                overlap += Math.min(e.getValue(), other);
            }
        }
        return RougeScore.of(overlap, ngramCount(hypothesis.size()), ngramCount(reference.size()));
    }

    /** The F-measure only; symmetric in its arguments. */
    public double fmeasure(List<String> a, List<String> b) {
        return score(a, b).fmeasure();
    }

    /** Splits text on runs of whitespace (leading/trailing whitespace ignored). */
    public static List<String> whitespaceTokens(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    private Map<NGram, Integer> counts(List<String> tokens) {
        String[] array = tokens.toArray(new String[0]);
        Map<NGram, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= array.length; i++) {
            counts.merge(new NGram(array, i, n), 1, Integer::sum);
        }
        return counts;
    }

    /** A window of a token array, compared by content. */
    private static final class NGram {
        private final String[] tokens;
        private final int start;
        private final int length;
        private final int hash;

        NGram(String[] tokens, int start, int length) {
            this.tokens = tokens;
            this.start = start;
            this.length = length;
            int h = 1;
            for (int i = start; i < start + length; i++) {
                h = 31 * h + tokens[i].hashCode();
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof NGram other) || other.hash != hash || other.length != length) {
                return false;
            }
            return Arrays.equals(tokens, start, start + length, other.tokens, other.start, other.start + length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
