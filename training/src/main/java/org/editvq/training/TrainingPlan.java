package org.editvq.training;

/**
 * What a training session is about to do.
 *
 * @param startStep       steps already done (0 for a fresh run, the checkpoint's step when resuming)
 * @param plannedSteps    last step the limits allow ({@link Long#MAX_VALUE} never happens: a limit is required)
 * @param batchesPerEpoch batches in one pass over the training pairs
 * @param trainPairs      training pairs used
 * @param validPairs      validation pairs used
 * @param parameters      scalar parameters of the model
 */
public record TrainingPlan(long startStep, long plannedSteps, int batchesPerEpoch, int trainPairs, int validPairs,
                           long parameters) {
}
