package org.editvq.models.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.SplittableRandom;

/**
 * Pre-LN transformer decoder layer: causal self-attention, cross-attention over the encoder
 * memory, feed-forward, each as {@code x + drop(sublayer(LN(x)))}.
 * Shapes: x, y [B·T, d]; memory [B·S, d]; memory key bias [B, S]; causal bias [T, T].
 */
public final class DecoderLayer {
    private final LayerNorm norm1;
    private final MultiHeadAttention selfAttention;
    private final LayerNorm norm2;
    private final MultiHeadAttention crossAttention;
    private final LayerNorm norm3;
    private final FeedForward feedForward;
    private final Dropout dropout;

    /** What backward needs. */
    public record Saved(LayerNorm.Saved n1, MultiHeadAttention.Saved self, INDArray mask1, LayerNorm.Saved n2,
                        MultiHeadAttention.Saved cross, INDArray mask2, LayerNorm.Saved n3,
                        FeedForward.Saved ff, INDArray mask3, INDArray y) {
    }

    /** Registers the layer's parameters under {@code name}. */
    public DecoderLayer(ParamSet params, String name, int dModel, int heads, int dFf, double dropoutRate) {
        this.norm1 = new LayerNorm(params, name + ".ln1", dModel);
        this.selfAttention = new MultiHeadAttention(params, name + ".self", dModel, heads);
        this.norm2 = new LayerNorm(params, name + ".ln2", dModel);
        this.crossAttention = new MultiHeadAttention(params, name + ".cross", dModel, heads);
        this.norm3 = new LayerNorm(params, name + ".ln3", dModel);
        this.feedForward = new FeedForward(params, name + ".ff", dModel, dFf);
        this.dropout = new Dropout(dropoutRate);
    }

    /** Forward pass; a null generator disables dropout. */
    public Saved forward(Arena arena, INDArray x, int batch, int time, INDArray causalBias, INDArray memory,
                         int memoryTime, INDArray memoryKeyBias, SplittableRandom random) {
        LayerNorm.Saved n1 = norm1.forward(arena, x);
        MultiHeadAttention.Saved self = selfAttention.forward(arena, n1.y(), n1.y(), batch, time, time, null, causalBias);
        INDArray mask1 = dropout.applyInPlace(arena, self.out(), random);
        INDArray h1 = self.out().addi(x);
        LayerNorm.Saved n2 = norm2.forward(arena, h1);
        MultiHeadAttention.Saved cross = crossAttention.forward(arena, n2.y(), memory, batch, time, memoryTime,
                memoryKeyBias, null);
        INDArray mask2 = dropout.applyInPlace(arena, cross.out(), random);
        INDArray h2 = cross.out().addi(h1);
        LayerNorm.Saved n3 = norm3.forward(arena, h2);
        FeedForward.Saved ff = feedForward.forward(arena, n3.y());
        INDArray mask3 = dropout.applyInPlace(arena, ff.y(), random);
        INDArray y = ff.y().addi(h2);
        return new Saved(n1, self, mask1, n2, cross, mask2, n3, ff, mask3, y);
    }

    /** Backward pass; returns dx and adds the memory gradient into {@code dMemory}. */
    public INDArray backward(Arena arena, Saved s, INDArray dy, INDArray dMemory) {
        INDArray dFf = arena.copyOf(dy);
        Dropout.backwardInPlace(s.mask3(), dFf);
        INDArray dh2 = norm3.backward(arena, s.n3(), feedForward.backward(arena, s.ff(), dFf)).addi(dy);
        INDArray dCross = arena.copyOf(dh2);
        Dropout.backwardInPlace(s.mask2(), dCross);
        MultiHeadAttention.Grads cg = crossAttention.backward(arena, s.cross(), dCross, false);
        dMemory.addi(cg.dxkv());
        INDArray dh1 = norm2.backward(arena, s.n2(), cg.dxq()).addi(dh2);
        INDArray dSelf = arena.copyOf(dh1);
        Dropout.backwardInPlace(s.mask1(), dSelf);
        INDArray dN1 = selfAttention.backward(arena, s.self(), dSelf, true).dxq();
        return norm1.backward(arena, s.n1(), dN1).addi(dh1);
    }

    /** Caches of this layer for incremental decoding. */
    public record StepCaches(KvCache self, KvCache cross) implements AutoCloseable {
        @Override
        public void close() {
            self.close();
            cross.close();
        }
    }

    /** Creates this layer's empty caches for n sequences over memories of S positions. */
    public StepCaches newCaches(DataType type, int n, int memoryTime, int capacity) {
        return new StepCaches(selfAttention.newSelfCache(type, n, capacity),
                crossAttention.newCrossCache(type, n, memoryTime));
    }

    /**
     * Beam search: sequence i of the self-attention cache continues sequence {@code parents[i]}'s prefix (the
     * cross-attention caches are not touched: beams of one source and latent share their memory).
     */
    public void reorderSelfCache(StepCaches caches, int[] parents) {
        caches.self().reorder(parents, selfAttention.heads());
    }

    /** Fills the cross-attention cache rows of sequences {@code first …} from their memory [c·S, d]. */
    public void fillCrossCache(Arena arena, StepCaches caches, INDArray memory, int first, int count) {
        crossAttention.fillCrossCache(arena, caches.cross(), memory, first, count);
    }

    /** One decoding position x [n, d] → [n, d] (inference: no dropout). */
    public INDArray step(Arena arena, INDArray x, StepCaches caches) {
        INDArray h1 = selfAttention.step(arena, norm1.forward(arena, x).y(), caches.self(), true).addi(x);
        INDArray h2 = crossAttention.step(arena, norm2.forward(arena, h1).y(), caches.cross(), false).addi(h1);
        return feedForward.forward(arena, norm3.forward(arena, h2).y()).y().addi(h2);
    }
}
