package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Position-wise feed-forward block {@code relu(x·W1 + b1)·W2 + b2}.
 * Shapes: x [N, d], hidden [N, d_ff], output [N, d].
 */
public final class FeedForward {
    private final Linear in;
    private final Linear out;

    /** What backward needs. */
    public record Saved(INDArray x, INDArray hidden, INDArray y) {
    }

    /** Registers {@code name.1} and {@code name.2}. */
    public FeedForward(ParamSet params, String name, int dModel, int dFf) {
        this.in = new Linear(params, name + ".1", dModel, dFf, true);
        this.out = new Linear(params, name + ".2", dFf, dModel, true);
    }

    /** Forward pass. */
    public Saved forward(Arena arena, INDArray x) {
        INDArray pre = in.forward(arena, x);
        org.nd4j.linalg.ops.transforms.Transforms.relu(pre, false);
        return new Saved(x, pre, out.forward(arena, pre));
    }

    /** Backward pass; returns dx. */
    public INDArray backward(Arena arena, Saved s, INDArray dy) {
        INDArray dHidden = out.backward(arena, s.hidden(), dy);
        Kernels.reluBackwardInPlace(s.hidden(), dHidden, arena.alloc(s.hidden().shape()));
        return in.backward(arena, s.x(), dHidden);
    }
}
