package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Layer normalization over the last dimension: {@code y = γ ⊙ (x − μ)/√(σ² + ε) + β}.
 * Shapes: x, y [N, d]; γ, β [d].
 */
public final class LayerNorm {
    private static final double EPS = 1e-5;
    private final Param gain;
    private final Param bias;
    private final int width;

    /** What backward needs: normalized input [N, d] and 1/σ [N, 1]. */
    public record Saved(INDArray y, INDArray xhat, INDArray rstd) {
    }

    /** Registers {@code name.g} (ones) and {@code name.b} (zeros). */
    public LayerNorm(ParamSet params, String name, int width) {
        this.width = width;
        this.gain = params.constant(name + ".g", 1.0, width);
        this.bias = params.constant(name + ".b", 0.0, width);
    }

    /** Normalizes x [N, d]. */
    public Saved forward(Arena arena, INDArray x) {
        long n = x.size(0);
        INDArray mean = arena.alloc(n, 1);
        x.mean(mean.reshape(n), 1);
        INDArray xhat = arena.copyOf(x);
        xhat.subiColumnVector(mean);
        INDArray sq = arena.alloc(n, width);
        Kernels.mul(xhat, xhat, sq);
        INDArray rstd = arena.alloc(n, 1);
        sq.mean(rstd.reshape(n), 1);
        rstd.addi(EPS);
        Transforms.sqrt(rstd, false);
        rstd.rdivi(1.0);
        xhat.muliColumnVector(rstd);
        INDArray y = sq; // reuse the scratch as the output
        y.assign(xhat).muliRowVector(gain.value()).addiRowVector(bias.value());
        return new Saved(y, xhat, rstd);
    }

    /** Accumulates dγ, dβ and returns dx [N, d]. */
    public INDArray backward(Arena arena, Saved s, INDArray dy) {
        long n = dy.size(0);
        INDArray t = arena.alloc(n, width);
        INDArray vec = arena.alloc(width);
        Kernels.mul(dy, s.xhat(), t);
        t.sum(vec, 0);
        gain.grad().addi(vec);
        dy.sum(vec, 0);
        bias.grad().addi(vec);
        // g = dy ⊙ γ ; dx = rstd ⊙ (g − mean(g) − xhat ⊙ mean(g ⊙ xhat))
        INDArray g = arena.alloc(n, width);
        g.assign(dy).muliRowVector(gain.value());
        Kernels.mul(g, s.xhat(), t);
        INDArray meanGx = arena.alloc(n, 1);
        t.mean(meanGx.reshape(n), 1);
        INDArray meanG = arena.alloc(n, 1);
        g.mean(meanG.reshape(n), 1);
        INDArray dx = t;
        dx.assign(s.xhat()).muliColumnVector(meanGx);
        dx.rsubi(g);
        dx.subiColumnVector(meanG);
        dx.muliColumnVector(s.rstd());
        return dx;
    }
}
