package org.editvq.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Length-bucketed batching: pairs of similar length share a batch, so little of a batch is
 * padding.
 *
 * <p>A plan is made by (1) shuffling the pair indices with the given generator (so pairs of
 * equal length meet in different batches each epoch), (2) a stable sort by source + target
 * length, (3) cutting the sorted list greedily into batches of at most {@code batchSize} pairs
 * whose padded cost {@code rows × (longest source + longest target + 1)} stays within
 * {@code maxTokens}, and (4) shuffling the batch order. Without a generator (validation) steps 1
 * and 4 are skipped.
 */
public final class LengthBuckets {
    private LengthBuckets() {
    }

    /**
     * Batches of indices into {@code pairs}; every index appears exactly once.
     *
     * @param maxTokens padded-token budget per batch (0 = none)
     * @param random    shuffles composition and order; null for a fixed, sorted plan
     * @throws IllegalArgumentException if one pair alone exceeds the budget
     */
    public static List<int[]> plan(List<EncodedPair> pairs, int batchSize, int maxTokens, SplittableRandom random) {
        if (batchSize < 1 || maxTokens < 0) {
            throw new IllegalArgumentException("batchSize must be >= 1 and maxTokens >= 0");
        }
        int n = pairs.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (random != null) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> pairs.get(i).source().length
                + pairs.get(i).target().length).thenComparingInt(i -> pairs.get(i).source().length));
        List<int[]> batches = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int maxSource = 0;
        int maxTarget = 0;
        for (int i : order) {
            EncodedPair p = pairs.get(i);
            if (maxTokens > 0 && p.cost() > maxTokens) {
                throw new IllegalArgumentException("pair " + i + " (source " + p.source().length + ", target "
                        + p.target().length + " tokens) alone exceeds the batch budget of " + maxTokens
                        + " padded tokens");
            }
            int s = Math.max(maxSource, p.source().length);
            int t = Math.max(maxTarget, p.target().length);
            boolean full = current.size() + 1 > batchSize
                    || (maxTokens > 0 && (long) (current.size() + 1) * (s + t + 1) > maxTokens);
            if (full && !current.isEmpty()) {
                batches.add(toArray(current));
                current.clear();
                s = p.source().length;
                t = p.target().length;
            }
            current.add(i);
            maxSource = s;
            maxTarget = t;
        }
        if (!current.isEmpty()) {
            batches.add(toArray(current));
        }
        if (random != null) {
            Collections.shuffle(batches, new java.util.Random(random.nextLong()));
        }
        return batches;
    }

    /** Padded cost of a batch: rows × (longest source + longest target + 1). */
    public static long paddedTokens(List<EncodedPair> pairs, int[] batch) {
        int s = 0;
        int t = 0;
        for (int i : batch) {
            s = Math.max(s, pairs.get(i).source().length);
            t = Math.max(t, pairs.get(i).target().length);
        }
        return (long) batch.length * (s + t + 1);
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
