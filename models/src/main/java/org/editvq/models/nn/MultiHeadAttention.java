package org.editvq.models.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Scaled dot-product multi-head attention with hand-derived backward.
 *
 * <p>Shapes (B batch, Tq query and Tk key positions, H heads, dh = d/H):
 * queries xq [B·Tq, d], keys/values xkv [B·Tk, d]; per-head Q [B·H, Tq, dh], K and V
 * [B·H, Tk, dh]; scores and probabilities P [B·H, Tq, Tk]; output [B·Tq, d].
 * Masks are additive: a key bias [B, Tk] (0 for real tokens, −1e9 for padding) and an
 * optional pair bias [Tq, Tk] (the causal mask).
 */
public final class MultiHeadAttention {
    private final Linear q;
    private final Linear k;
    private final Linear v;
    private final Linear o;
    private final int heads;
    private final int dModel;

    /** Everything backward needs. */
    public record Saved(INDArray xq, INDArray xkv, INDArray qh, INDArray kh, INDArray vh, INDArray p,
                        INDArray oh, INDArray merged, int batch, int tq, int tk, INDArray out) {
    }

    /** Input gradients; {@code dxkv} is null when the caller passed the same array for both. */
    public record Grads(INDArray dxq, INDArray dxkv) {
    }

    /** Registers {@code name.{q,k,v,o}.{w,b}}. */
    public MultiHeadAttention(ParamSet params, String name, int dModel, int heads) {
        if (dModel % heads != 0) {
            throw new IllegalArgumentException("d_model " + dModel + " is not divisible by heads " + heads);
        }
        this.dModel = dModel;
        this.heads = heads;
        this.q = new Linear(params, name + ".q", dModel, dModel, true);
        this.k = new Linear(params, name + ".k", dModel, dModel, true);
        this.v = new Linear(params, name + ".v", dModel, dModel, true);
        this.o = new Linear(params, name + ".o", dModel, dModel, true);
    }

    /** Number of heads. */
    public int heads() {
        return heads;
    }

    /**
     * Attention of xq over xkv.
     *
     * @param keyBias  [B, Tk] additive key mask, or null
     * @param pairBias [Tq, Tk] additive mask shared by the batch (causal), or null
     */
    public Saved forward(Arena arena, INDArray xq, INDArray xkv, int batch, int tq, int tk,
                         INDArray keyBias, INDArray pairBias) {
        int dh = dModel / heads;
        INDArray qFlat = q.forward(arena, xq);
        INDArray kFlat = k.forward(arena, xkv);
        INDArray vFlat = v.forward(arena, xkv);
        INDArray qh = arena.alloc((long) batch * heads, tq, dh);
        INDArray kh = arena.alloc((long) batch * heads, tk, dh);
        INDArray vh = arena.alloc((long) batch * heads, tk, dh);
        Kernels.splitHeads(qFlat, qh, batch, tq, heads);
        Kernels.splitHeads(kFlat, kh, batch, tk, heads);
        Kernels.splitHeads(vFlat, vh, batch, tk, heads);
        INDArray scores = arena.alloc((long) batch * heads, tq, tk);
        Kernels.bmm(qh, kh, scores, false, true);
        scores.muli(1.0 / Math.sqrt(dh));
        if (keyBias != null) {
            Kernels.addKeyBias(scores.reshape(batch, (long) heads * tq, tk), keyBias);
        }
        if (pairBias != null) {
            Kernels.addPairBias(scores, pairBias);
        }
        // Backward needs only the probabilities, so the softmax overwrites the scores.
        INDArray p = scores;
        INDArray rows2d = scores.reshape((long) batch * heads * tq, tk);
        Kernels.softmax(rows2d, rows2d);
        INDArray oh = arena.alloc((long) batch * heads, tq, dh);
        Kernels.bmm(p, vh, oh, false, false);
        INDArray merged = arena.alloc((long) batch * tq, dModel);
        Kernels.mergeHeads(oh, merged, batch, tq, heads);
        INDArray out = o.forward(arena, merged);
        return new Saved(xq, xkv, qh, kh, vh, p, oh, merged, batch, tq, tk, out);
    }

