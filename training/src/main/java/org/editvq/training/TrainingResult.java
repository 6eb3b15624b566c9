package org.editvq.training;

import java.nio.file.Path;

/**
 * How a training run ended.
 *
 * @param outcome            why it ended
 * @param message            one human-readable line (for {@link TrainingOutcome#DIVERGED} the full diagnosis)
 * @param bundle             where the checkpoints are
 * @param step               steps completed (for a diverged run: the step that failed)
 * @param epoch              completed epochs
 * @param checkpointStep     step of the last checkpoint in {@code bundle} (-1 when none was written)
 * @param bestValidLoss      best validation loss (NaN without validation)
 * @param bestStep           step of the best validation
 * @param lastValidLoss      last validation loss (NaN without validation)
 * @param trainSeconds       wall time in training steps, over all sessions
 * @param sessionSteps       steps done in this session
 * @param meanMsPerStep      mean wall time per step in this session
 * @param tokensPerSecond    source plus target tokens per second in this session
 */
public record TrainingResult(TrainingOutcome outcome, String message, Path bundle, long step, int epoch,
                             long checkpointStep, double bestValidLoss, long bestStep, double lastValidLoss,
                             double trainSeconds, long sessionSteps, double meanMsPerStep, double tokensPerSecond) {
}
