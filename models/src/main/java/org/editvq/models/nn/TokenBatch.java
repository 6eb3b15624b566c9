package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.List;

/**
 * A padded batch of token-id sequences.
 *
 * @param batch   B
 * @param time    T (the longest sequence)
 * @param ids     [B·T] row-major ids, padding positions hold {@link #PAD}
 * @param lengths [B] real lengths (≥ 1)
 */
public record TokenBatch(int batch, int time, int[] ids, int[] lengths) {
    /** Id of the padding token in every vocabulary. */
    public static final int PAD = 0;
    /** Additive mask value for masked attention logits. */
    public static final double MASKED = -1e9;

    public TokenBatch {
        if (batch <= 0 || time <= 0) {
            throw new IllegalArgumentException("empty batch: " + batch + "x" + time);
        }
        if (ids.length != batch * time || lengths.length != batch) {
            throw new IllegalArgumentException("ids/lengths do not match " + batch + "x" + time);
        }
        for (int len : lengths) {
            if (len < 1 || len > time) {
                throw new IllegalArgumentException("length " + len + " outside [1, " + time + "]");
            }
        }
    }

    /** Pads the sequences (each non-empty) to the longest one. */
    public static TokenBatch of(List<int[]> sequences) {
        int b = sequences.size();
        int t = sequences.stream().mapToInt(s -> s.length).max().orElse(0);
        int[] ids = new int[b * t];
        int[] lengths = new int[b];
        for (int i = 0; i < b; i++) {
            int[] s = sequences.get(i);
            System.arraycopy(s, 0, ids, i * t, s.length);
            lengths[i] = s.length;
        }
        return new TokenBatch(b, t, ids, lengths);
    }

    /** Number of real (non-padding) tokens. */
    public int tokenCount() {
        return Arrays.stream(lengths).sum();
    }

    /** Additive key mask [B, T]: 0 on real tokens, {@link #MASKED} on padding. */
    public INDArray keyBias(Arena arena) {
        double[] bias = new double[batch * time];
        for (int b = 0; b < batch; b++) {
            Arrays.fill(bias, b * time + lengths[b], (b + 1) * time, MASKED);
        }
        INDArray out = arena.alloc(batch, time);
        Kernels.fill(out, bias);
        return out;
    }

    /** Weights [B·T]: 1 on real tokens, 0 on padding. */
    public double[] tokenWeights() {
        double[] w = new double[batch * time];
        for (int b = 0; b < batch; b++) {
            Arrays.fill(w, b * time, b * time + lengths[b], 1.0);
        }
        return w;
    }

    /** Causal additive mask [T, T]: {@link #MASKED} above the diagonal. */
    public static INDArray causalBias(Arena arena, int time) {
        double[] bias = new double[time * time];
        for (int q = 0; q < time; q++) {
            Arrays.fill(bias, q * time + q + 1, (q + 1) * time, MASKED);
        }
        INDArray out = arena.alloc(time, time);
        Kernels.fill(out, bias);
        return out;
    }
}
