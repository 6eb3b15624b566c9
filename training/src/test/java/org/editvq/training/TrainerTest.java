package org.editvq.training;

import org.editvq.models.EditModel;
import org.editvq.models.ModelKind;
import org.editvq.models.StepStats;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.models.nn.Kernels;
import org.editvq.models.nn.Param;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {

    /** Records every step's loss and every evaluation. */
    static final class Recorder implements TrainingListener {
        final TreeMap<Long, Double> losses = new TreeMap<>();
        final TreeMap<Long, Double> lrs = new TreeMap<>();
        final List<Evaluation> evals = new ArrayList<>();
        final List<Long> checkpoints = new ArrayList<>();

        @Override
        public void onStep(long step, StepStats stats, double lr, double gradNorm, double tokensPerSecond) {
            losses.put(step, stats.loss());
            lrs.put(step, lr);
            assertTrue(tokensPerSecond > 0);
        }

        @Override
        public void onEvaluation(Evaluation evaluation) {
            evals.add(evaluation);
        }

        @Override
        public void onCheckpoint(long step, Path bundle) {
            checkpoints.add(step);
        }
    }

    private static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static TrainingConfig config(long maxSteps, int checkpointInterval) {
        return config(maxSteps, checkpointInterval, 1);
    }

    private static TrainingConfig config(long maxSteps, int checkpointInterval, int shards) {
        return TrainingConfig.builder().batchSize(8).maxBatchTokens(0)
                .maxSteps(maxSteps).maxEpochs(0)
                .peakLr(1e-2).warmupSteps(10).clipNorm(1.0)
                .evalInterval(5).checkpointInterval(checkpointInterval).patience(50)
                .seed(11).logInterval(5).batchShards(shards).build();
    }

    private static double[] weights(EditModel model) {
        List<Double> all = new ArrayList<>();
        for (Param p : model.params().all()) {
            for (double v : Kernels.toArray(p.value())) {
                all.add(v);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * With two shards per batch the uninterrupted run uses one thread and the interrupted pieces two:
     * the numbers may not depend on the thread count any more than on the interruptions.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"EDIT_VQVAE, 1", "EDIT_VAE, 1", "EDIT_VQVAE, 2", "EDIT_VAE, 2"})
    @SuppressWarnings("unchecked")
    void killedAndStoppedRunsResumeToTheUninterruptedLossCurveExactly(ModelKind kind, int shards, @TempDir Path tmp)
            throws IOException {
        PairData train = Toy.data(36, 4, 1); // 5 batches per epoch: 16 steps cross 3 epoch boundaries
        PairData valid = Toy.data(12, 4, 2);

        Recorder whole = new Recorder();
        TrainingResult a = new Trainer(config(16, 5, shards)).threads(1).addListener(whole).train(
                new EditModel(Toy.config(kind, 0.1), DataType.FLOAT), Toy.VOCAB, train, valid, tmp.resolve("a"), "h",
                Map.of());
        assertEquals(TrainingOutcome.MAX_STEPS, a.outcome());
        assertEquals(16, whole.losses.size());
        assertEquals(List.of(5L, 10L, 15L, 16L), whole.checkpoints);

        // Run B is killed (an exception, no clean-up) during step 12: the bundle keeps step 10.
        Recorder pieces = new Recorder();
        Path b = tmp.resolve("b");
        assertThrows(Killed.class, () -> new Trainer(config(16, 5, shards)).threads(2).addListener(pieces).addListener(
                new TrainingListener() {
                    @Override
                    public void onStep(long step, StepStats stats, double lr, double gradNorm, double tps) {
                        if (step == 12) {
                            throw new Killed();
                        }
                    }
                }).train(new EditModel(Toy.config(kind, 0.1), DataType.FLOAT), Toy.VOCAB, train, valid, b, "h",
                Map.of()));
        ModelBundle killed = ModelBundle.load(b);
        assertEquals(10, killed.training().orElseThrow().trainer().step());

        // Resumed, then stopped on request after step 13 (not a checkpoint step): it checkpoints there.
        Trainer second = new Trainer(config(16, 5, shards)).threads(2).addListener(pieces);
        second.addListener(new TrainingListener() {
            @Override
            public void onStep(long step, StepStats stats, double lr, double gradNorm, double tps) {
                if (step == 13) {
                    second.requestStop();
                }
            }
        });
        TrainingResult stopped = second.resume(killed, train, valid, "h", Map.of());
        assertEquals(TrainingOutcome.STOPPED, stopped.outcome());
        assertEquals(13, stopped.checkpointStep());

        TrainingResult last = new Trainer(config(16, 5, shards)).threads(2).addListener(pieces)
                .resume(ModelBundle.load(b), train, valid, "h", Map.of());
        assertEquals(TrainingOutcome.MAX_STEPS, last.outcome());
        assertEquals(16, last.step());

        assertEquals(whole.losses.keySet(), pieces.losses.keySet());
        for (long step = 1; step <= 16; step++) {
            assertEquals(whole.losses.get(step), pieces.losses.get(step), kind + " step " + step);
            assertEquals(whole.lrs.get(step), pieces.lrs.get(step));
        }
        assertEquals(a.bestValidLoss(), last.bestValidLoss());
        assertEquals(a.lastValidLoss(), last.lastValidLoss());
        ModelBundle fa = ModelBundle.load(tmp.resolve("a"));
        ModelBundle fb = ModelBundle.load(b);
        assertArrayEquals(weights(fa.model()), weights(fb.model()));
        if (kind.discrete()) {
            assertArrayEquals(fa.model().quantizer().usage(), fb.model().quantizer().usage());
        }
        List<Object> evalA = fa.history().stream().filter(e -> "eval".equals(e.get("type"))).map(e -> e.get("validLoss"))
                .toList();
        List<Object> evalB = fb.history().stream().filter(e -> "eval".equals(e.get("type"))).map(e -> e.get("validLoss"))
                .toList();
        assertEquals(3, evalA.size()); // every 5 of 16 steps
        assertEquals(evalA, evalB);
        assertEquals(16L, ((Number) fb.manifest().metrics().get("step")).longValue());
        // the manifest records the optimizer the trainer ran (clipping from the training config) and the model config
        assertEquals(java.util.Map.of("name", "adam", "beta1", 0.9, "beta2", 0.98, "epsilon", 1e-9, "clipNorm", 1.0),
                fb.manifest().parameters().get("optimizer"));
        assertEquals(fb.model().config(), org.editvq.models.ModelConfig.fromMap(
                (java.util.Map<String, ?>) fb.manifest().parameters().get("model")));
        assertEquals(fa.info().bestStep(), fb.info().bestStep());
        assertArrayEquals(weights(ModelBundle.load(tmp.resolve("a"), ModelBundle.Weights.BEST).model()),
                weights(ModelBundle.load(b, ModelBundle.Weights.BEST).model()));

        // Changing a trajectory setting on resume is refused with the differences named.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Trainer(
                TrainingConfig.builder().batchSize(4).maxBatchTokens(0)
                        .maxSteps(40).maxEpochs(0)
                        .peakLr(1e-2).warmupSteps(10).clipNorm(1.0)
                        .evalInterval(5).checkpointInterval(10).patience(50)
                        .seed(11).logInterval(5).build()).resume(fb, train, valid, "h",
                Map.of()));
        assertTrue(e.getMessage().contains("batchSize 8 -> 4"), e.getMessage());
        IllegalArgumentException sh = assertThrows(IllegalArgumentException.class, () -> new Trainer(
                config(40, 10, 3 - shards)).resume(fb, train, valid, "h", Map.of()));
        assertTrue(sh.getMessage().contains("batchShards " + shards + " -> " + (3 - shards)), sh.getMessage());
        IllegalArgumentException data = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(config(40, 10, shards)).resume(fb, train, valid, "other", Map.of()));
        assertTrue(data.getMessage().contains("hash h but these pairs hash to other"), data.getMessage());
    }

    @Test
    void aTinyTransformerLearnsToCopyThroughTheTrainer(@TempDir Path tmp) throws IOException {
        PairData train = Toy.data(256, 1, 3);
        PairData valid = Toy.data(32, 1, 4);
        Recorder r = new Recorder();
        TrainingConfig c = TrainingConfig.builder().batchSize(16).maxBatchTokens(0)
                .maxSteps(160).maxEpochs(0)
                .peakLr(1e-2).warmupSteps(20).clipNorm(1.0)
                .evalInterval(40).checkpointInterval(0).patience(0)
                .seed(5).logInterval(20).build();
        TrainingResult result = new Trainer(c).addListener(r).train(
                new EditModel(Toy.config(ModelKind.TRANSFORMER, 0.0), DataType.FLOAT), Toy.VOCAB, train, valid,
                tmp.resolve("copy"), "h", Map.of());
        System.out.printf("copy through the trainer: valid %s, %.1f ms/step, %.0f tokens/s%n",
                r.evals.stream().map(e -> String.format("%.3f", e.reconstruction())).toList(), result.meanMsPerStep(),
                result.tokensPerSecond());
        assertEquals(TrainingOutcome.MAX_STEPS, result.outcome());
        assertEquals(4, r.evals.size());
        double first = r.evals.get(0).reconstruction();
        double last = r.evals.get(3).reconstruction();
        // Measured: 1.93 -> 0.64 nats/token (untrained: about log 13 = 2.56).
        for (int i = 1; i < 4; i++) {
            assertTrue(r.evals.get(i).reconstruction() < r.evals.get(i - 1).reconstruction(), "evaluation " + i);
        }
        assertTrue(last < 0.8 && last < first / 2, "copy loss " + first + " -> " + last);
        assertTrue(r.evals.get(3).tokenAccuracy() > r.evals.get(0).tokenAccuracy() + 0.2,
                "accuracy " + r.evals.get(0).tokenAccuracy() + " -> " + r.evals.get(3).tokenAccuracy());
        assertEquals(r.evals.get(3).loss(), result.lastValidLoss());
        assertTrue(result.meanMsPerStep() > 0 && result.tokensPerSecond() > 0);
        ModelBundle bundle = ModelBundle.load(tmp.resolve("copy"));
        assertEquals(160, bundle.training().orElseThrow().trainer().step());
        assertEquals(8 + 4, bundle.history().size()); // 160 / 20 training windows + 4 evaluations
    }

    @Test
    void aNanStopsTheRunWithADiagnosisAndKeepsTheLastGoodCheckpoint(@TempDir Path tmp) throws IOException {
        PairData train = Toy.data(40, 2, 5);
        EditModel model = new EditModel(Toy.config(ModelKind.EDIT_VQVAE, 0.0), DataType.FLOAT);
        Path out = tmp.resolve("nan");
        Recorder r = new Recorder();
        TrainingResult result = new Trainer(TrainingConfig.builder().batchSize(8).maxBatchTokens(0)
                .maxSteps(50).maxEpochs(0)
                .peakLr(1e-2).warmupSteps(10).clipNorm(1.0)
                .evalInterval(0).checkpointInterval(5).patience(0)
                .seed(3).logInterval(5).build())
                .addListener(r).addListener(new TrainingListener() {
                    @Override
                    public void onStep(long step, StepStats stats, double lr, double gradNorm, double tps) {
                        if (step == 7) {
                            INDArray w = model.params().all().get(3).value();
                            w.putScalar(0, Double.NaN);
                        }
                    }
                }).train(model, Toy.VOCAB, train, Toy.data(8, 2, 6), out, "h", Map.of());
        assertEquals(TrainingOutcome.DIVERGED, result.outcome());
        assertEquals(8, result.step());
        assertEquals(5, result.checkpointStep());
        String m = result.message();
        assertTrue(m.startsWith("training diverged at step 8: loss NaN (loss NaN = reconstruction NaN"), m);
        assertTrue(m.contains("last finite gradient norm") && m.contains("at step 7"), m);
        assertTrue(m.contains("learning rate 0.008000"), m); // 1e-2 * 8 / 10 during warm-up
        assertTrue(m.contains("the bundle " + out + " keeps the last good checkpoint (step 5)"), m);
        assertTrue(m.contains("Hint: lower the peak learning rate"), m);
        assertEquals(7, r.losses.size());
        ModelBundle kept = ModelBundle.load(out);
        assertEquals(5, kept.training().orElseThrow().trainer().step());
        for (double v : weights(kept.model())) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void validationThatOnlyGetsWorseStopsTheRunEarly(@TempDir Path tmp) throws IOException {
        // Train: copy over ids 5..10. Validate: targets made only of ids 11 and 12, which training
        // teaches the decoder never to emit, so validation loss rises after the first steps.
        SplittableRandom rnd = new SplittableRandom(8);
        List<int[]> xs = new ArrayList<>();
        List<int[]> vx = new ArrayList<>();
        List<int[]> vy = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            xs.add(rnd.ints(4 + rnd.nextInt(4), 5, 11).toArray());
        }
        for (int i = 0; i < 16; i++) {
            vx.add(rnd.ints(5, 5, 11).toArray());
            vy.add(rnd.ints(5, 11, 13).toArray());
        }
        PairData train = PairData.fromIds(xs, xs, 16, 16);
        PairData valid = PairData.fromIds(vx, vy, 16, 16);
        Recorder r = new Recorder();
        TrainingConfig c = TrainingConfig.builder().batchSize(16).maxBatchTokens(0)
                .maxSteps(200).maxEpochs(0)
                .peakLr(1e-2).warmupSteps(5).clipNorm(1.0)
                .evalInterval(3).checkpointInterval(0).patience(2)
                .seed(4).logInterval(10).build();
        java.io.ByteArrayOutputStream bar = new java.io.ByteArrayOutputStream();
        TrainingResult result = new Trainer(c).addListener(r).addListener(new ProgressBarListener(
                new java.io.PrintStream(bar, true, java.nio.charset.StandardCharsets.UTF_8), 160)).train(
                new EditModel(Toy.config(ModelKind.TRANSFORMER, 0.0), DataType.FLOAT), Toy.VOCAB, train, valid,
                tmp.resolve("es"), "h", Map.of());
        assertEquals(TrainingOutcome.EARLY_STOPPED, result.outcome(), result.message());
        String drawn = bar.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(drawn.contains("train") && drawn.contains("/200") && drawn.contains("tok/s")
                && drawn.contains("valid "), drawn);
        assertTrue(result.step() < 30, "stopped at " + result.step());
        int best = 0;
        for (int i = 1; i < r.evals.size(); i++) {
            if (r.evals.get(i).loss() < r.evals.get(best).loss()) {
                best = i;
            }
        }
        assertEquals(best + 1 + 2, r.evals.size(), "exactly `patience` evaluations after the best");
        assertEquals(r.evals.get(best).step(), result.bestStep());
        assertEquals(r.evals.get(best).loss(), result.bestValidLoss());
        assertEquals(result.step(), r.evals.get(r.evals.size() - 1).step());
        assertEquals(2, r.evals.get(r.evals.size() - 1).evalsWithoutImprovement());
        ModelBundle bundle = ModelBundle.load(tmp.resolve("es"));
        assertEquals(result.step(), bundle.training().orElseThrow().trainer().step());
        // The bundle keeps the best-validated weights beside the latest: loading them reproduces the best loss.
        assertEquals(result.bestStep(), bundle.info().bestStep());
        ModelBundle atBest = ModelBundle.load(tmp.resolve("es"), ModelBundle.Weights.BEST);
        List<int[]> vx2 = valid.pairs().stream().map(EncodedPair::source).toList();
        List<int[]> vy2 = valid.pairs().stream().map(EncodedPair::target).toList();
        assertEquals(result.bestValidLoss(), atBest.model().evaluate(org.editvq.models.PairBatch.of(vx2, vy2)).loss(),
                1e-6);
    }
}
