package org.editvq.training;

import org.editvq.models.CodebookOptions;
import org.editvq.models.EditModel;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.PairBatch;
import org.editvq.models.StepStats;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.models.nn.Kernels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trainer's k-means codebook initialisation, reservoir restarts across a resume, and the z check. */
class CodebookTrainingTest {

    private static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static ModelConfig config() {
        // restarts every 2 steps with a high threshold, so that the reservoir is used often
        return Toy.config(ModelKind.EDIT_VQVAE, 0.1).withRestarts(2, 0.9)
                .withCodebookOptions(CodebookOptions.DEFAULT.withKmeansInit(20, 5).withReservoirSize(24)
                        .withUsageDecay(0.5));
    }

    private static TrainingConfig training(long steps) {
        return TrainingConfig.builder().batchSize(8).maxBatchTokens(0)
                .maxSteps(steps).maxEpochs(0)
                .peakLr(1e-2).warmupSteps(10).clipNorm(1.0)
                .evalInterval(5).checkpointInterval(5).patience(50)
                .seed(11).logInterval(5).build();
    }

    @Test
    void kmeansInitAndReservoirRestartsResumeToTheUninterruptedRunExactly(@TempDir Path tmp) throws IOException {
        PairData train = Toy.data(36, 4, 1);
        PairData valid = Toy.data(12, 4, 2);
        TrainerTest.Recorder whole = new TrainerTest.Recorder();
        List<Integer> restarts = new ArrayList<>();
        new Trainer(training(12)).addListener(whole).addListener(new TrainingListener() {
            @Override
            public void onStep(long step, StepStats stats, double lr, double gradNorm, double tps) {
                restarts.add(stats.codesRestarted());
            }
        }).train(new EditModel(config(), DataType.FLOAT), Toy.VOCAB, train, valid, tmp.resolve("a"), "h", Map.of());
        assertTrue(restarts.stream().mapToInt(Integer::intValue).sum() > 0, "no restart happened: " + restarts);

        TrainerTest.Recorder pieces = new TrainerTest.Recorder();
        Path b = tmp.resolve("b");
        assertThrows(Killed.class, () -> new Trainer(training(12)).addListener(pieces).addListener(
                new TrainingListener() {
                    @Override
                    public void onStep(long step, StepStats stats, double lr, double gradNorm, double tps) {
                        if (step == 8) {
                            throw new Killed();
                        }
                    }
                }).train(new EditModel(config(), DataType.FLOAT), Toy.VOCAB, train, valid, b, "h", Map.of()));
        ModelBundle killed = ModelBundle.load(b);
        assertEquals(5, killed.training().orElseThrow().trainer().step());
        assertEquals(24 * 32, killed.model().quantizer().reservoirState().length, "a full reservoir was saved");
        new Trainer(training(12)).addListener(pieces).resume(killed, train, valid, "h", Map.of());
        for (long step = 1; step <= 12; step++) {
            assertEquals(whole.losses.get(step), pieces.losses.get(step), "step " + step);
        }
        ModelBundle fa = ModelBundle.load(tmp.resolve("a"));
        ModelBundle fb = ModelBundle.load(b);
        assertArrayEquals(Kernels.toArray(fa.model().quantizer().codebook().value()),
                Kernels.toArray(fb.model().quantizer().codebook().value()));
        assertArrayEquals(fa.model().quantizer().reservoirState(), fb.model().quantizer().reservoirState());

        Map<String, Object> init = fa.history().get(0);
        assertEquals("codebookInit", init.get("type"));
        assertEquals(20, ((Number) init.get("points")).intValue(), "the first 20 pairs of epoch 0");
        assertTrue(((Number) init.get("distinct")).intValue() <= 20);
        // codes in use, perplexity and the z check reach the history, the manifest and the health summary
        CodebookHealth health = CodebookHealth.of(fa.history());
        assertEquals(10, health.step());
        assertTrue(health.codesUsed() >= 1 && health.codesUsed() <= 8);
        assertEquals(10, health.evalStep());
        assertEquals(health.nllOwnCode(), ((Number) fa.manifest().metrics().get("validNllOwnCode")).doubleValue());
        assertEquals(health.codesUsed(), ((Number) fa.manifest().metrics().get("codesUsed")).intValue());
    }

    @Test
    void theOwnCodeLikelihoodOfTheValidationIsTheModelsTeacherForcedLikelihood(@TempDir Path tmp) throws IOException {
        PairData train = Toy.data(24, 4, 1);
        PairData valid = Toy.data(10, 4, 2);
        TrainerTest.Recorder r = new TrainerTest.Recorder();
        new Trainer(training(5)).addListener(r).train(new EditModel(config(), DataType.FLOAT), Toy.VOCAB, train,
                valid, tmp.resolve("a"), "h", Map.of());
        Evaluation e = r.evals.get(0);
        EditModel model = ModelBundle.load(tmp.resolve("a")).model();
        double ll = 0;
        double tokens = 0;
        for (EncodedPair p : valid.pairs()) {
            PairBatch one = PairBatch.of(List.of(p.source()), List.of(p.target()));
            int[] code = model.assignCodes(one);
            ll += model.logLikelihoods(one, model.latents(code, 1, null))[0];
            tokens += p.target().length + 1;
        }
        assertEquals(-ll / tokens, e.ownCodeNll(), 1e-4 * Math.abs(e.ownCodeNll()));
        assertTrue(Double.isFinite(e.otherCodeNll()) && e.otherCodeNll() > 0);
        assertEquals(e.otherCodeNll() - e.ownCodeNll(), e.latentGain());
        // a model without codebook has no z check
        TrainerTest.Recorder t = new TrainerTest.Recorder();
        new Trainer(training(5)).addListener(t).train(new EditModel(Toy.config(ModelKind.TRANSFORMER, 0.0),
                DataType.FLOAT), Toy.VOCAB, train, valid, tmp.resolve("t"), "h", Map.of());
        assertTrue(Double.isNaN(t.evals.get(0).latentGain()));
    }
}
