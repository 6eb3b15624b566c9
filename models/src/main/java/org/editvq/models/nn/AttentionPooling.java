package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Multi-head attention pooling against a learned query vector: one d-vector per sequence.
 *
 * <p>K = x·Wk, V = x·Wv [B·T, d]; per head h, s[b,h,t] = ⟨K[b,t,h], q_h⟩/√dh (−1e9 on padding),
 * p = softmax_t(s), pooled[b,h] = Σ_t p[b,h,t]·V[b,t,h]; output = pooled·Wo [B, d].
 */
public final class AttentionPooling {
    private final Param query;
    private final Linear k;
    private final Linear v;
    private final Linear o;
    private final int heads;
    private final int dModel;

    /** What backward needs. */
    public record Saved(INDArray x, INDArray keys, INDArray values, double[] probs, INDArray pooled, int batch,
                        int time, INDArray out) {
    }

    /** Registers {@code name.query}, {@code name.{k,v,o}.*}. */
    public AttentionPooling(ParamSet params, String name, int dModel, int heads) {
        this.dModel = dModel;
        this.heads = heads;
        this.query = params.normal(name + ".query", Math.pow(dModel, -0.5), dModel);
        this.k = new Linear(params, name + ".k", dModel, dModel, true);
        this.v = new Linear(params, name + ".v", dModel, dModel, true);
        this.o = new Linear(params, name + ".o", dModel, dModel, true);
    }

    /** Pools x [B·T, d] (lengths from {@code tokens}) into [B, d]. */
    public Saved forward(Arena arena, INDArray x, TokenBatch tokens) {
        int batch = tokens.batch();
        int time = tokens.time();
        int dh = dModel / heads;
        INDArray keys = k.forward(arena, x);
        INDArray values = v.forward(arena, x);
        Kernels.Buf kb = Kernels.buf(keys);
        Kernels.Buf vb = Kernels.buf(values);
        double[] q = Kernels.toArray(query.value());
        double[] probs = new double[batch * heads * time];
        double[] pooled = new double[batch * dModel];
        double scale = 1.0 / Math.sqrt(dh);
        for (int b = 0; b < batch; b++) {
            int len = tokens.lengths()[b];
            for (int h = 0; h < heads; h++) {
                int base = (b * heads + h) * time;
                double max = Double.NEGATIVE_INFINITY;
                for (int t = 0; t < len; t++) {
                    int row = (b * time + t) * dModel + h * dh;
                    double s = 0;
                    for (int j = 0; j < dh; j++) {
                        s += kb.get(row + j) * q[h * dh + j];
                    }
                    s *= scale;
                    probs[base + t] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int t = 0; t < len; t++) {
                    probs[base + t] = Math.exp(probs[base + t] - max);
                    sum += probs[base + t];
                }
                for (int t = 0; t < len; t++) {
                    probs[base + t] /= sum;
                    double p = probs[base + t];
                    int row = (b * time + t) * dModel + h * dh;
                    for (int j = 0; j < dh; j++) {
                        pooled[b * dModel + h * dh + j] += p * vb.get(row + j);
                    }
                }
            }
        }
        INDArray pooledArr = arena.alloc(batch, dModel);
        Kernels.fill(pooledArr, pooled);
        return new Saved(x, keys, values, probs, pooledArr, batch, time, o.forward(arena, pooledArr));
    }

    /** Backward for sequences of the given lengths; returns dx [B·T, d]. */
    public INDArray backward(Arena arena, Saved s, INDArray dOut, int[] lengths) {
        int dh = dModel / heads;
        int time = s.time();
        double[] dPooled = Kernels.toArray(o.backward(arena, s.pooled(), dOut));
        Kernels.Buf kb = Kernels.buf(s.keys());
        Kernels.Buf vb = Kernels.buf(s.values());
        double[] q = Kernels.toArray(query.value());
        double[] dq = new double[dModel];
        double[] dKeys = new double[s.batch() * time * dModel];
        double[] dValues = new double[s.batch() * time * dModel];
        double scale = 1.0 / Math.sqrt(dh);
        double[] dp = new double[time];
        for (int b = 0; b < s.batch(); b++) {
            int len = lengths[b];
            for (int h = 0; h < heads; h++) {
                int base = (b * heads + h) * time;
                double dot = 0;
                for (int t = 0; t < len; t++) {
                    int row = (b * time + t) * dModel + h * dh;
                    double g = 0;
                    double p = s.probs()[base + t];
                    for (int j = 0; j < dh; j++) {
                        double dpj = dPooled[b * dModel + h * dh + j];
                        g += dpj * vb.get(row + j);
                        dValues[row + j] = p * dpj;
                    }
                    dp[t] = g;
                    dot += p * g;
                }
                for (int t = 0; t < len; t++) {
                    double ds = s.probs()[base + t] * (dp[t] - dot) * scale;
                    int row = (b * time + t) * dModel + h * dh;
                    for (int j = 0; j < dh; j++) {
                        dKeys[row + j] = ds * q[h * dh + j];
                        dq[h * dh + j] += ds * kb.get(row + j);
                    }
                }
            }
        }
        INDArray dqArr = arena.alloc(dModel);
        Kernels.fill(dqArr, dq);
        query.grad().addi(dqArr);
        INDArray dK = arena.alloc(s.keys().shape());
        Kernels.fill(dK, dKeys);
        INDArray dV = arena.alloc(s.values().shape());
        Kernels.fill(dV, dValues);
        INDArray dx = arena.alloc(s.x().shape());
        k.backwardInto(arena, s.x(), dK, dx, 0.0);
        v.backwardInto(arena, s.x(), dV, dx, 1.0);
        return dx;
    }
}
