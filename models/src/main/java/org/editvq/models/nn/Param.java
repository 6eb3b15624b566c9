package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.Objects;

/**
 * A trainable tensor and its gradient accumulator (same shape, same data type). After
 * {@link ParamSet#freeze()} both are views into the set's flat buffers; layers therefore call
 * {@link #value()} and {@link #grad()} at use time instead of keeping the arrays.
 */
public final class Param {
    private final String name;
    private final long[] shape;
    private INDArray value;
    private INDArray grad;

    Param(String name, INDArray value, INDArray grad) {
        this.name = Objects.requireNonNull(name, "name");
        if (!Arrays.equals(value.shape(), grad.shape())) {
            throw new IllegalArgumentException(name + ": gradient shape differs from value shape");
        }
        this.shape = value.shape().clone();
        this.value = value;
        this.grad = grad;
    }

    /** Unique, stable name (used in bundles and checkpoints), e.g. {@code enc.0.att.q.w}. */
    public String name() {
        return name;
    }

    /** The parameter values. */
    public INDArray value() {
        return value;
    }

    /** The gradient accumulator. */
    public INDArray grad() {
        return grad;
    }

    /** Shape of value and gradient. */
    public long[] shape() {
        return shape.clone();
    }

    /** Number of scalars. */
    public long length() {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    void rebind(INDArray newValue, INDArray newGrad) {
        this.value = newValue;
        this.grad = newGrad;
    }
}
