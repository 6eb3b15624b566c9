package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Affine layer {@code y = x·W + b} on 2-D activations.
 * Shapes: x [N, in], W [in, out], b [out], y [N, out].
 */
public final class Linear {
    private final Param weight;
    private final Param bias;
    private final int in;
    private final int out;

    /** Registers {@code name.w} (Xavier-uniform) and, if wanted, {@code name.b} (zeros). */
    public Linear(ParamSet params, String name, int in, int out, boolean withBias) {
        this.in = in;
        this.out = out;
        this.weight = params.xavier(name + ".w", in, out);
        this.bias = withBias ? params.constant(name + ".b", 0.0, out) : null;
    }

    /** Input width. */
    public int in() {
        return in;
    }

    /** Output width. */
    public int out() {
        return out;
    }

    /** The weight parameter [in, out]. */
    public Param weight() {
        return weight;
    }

    /** y [N, out] for x [N, in]. */
    public INDArray forward(Arena arena, INDArray x) {
        INDArray y = arena.alloc(x.size(0), out);
        Kernels.gemm(x, weight.value(), y, false, false, 0.0);
        if (bias != null) {
            y.addiRowVector(bias.value());
        }
        return y;
    }

    /**
     * Accumulates dW += xᵀ·dy and db += Σ dy, and returns dx [N, in] = dy·Wᵀ.
     */
    public INDArray backward(Arena arena, INDArray x, INDArray dy) {
        INDArray dx = arena.alloc(x.size(0), in);
        backwardInto(arena, x, dy, dx, 0.0);
        return dx;
    }

    /** Like {@link #backward} but writes {@code dx = beta·dx + dy·Wᵀ} into a given array. */
    public void backwardInto(Arena arena, INDArray x, INDArray dy, INDArray dx, double beta) {
        Kernels.gemm(x, dy, weight.grad(), true, false, 1.0);
        if (bias != null) {
            INDArray db = arena.alloc(out);
            dy.sum(db, 0);
            bias.grad().addi(db);
        }
        Kernels.gemm(dy, weight.value(), dx, false, true, beta);
    }
}
