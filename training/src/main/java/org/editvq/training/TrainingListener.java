package org.editvq.training;

import org.editvq.models.StepStats;

import java.nio.file.Path;

/**
 * Observer of a training run. Every method has an empty default; listeners run on the
 * training thread, between steps, and must not change the model. An exception thrown by a
 * listener ends the run (the last checkpoint stays as it was).
 */
public interface TrainingListener {
    /** Before the first step of this session (also when resuming). */
    default void onStart(TrainingPlan plan) {
    }

    /**
     * After each optimizer step.
     *
     * @param step            1-based step just completed
     * @param stats           the step's losses and codebook diagnostics
     * @param lr              learning rate used
     * @param gradNorm        global gradient norm before clipping
     * @param tokensPerSecond source plus target tokens of the batch / wall time of the step
     */
    default void onStep(long step, StepStats stats, double lr, double gradNorm, double tokensPerSecond) {
    }

    /** After each validation. */
    default void onEvaluation(Evaluation evaluation) {
    }

    /** After a checkpoint was saved. */
    default void onCheckpoint(long step, Path bundle) {
    }

    /** When the run ends for any reason but an exception. */
    default void onFinish(TrainingResult result) {
    }
}
