package org.editvq.training;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LengthBucketsTest {

    private static List<EncodedPair> randomPairs(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<EncodedPair> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int s = 1 + (int) Math.exp(r.nextDouble() * Math.log(300));
            int t = Math.max(1, s + r.nextInt(21) - 10);
            out.add(new EncodedPair(new int[s], new int[t]));
        }
        return out;
    }

    @Test
    void batchesRespectSizeAndTokenBudgetAndCoverEveryPairOnce() {
        List<EncodedPair> pairs = randomPairs(2000, 1);
        for (int budget : new int[]{0, 700, 2000, 5000}) {
            for (int epoch = 0; epoch < 3; epoch++) {
                List<int[]> plan = LengthBuckets.plan(pairs, 16, budget, new SplittableRandom(Seeds.epoch(9, epoch)));
                int[] seen = new int[pairs.size()];
                for (int[] b : plan) {
                    assertTrue(b.length >= 1 && b.length <= 16, "batch of " + b.length);
                    if (budget > 0) {
                        assertTrue(LengthBuckets.paddedTokens(pairs, b) <= budget,
                                "batch over budget " + budget + ": " + LengthBuckets.paddedTokens(pairs, b));
                    }
                    for (int i : b) {
                        seen[i]++;
                    }
                }
                int[] once = new int[pairs.size()];
                Arrays.fill(once, 1);
                assertArrayEquals(once, seen, "every pair exactly once per epoch");
            }
        }
    }

    @Test
    void bucketingCutsPaddingAndShufflesPerEpochDeterministically() {
        List<EncodedPair> pairs = randomPairs(2000, 2);
        List<int[]> plan = LengthBuckets.plan(pairs, 16, 0, new SplittableRandom(Seeds.epoch(3, 0)));
        long padded = plan.stream().mapToLong(b -> LengthBuckets.paddedTokens(pairs, b)).sum();
        long real = pairs.stream().mapToLong(EncodedPair::cost).sum();
        // Random batches of 16 over log-uniform lengths waste most of each batch; sorted ones almost nothing.
        List<int[]> random = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += 16) {
            random.add(java.util.stream.IntStream.range(i, Math.min(i + 16, pairs.size())).toArray());
        }
        long randomPadded = random.stream().mapToLong(b -> LengthBuckets.paddedTokens(pairs, b)).sum();
        assertTrue(padded < 1.1 * real, "bucketed padding " + padded + " vs real " + real);
        assertTrue(randomPadded > 2 * real, "unsorted padding " + randomPadded + " vs real " + real);

        List<int[]> again = LengthBuckets.plan(pairs, 16, 0, new SplittableRandom(Seeds.epoch(3, 0)));
        assertEquals(plan.size(), again.size());
        for (int i = 0; i < plan.size(); i++) {
            assertArrayEquals(plan.get(i), again.get(i), "same seed and epoch, same plan");
        }
        List<int[]> next = LengthBuckets.plan(pairs, 16, 0, new SplittableRandom(Seeds.epoch(3, 1)));
        assertNotEquals(Arrays.toString(plan.get(0)), Arrays.toString(next.get(0)), "another epoch, another order");
    }

    @Test
    void aPairOverTheBudgetAloneIsAnError() {
        List<EncodedPair> pairs = List.of(new EncodedPair(new int[10], new int[10]), new EncodedPair(new int[2], new int[2]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LengthBuckets.plan(pairs, 4, 20, null));
        assertTrue(e.getMessage().contains("pair 0 (source 10, target 10 tokens) alone exceeds the batch budget of 20"),
                e.getMessage());
        // Validation plans (no generator) are sorted by length.
        List<int[]> plan = LengthBuckets.plan(pairs, 1, 21, null);
        assertArrayEquals(new int[]{1}, plan.get(0));
        assertArrayEquals(new int[]{0}, plan.get(1));
    }
}
