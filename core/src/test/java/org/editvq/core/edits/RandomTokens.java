package org.editvq.core.edits;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/** Random token lists and random small edits of them, for the property tests of the edit scripts and their grammar. */
final class RandomTokens {
    private RandomTokens() {
    }

    /** {@code n} tokens, each {@code token.apply(k)} for k uniform in [0, alphabet). */
    static <T> List<T> list(SplittableRandom random, int n, int alphabet, IntFunction<T> token) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(token.apply(random.nextInt(alphabet)));
        }
        return out;
    }

    /** {@code x} with 1–3 random insertions, deletions or replacements by tokens of the alphabet. */
    static <T> List<T> mutate(SplittableRandom random, List<T> x, int alphabet, IntFunction<T> token) {
        List<T> y = new ArrayList<>(x);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int op = random.nextInt(3);
            if (op == 0 || y.isEmpty()) {
                y.add(random.nextInt(y.size() + 1), token.apply(random.nextInt(alphabet)));
            } else if (op == 1) {
                y.remove(random.nextInt(y.size()));
            } else {
                y.set(random.nextInt(y.size()), token.apply(random.nextInt(alphabet)));
            }
        }
        return y;
    }
}
