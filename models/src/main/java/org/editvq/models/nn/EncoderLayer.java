package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.SplittableRandom;

/**
 * Pre-LN transformer encoder layer:
 * {@code h = x + drop(selfAttn(LN1(x)))}, {@code y = h + drop(ffn(LN2(h)))}.
 * Shapes: x, h, y [B·T, d]; key bias [B, T].
 */
public final class EncoderLayer {
    private final LayerNorm norm1;
    private final MultiHeadAttention attention;
    private final LayerNorm norm2;
    private final FeedForward feedForward;
    private final Dropout dropout;

    /** What backward needs. */
    public record Saved(LayerNorm.Saved n1, MultiHeadAttention.Saved att, INDArray mask1, LayerNorm.Saved n2,
                        FeedForward.Saved ff, INDArray mask2, INDArray y) {
    }

    /** Registers the layer's parameters under {@code name}. */
    public EncoderLayer(ParamSet params, String name, int dModel, int heads, int dFf, double dropoutRate) {
        this.norm1 = new LayerNorm(params, name + ".ln1", dModel);
        this.attention = new MultiHeadAttention(params, name + ".att", dModel, heads);
        this.norm2 = new LayerNorm(params, name + ".ln2", dModel);
        this.feedForward = new FeedForward(params, name + ".ff", dModel, dFf);
        this.dropout = new Dropout(dropoutRate);
    }

    /** Forward pass; a null generator disables dropout. */
    public Saved forward(Arena arena, INDArray x, int batch, int time, INDArray keyBias, SplittableRandom random) {
        LayerNorm.Saved n1 = norm1.forward(arena, x);
        MultiHeadAttention.Saved att = attention.forward(arena, n1.y(), n1.y(), batch, time, time, keyBias, null);
        INDArray mask1 = dropout.applyInPlace(arena, att.out(), random);
        INDArray h = att.out().addi(x);
        LayerNorm.Saved n2 = norm2.forward(arena, h);
        FeedForward.Saved ff = feedForward.forward(arena, n2.y());
        INDArray mask2 = dropout.applyInPlace(arena, ff.y(), random);
        INDArray y = ff.y().addi(h);
        return new Saved(n1, att, mask1, n2, ff, mask2, y);
    }

    /** Backward pass; returns dx. {@code dy} is left unchanged. */
    public INDArray backward(Arena arena, Saved s, INDArray dy) {
        INDArray dFf = arena.copyOf(dy);
        Dropout.backwardInPlace(s.mask2(), dFf);
        INDArray dN2 = feedForward.backward(arena, s.ff(), dFf);
        INDArray dh = norm2.backward(arena, s.n2(), dN2).addi(dy);
        INDArray dAtt = arena.copyOf(dh);
        Dropout.backwardInPlace(s.mask1(), dAtt);
        INDArray dN1 = attention.backward(arena, s.att(), dAtt, true).dxq();
        return norm1.backward(arena, s.n1(), dN1).addi(dh);
    }
}
