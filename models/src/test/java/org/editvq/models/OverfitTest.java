package org.editvq.models;

import org.editvq.models.optim.Adam;
import org.editvq.models.optim.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tiny model really learns: losses fall below pinned values on toy tasks. */
class OverfitTest {

    static ModelConfig toyConfig(ModelKind kind) {
        return new ModelConfig(kind, ToyEdits.VOCAB, 32, 4, 64, 1, 1, 1, 0.0, 0.0, 8, 0.25, 25, 0.03, 0.02, 100,
                16, 16, 7);
    }

    /** Trains on fresh toy batches; returns the evaluation reconstruction loss on a fixed set. */
    static double train(EditModel model, int edits, int steps, long seed) {
        SplittableRandom data = new SplittableRandom(seed);
        SplittableRandom noise = new SplittableRandom(seed + 1);
        Adam adam = Adam.transformerDefaults(model.params(), 1.0);
        LearningRateSchedule schedule = new LearningRateSchedule(3e-3, 30);
        for (int step = 1; step <= steps; step++) {
            PairBatch batch = ToyEdits.batch(ToyEdits.sample(32, edits, data));
            model.trainStep(batch, noise, model.config().klWeight());
            adam.update(schedule.at(step));
        }
        List<ToyEdits.Example> held = ToyEdits.sample(64, edits, new SplittableRandom(999));
        return model.evaluate(ToyEdits.batch(held)).reconstruction();
    }

    @Test
    void transformerLearnsToCopy() {
        EditModel model = new EditModel(toyConfig(ModelKind.TRANSFORMER), DataType.FLOAT);
        double before = model.evaluate(ToyEdits.batch(ToyEdits.sample(64, 1, new SplittableRandom(999))))
                .reconstruction();
        double after = train(model, 1, 250, 1);
        System.out.printf("copy: %.4f -> %.4f%n", before, after);
        assertTrue(before > 2.0, "an untrained model should be near log(13) = 2.56 nats: " + before);
        assertTrue(after < 0.15, "copy loss did not fall below 0.15 nats/token: " + after);
    }

    @Test
    void editVqVaeLatentsExplainWhichEditWasAppliedBetterThanATransformer() {
        double transformer = train(new EditModel(toyConfig(ModelKind.TRANSFORMER), DataType.FLOAT),
                ToyEdits.EDITS, 400, 2);
        double editVq = train(new EditModel(toyConfig(ModelKind.EDIT_VQVAE), DataType.FLOAT),
                ToyEdits.EDITS, 400, 2);
        System.out.printf("apply-edit-k: transformer %.4f, edit-vqvae %.4f%n", transformer, editVq);
        // Without the latent a model must guess among 4 edits at the first differing tokens.
        assertTrue(editVq < 0.6 * transformer, "edit-vqvae " + editVq + " vs transformer " + transformer);
    }
}
