package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Output projection tied to the token table ({@code logits = h·Eᵀ}) with a masked,
 * label-smoothed softmax cross-entropy. Shapes: h [N, d], E [V, d], logits [N, V].
 *
 * <p>Loss = Σ_i w_i · (−(1−ε)·log p_i[t_i] − (ε/V)·Σ_j log p_i[j]) / Σ_i w_i, where w_i is 0
 * on padding. The gradient w.r.t. the logits is (p_i − q_i)·w_i / Σ w.
 */
public final class TiedOutput {
    private final Param table;
    private final double smoothing;

    /** Result of {@link #lossAndBackward}. */
    public record Result(double loss, double tokens, double correct, INDArray dHidden) {
    }

    /** Ties the projection to {@code table} with label smoothing ε in [0, 1). */
    public TiedOutput(Param table, double smoothing) {
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("label smoothing must be in [0, 1): " + smoothing);
        }
        this.table = table;
        this.smoothing = smoothing;
    }

    /** Logits [N, V] for hidden states [N, d]. */
    public INDArray logits(Arena arena, INDArray hidden) {
        INDArray logits = arena.alloc(hidden.size(0), table.value().size(0));
        Kernels.gemm(hidden, table.value(), logits, false, true, 0.0);
        return logits;
    }

    /**
     * Computes the loss; when {@code backward} is set also accumulates the table gradient and
     * returns dHidden [N, d].
     *
     * @param targets [N] target ids
     * @param weights [N] per-position weights (0 on padding)
     */
    public Result lossAndBackward(Arena arena, INDArray hidden, int[] targets, double[] weights, boolean backward) {
        return lossAndBackward(arena, hidden, targets, weights, backward, Double.NaN);
    }

    /**
     * Like {@link #lossAndBackward(Arena, INDArray, int[], double[], boolean)} but divides the loss and
     * the gradient by {@code normalizer} instead of this call's own Σ w (NaN: its own): the shard of a
     * batch split for data parallelism passes the whole batch's Σ w, so that the shards' losses and
     * gradients add up to the whole batch's. {@link Result#tokens()} stays this call's Σ w.
     */
    public Result lossAndBackward(Arena arena, INDArray hidden, int[] targets, double[] weights, boolean backward,
                                  double normalizer) {
        int n = targets.length;
        int v = (int) table.value().size(0);
        INDArray logits = logits(arena, hidden);
        INDArray logp = arena.alloc(n, v);
        Kernels.logSoftmax(logits, logp);
        INDArray rowSum = arena.alloc(n);
        logp.sum(rowSum, 1);
        Kernels.Buf lp = Kernels.buf(logp);
        Kernels.Buf rs = Kernels.buf(rowSum);
        Kernels.Buf lg = Kernels.buf(logits);
        double totalWeight = 0;
        double loss = 0;
        double correct = 0;
        for (int i = 0; i < n; i++) {
            if (weights[i] == 0) {
                continue;
            }
            double target = lp.get(i * v + targets[i]);
            loss += weights[i] * (-(1 - smoothing) * target - smoothing / v * rs.get(i));
            totalWeight += weights[i];
            double t = lg.get(i * v + targets[i]);
            boolean best = true;
            for (int j = 0; j < v && best; j++) {
                best = j == targets[i] || lg.get(i * v + j) < t;
            }
            correct += best ? weights[i] : 0;
        }
        if (totalWeight == 0) {
            throw new IllegalArgumentException("batch has no target token with non-zero weight");
        }
        double divisor = Double.isNaN(normalizer) ? totalWeight : normalizer;
        if (!(divisor > 0)) {
            throw new IllegalArgumentException("normalizer must be positive: " + normalizer);
        }
        if (!backward) {
            return new Result(loss / divisor, totalWeight, correct, null);
        }
        INDArray dLogits = logp; // p = exp(log p), then subtract the smoothed targets
        org.nd4j.linalg.ops.transforms.Transforms.exp(dLogits, false);
        dLogits.subi(smoothing / v);
        Kernels.Buf d = Kernels.buf(dLogits);
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            d.add(i * v + targets[i], -(1 - smoothing));
            scale[i] = weights[i] / divisor;
        }
        INDArray rowScale = arena.alloc(n, 1);
        Kernels.fill(rowScale, scale);
        dLogits.muliColumnVector(rowScale);
        Kernels.gemm(dLogits, hidden, table.grad(), true, false, 1.0);
        INDArray dHidden = arena.alloc(n, hidden.size(1));
        Kernels.gemm(dLogits, table.value(), dHidden, false, false, 0.0);
        return new Result(loss / divisor, totalWeight, correct, dHidden);
    }
}
