package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Objects;

/**
 * A trainable tensor and its gradient accumulator (same shape, same data type).
 *
 * @param name  unique, stable name (used in bundles and checkpoints), e.g. {@code enc.0.attn.wq}
 * @param value the parameter values
 * @param grad  the gradient, accumulated by backward passes and zeroed by the optimizer
 */
public record Param(String name, INDArray value, INDArray grad) {
    public Param {
        Objects.requireNonNull(name, "name");
        if (!java.util.Arrays.equals(value.shape(), grad.shape())) {
            throw new IllegalArgumentException(name + ": gradient shape differs from value shape");
        }
    }
}