    /**
     * Backward of {@link #forward}; accumulates parameter gradients.
     *
     * @param selfAttention whether xq and xkv were the same array (then dxq holds the sum)
     */
    public Grads backward(Arena arena, Saved s, INDArray dOut, boolean selfAttention) {
        int dh = dModel / heads;
        long bh = (long) s.batch() * heads;
        INDArray dMerged = o.backward(arena, s.merged(), dOut);
        INDArray dOh = arena.alloc(bh, s.tq(), dh);
        Kernels.splitHeads(dMerged, dOh, s.batch(), s.tq(), heads);
        INDArray dP = arena.alloc(bh, s.tq(), s.tk());
        Kernels.bmm(dOh, s.vh(), dP, false, true);
        INDArray dVh = arena.alloc(bh, s.tk(), dh);
        Kernels.bmm(s.p(), dOh, dVh, true, false);
        long rows = bh * s.tq();
        // Softmax backward dS = P ⊙ (dP − Σ_k dP⊙P); the row sums equal dO·O per head
        // (Σ_k dP[r,k] P[r,k] = Σ_k P[r,k] (dO[r]·V[k]) = dO[r]·O[r]), a dot over dh instead of Tk.
        INDArray rowSums = arena.alloc(rows, 1);
        INDArray dOtimesO = arena.alloc(rows, dh);
        Kernels.mul(dOh.reshape(rows, dh), s.oh().reshape(rows, dh), dOtimesO);
        dOtimesO.sum(rowSums.reshape(rows), 1);
        INDArray dP2 = dP.reshape(rows, s.tk());
        dP2.subiColumnVector(rowSums);
        dP2.muli(s.p().reshape(rows, s.tk()));
        dP.muli(1.0 / Math.sqrt(dh));
        INDArray dQh = arena.alloc(bh, s.tq(), dh);
        Kernels.bmm(dP, s.kh(), dQh, false, false);
        INDArray dKh = arena.alloc(bh, s.tk(), dh);
        Kernels.bmm(dP, s.qh(), dKh, true, false);
        INDArray dQ = arena.alloc((long) s.batch() * s.tq(), dModel);
        INDArray dK = arena.alloc((long) s.batch() * s.tk(), dModel);
        INDArray dV = arena.alloc((long) s.batch() * s.tk(), dModel);
        Kernels.mergeHeads(dQh, dQ, s.batch(), s.tq(), heads);
        Kernels.mergeHeads(dKh, dK, s.batch(), s.tk(), heads);
        Kernels.mergeHeads(dVh, dV, s.batch(), s.tk(), heads);
        INDArray dxq = arena.alloc(s.xq().shape());
        q.backwardInto(arena, s.xq(), dQ, dxq, 0.0);
        if (selfAttention) {
            k.backwardInto(arena, s.xkv(), dK, dxq, 1.0);
            v.backwardInto(arena, s.xkv(), dV, dxq, 1.0);
            return new Grads(dxq, null);
        }
        INDArray dxkv = arena.alloc(s.xkv().shape());
        k.backwardInto(arena, s.xkv(), dK, dxkv, 0.0);
        v.backwardInto(arena, s.xkv(), dV, dxkv, 1.0);
        return new Grads(dxq, dxkv);
    }

    /** An empty self-attention cache for n sequences of up to {@code capacity} positions. */
    public KvCache newSelfCache(DataType type, int n, int capacity) {
        return KvCache.empty(type, n * heads, capacity, dModel / heads);
    }

    /** An empty cross-attention cache for n sequences over memories of S positions (all real). */
    public KvCache newCrossCache(DataType type, int n, int memoryTime) {
        int dh = dModel / heads;
        INDArray kh = org.nd4j.linalg.factory.Nd4j.create(type, (long) n * heads, memoryTime, dh);
        INDArray vh = org.nd4j.linalg.factory.Nd4j.create(type, (long) n * heads, memoryTime, dh);
        return new KvCache(kh, vh, memoryTime, memoryTime);
    }

    /**
     * Projects the memory [c·S, d] of sequences {@code first … first+c−1} into their rows of a
     * cross-attention cache.
     */
    public void fillCrossCache(Arena arena, KvCache cache, INDArray memory, int first, int count) {
        int memoryTime = cache.capacity();
        long from = (long) first * heads;
        long to = (long) (first + count) * heads;
        INDArray kRows = cache.keys().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all());
        INDArray vRows = cache.values().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all());
        Kernels.splitHeads(k.forward(arena, memory), kRows, count, memoryTime, heads);
        Kernels.splitHeads(v.forward(arena, memory), vRows, count, memoryTime, heads);
    }

    /**
     * One decoding position: x [n, d] attends over the cache (after appending its own key and
     * value when {@code append}); returns [n, d].
     */
    public INDArray step(Arena arena, INDArray x, KvCache cache, boolean append) {
        int n = (int) x.size(0);
        int dh = dModel / heads;
        long rows = (long) n * heads;
        INDArray qh = q.forward(arena, x).reshape(rows, 1, dh);
        if (append) {
            cache.append(k.forward(arena, x), v.forward(arena, x));
        }
        int cap = cache.capacity();
        INDArray scores = arena.alloc(rows, 1, cap);
        Kernels.bmm(qh, cache.keys(), scores, false, true);
        INDArray s2 = scores.reshape(rows, cap);
        s2.muli(1.0 / Math.sqrt(dh));
        s2.addiRowVector(cache.bias());
        INDArray p = arena.alloc(rows, 1, cap);
        Kernels.softmax(s2, p.reshape(rows, cap));
        INDArray oh = arena.alloc(rows, 1, dh);
        Kernels.bmm(p, cache.values(), oh, false, false);
        return o.forward(arena, oh.reshape(n, dModel));
    }
}
