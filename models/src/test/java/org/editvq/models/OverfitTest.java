package org.editvq.models;

import org.editvq.models.optim.Adam;
import org.editvq.models.optim.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tiny model really learns: losses fall below pinned values on toy tasks. */
class OverfitTest {

    static ModelConfig toyConfig(ModelKind kind) {
        return ModelConfig.builder(Preset.SMOKE, kind).vocabSize(ToyEdits.VOCAB).dims(32, 4, 64).layers(1, 1, 1)
                .regularization(0.0, 0.0).codebookSize(8).commitmentBeta(0.25).restarts(25, 0.03)
                .klWeight(0.02).klAnnealSteps(100).maxSourceLength(16).maxTargetLength(16).seed(7)
                .codebookOptions(CodebookOptions.LEGACY).build();
    }

    /** Trains on fresh toy batches; returns the evaluation reconstruction loss on a fixed set. */
    static double trainOnFreshBatches(EditModel model, int edits, int steps, long seed) {
        SplittableRandom data = new SplittableRandom(seed);
        SplittableRandom noise = new SplittableRandom(seed + 1);
        Adam adam = Adam.transformerDefaults(model.params(), 1.0);
        LearningRateSchedule schedule = new LearningRateSchedule(1e-2, 50);
        for (int step = 1; step <= steps; step++) {
            model.trainStep(ToyEdits.batch(ToyEdits.sample(32, edits, data)), noise, model.config().klWeight());
            adam.update(schedule.at(step));
        }
        List<ToyEdits.Example> held = ToyEdits.sample(64, edits, new SplittableRandom(999));
        return model.evaluate(ToyEdits.batch(held)).reconstruction();
    }

    @Test
    void transformerLearnsToCopyUnseenSequences() {
        EditModel model = new EditModel(toyConfig(ModelKind.TRANSFORMER), DataType.FLOAT);
        double before = model.evaluate(ToyEdits.batch(ToyEdits.sample(64, 1, new SplittableRandom(999))))
                .reconstruction();
        double after = trainOnFreshBatches(model, 1, 400, 1);
        assertTrue(before > 2.0, "an untrained model should be near log(13) = 2.56 nats: " + before);
        assertTrue(after < 0.15, "copy loss did not fall below 0.15 nats/token: " + after);
    }

    /**
     * Every model memorizes 24 "apply edit k" pairs (4 different edits): the training loss on
     * that fixed set falls from about log(13) to below 0.25 nats per token.
     */
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"TRANSFORMER", "EDIT_VQVAE", "VQVAE", "EDIT_VAE"})
    void everyModelOverfitsAFixedToySet(ModelKind kind) {
        EditModel model = new EditModel(toyConfig(kind), DataType.FLOAT);
        PairBatch fixed = ToyEdits.batch(ToyEdits.sample(24, ToyEdits.EDITS, new SplittableRandom(3)));
        Adam adam = Adam.transformerDefaults(model.params(), 1.0);
        LearningRateSchedule schedule = new LearningRateSchedule(1e-2, 30);
        SplittableRandom noise = new SplittableRandom(4);
        double first = Double.NaN;
        double last = Double.NaN;
        for (int step = 1; step <= 100; step++) {
            StepStats s = model.trainStep(fixed, noise, model.config().klWeight());
            adam.update(schedule.at(step));
            if (step == 1) {
                first = s.reconstruction();
            }
            last = s.reconstruction();
        }
        System.out.printf("%s overfit: %.4f -> %.4f%n", kind.cliName(), first, last);
        assertTrue(first > 2.0, kind + " initial loss " + first);
        assertTrue(last < 0.25, kind + " did not overfit 24 pairs: loss " + last);
    }
}
