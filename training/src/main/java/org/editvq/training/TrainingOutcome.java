package org.editvq.training;

/** Why a training run ended. */
public enum TrainingOutcome {
    /** Reached {@code maxSteps}. */
    MAX_STEPS,
    /** Reached {@code maxEpochs}. */
    MAX_EPOCHS,
    /** Validation loss stopped improving for {@code patience} evaluations. */
    EARLY_STOPPED,
    /** {@link Trainer#requestStop()} was called (e.g. Ctrl-C); a checkpoint was saved. */
    STOPPED,
    /** A loss or gradient norm became NaN or infinite; the last good checkpoint was kept. */
    DIVERGED;

    /** Whether the run ended normally (everything but {@link #DIVERGED}). */
    public boolean ok() {
        return this != DIVERGED;
    }
}
