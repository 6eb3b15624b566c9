package org.editvq.models.bundle;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a bundle needs beyond the model to continue training: the trainer's position and the
 * optimizer's state (Adam step and both moments by parameter name, in parameter order).
 * Codebook statistics are part of the model and always saved.
 *
 * @param trainer        the trainer's position and counters
 * @param optimizerStep  Adam's step counter (bias correction)
 * @param firstMoments   Adam's m by parameter name
 * @param secondMoments  Adam's v by parameter name
 */
public record TrainingState(TrainerState trainer, long optimizerStep, Map<String, INDArray> firstMoments,
                            Map<String, INDArray> secondMoments) {
    public TrainingState {
        Objects.requireNonNull(trainer, "trainer");
        if (!firstMoments.keySet().equals(secondMoments.keySet())) {
            throw new IllegalArgumentException("first and second moments name different parameters");
        }
        firstMoments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(firstMoments));
        secondMoments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secondMoments));
    }
}
