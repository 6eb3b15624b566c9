package org.editvq.models.bundle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a training run stands: saved as {@code trainer.json} so that a resumed run continues
 * exactly where the checkpoint was taken.
 *
 * @param step                    optimizer steps completed
 * @param epoch                   current epoch (0-based)
 * @param batchInEpoch            index of the next batch in the current epoch's batch order
 * @param bestValidLoss           lowest validation loss so far (NaN before the first evaluation)
 * @param bestStep                step of that evaluation (0 before the first)
 * @param evalsWithoutImprovement evaluations since the best one (early-stopping patience counter)
 * @param tokensSeen              source plus target tokens trained on so far
 * @param trainSeconds            wall-clock seconds spent in training steps so far
 * @param trainingConfig          the trainer's configuration as a JSON map (read back by the trainer)
 */
public record TrainerState(long step, int epoch, int batchInEpoch, double bestValidLoss, long bestStep,
                           int evalsWithoutImprovement, long tokensSeen, double trainSeconds,
                           Map<String, Object> trainingConfig) {
    public TrainerState {
        if (step < 0 || epoch < 0 || batchInEpoch < 0 || bestStep < 0 || evalsWithoutImprovement < 0
                || tokensSeen < 0 || trainSeconds < 0) {
            throw new IllegalArgumentException("trainer state counters must be >= 0");
        }
        Objects.requireNonNull(trainingConfig, "trainingConfig");
        trainingConfig = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(trainingConfig));
    }
}
