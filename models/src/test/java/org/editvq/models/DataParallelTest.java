package org.editvq.models;

import org.editvq.models.nn.Kernels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data parallelism inside a step: sharding a batch computes the whole batch's loss and gradient
 * (up to summation order), and the number of threads that run the shards changes nothing at all.
 */
class DataParallelTest {

    /** Five pairs of different lengths, so that shards pad differently from the whole batch. */
    private static PairBatch batch() {
        return PairBatch.of(
                List.of(new int[]{5, 6, 7, 8, 9}, new int[]{6, 5, 10}, new int[]{7, 7, 8, 9}, new int[]{9},
                        new int[]{10, 9, 8, 7, 6, 5}),
                List.of(new int[]{5, 7, 8}, new int[]{10, 5, 6, 6}, new int[]{9, 8}, new int[]{9, 9, 5, 6, 7},
                        new int[]{6}));
    }

    private static EditModel model(ModelKind kind, double dropout) {
        ModelConfig c = GradientCheckTest.tinyModel(kind).config();
        return new EditModel(c.toBuilder().dropout(dropout).latentInjection(LatentInjection.ENCODER_AND_DECODER).build(), DataType.DOUBLE);
    }

    private static double[] grads(EditModel m) {
        return Kernels.toArray(m.params().flatGrads());
    }

    /**
     * Without dropout, two shards give the unsharded step's loss, token counts, codes and gradient
     * (double precision, to 1e-12 relative): the output loss is divided by the whole batch's target
     * tokens and the bottleneck sees every row at once.
     */
    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void twoShardsComputeTheWholeBatchsLossAndGradient(ModelKind kind) {
        EditModel whole = model(kind, 0.0);
        EditModel sharded = model(kind, 0.0);
        // the sharded step splits one generator per shard off the step's generator before the
        // bottleneck (the Edit-VAE's sample) draws from it; advance the unsharded one the same way
        SplittableRandom r = new SplittableRandom(3);
        r.split();
        r.split();
        StepStats a = whole.trainStep(batch(), r, 0.5);
        StepStats b;
        try (Workers w = Workers.single()) {
            b = new DataParallel(sharded, 2, w).trainStep(batch(), new SplittableRandom(3), 0.5);
        }
        assertEquals(a.loss(), b.loss(), 1e-12 * Math.abs(a.loss()));
        assertEquals(a.reconstruction(), b.reconstruction(), 1e-12 * Math.abs(a.reconstruction()));
        assertEquals(a.targetTokens(), b.targetTokens());
        assertEquals(a.correctTokens(), b.correctTokens());
        assertArrayEquals(a.codes(), b.codes());
        assertEquals(a.kl(), b.kl(), 1e-12 * Math.max(1, Math.abs(a.kl())));
        double[] ga = grads(whole);
        double[] gb = grads(sharded);
        double norm = 0;
        for (double v : ga) {
            norm = Math.max(norm, Math.abs(v));
        }
        assertTrue(norm > 0);
        for (int i = 0; i < ga.length; i++) {
            assertEquals(ga[i], gb[i], 1e-12 * norm, kind + " gradient " + i);
        }
    }

    /** With dropout and three shards, one thread and two threads give the same numbers bit for bit. */
    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void theNumberOfThreadsChangesNothing(ModelKind kind) {
        EditModel one = model(kind, 0.2);
        EditModel three = model(kind, 0.2);
        StepStats a;
        StepStats b;
        try (Workers w1 = Workers.single(); Workers w2 = Workers.of(2)) {
            DataParallel p1 = new DataParallel(one, 3, w1);
            DataParallel p3 = new DataParallel(three, 3, w2);
            for (int step = 0; step < 2; step++) { // replicas are re-synchronised every step
                one.params().zeroGrad();
                three.params().zeroGrad();
                a = p1.trainStep(batch(), new SplittableRandom(step), 0.5);
                b = p3.trainStep(batch(), new SplittableRandom(step), 0.5);
                assertEquals(a.loss(), b.loss(), 0.0);
                assertArrayEquals(a.codes(), b.codes());
                assertArrayEquals(grads(one), grads(three), 0.0);
                one.params().flatValues().subi(one.params().flatGrads().mul(0.1));
                three.params().flatValues().subi(three.params().flatGrads().mul(0.1));
            }
        }
        // dropout is really on: another seed gives another loss
        one.params().zeroGrad();
        try (Workers w = Workers.single()) {
            double l1 = new DataParallel(one, 3, w).trainStep(batch(), new SplittableRandom(1), 0.5).loss();
            one.params().zeroGrad();
            double l2 = new DataParallel(one, 3, w).trainStep(batch(), new SplittableRandom(2), 0.5).loss();
            assertNotEquals(l1, l2);
        }
    }

    @Test
    void slicesKeepTheirPairsAndSplitsCoverTheBatch() {
        PairBatch all = batch();
        List<PairBatch> parts = DataParallel.split(all, 2);
        assertEquals(3, parts.get(0).size());
        assertEquals(2, parts.get(1).size());
        assertEquals(5, parts.get(0).source().time()); // padded to its own longest source, not the batch's 6
        assertArrayEquals(new int[]{9, 0, 0, 0, 0, 0, 10, 9, 8, 7, 6, 5}, parts.get(1).source().ids());
        assertArrayEquals(new int[]{9, 9, 5, 6, 7, 6, 0, 0, 0, 0}, parts.get(1).target().ids());
        assertEquals(all.targetTokens(), parts.get(0).targetTokens() + parts.get(1).targetTokens());
        int[] labels = parts.get(0).labels();
        int time = parts.get(0).decoderInput().time();
        // pair 1 of the first shard emits 10 5 6 6 EOS
        assertArrayEquals(new int[]{10, 5, 6, 6, org.editvq.core.vocab.Vocabulary.EOS},
                java.util.Arrays.copyOfRange(labels, time, time + 5));
        assertThrows(IllegalArgumentException.class, () -> all.slice(2, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> all.slice(3, 6));
    }

    @Test
    void aFailingShardFailsTheStepWithItsOwnError() {
        try (Workers w = Workers.of(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.invokeAll(List.of(
                    () -> 1, () -> {
                        throw new IllegalStateException("shard 1 broke");
                    })));
            assertEquals("shard 1 broke", e.getMessage());
            assertEquals(List.of(1, 2), w.invokeAll(List.of(() -> 1, () -> 2)));
        }
    }

    /** Shared workers divide their threads among the current sharers and never run more parts at once. */
    @Test
    void sharedWorkersGiveTheLastSharerEveryThread() {
        java.util.concurrent.atomic.AtomicInteger sharers = new java.util.concurrent.atomic.AtomicInteger(2);
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Callable<String>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(20);
                running.decrementAndGet();
                return Thread.currentThread().getName();
            });
        }
        try (Workers w = Workers.sharing(2, sharers::get)) {
            assertEquals(1, w.threads());
            String caller = Thread.currentThread().getName();
            assertTrue(w.invokeAll(tasks).stream().allMatch(caller::equals), "one sharer's share runs in its thread");
            assertEquals(1, most.get());
            sharers.set(1);
            assertEquals(2, w.threads());
            assertTrue(w.invokeAll(tasks).stream().noneMatch(caller::equals));
            assertEquals(2, most.get());
            sharers.set(0);
            assertEquals(2, w.threads());
        }
        try (Workers w = Workers.sharing(4, () -> 2)) {
            most.set(0);
            assertEquals(2, w.threads());
            w.invokeAll(tasks);
            assertEquals(2, most.get(), "a sharer of four threads among two runs two parts at a time");
        }
    }
}
