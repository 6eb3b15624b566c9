package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stack of pre-LN encoder layers followed by a final layer norm. Shapes: [B·T, d] in and out.
 */
public final class EncoderStack {
    private final List<EncoderLayer> layers = new ArrayList<>();
    private final LayerNorm finalNorm;

    /** What backward needs. */
    public record Saved(List<EncoderLayer.Saved> layers, LayerNorm.Saved norm, INDArray out) {
    }

    /** Registers {@code name.<i>.*} and {@code name.ln}. */
    public EncoderStack(ParamSet params, String name, int count, int dModel, int heads, int dFf, double dropout) {
        for (int i = 0; i < count; i++) {
            layers.add(new EncoderLayer(params, name + "." + i, dModel, heads, dFf, dropout));
        }
        this.finalNorm = new LayerNorm(params, name + ".ln", dModel);
    }

    /** Encodes x [B·T, d] under the key bias [B, T]. */
    public Saved forward(Arena arena, INDArray x, int batch, int time, INDArray keyBias, SplittableRandom random) {
        List<EncoderLayer.Saved> saved = new ArrayList<>(layers.size());
        INDArray h = x;
        for (EncoderLayer layer : layers) {
            EncoderLayer.Saved s = layer.forward(arena, h, batch, time, keyBias, random);
            saved.add(s);
            h = s.y();
        }
        LayerNorm.Saved n = finalNorm.forward(arena, h);
        return new Saved(saved, n, n.y());
    }

    /** Backward; returns dx. */
    public INDArray backward(Arena arena, Saved s, INDArray dOut) {
        INDArray d = finalNorm.backward(arena, s.norm(), dOut);
        for (int i = layers.size() - 1; i >= 0; i--) {
            d = layers.get(i).backward(arena, s.layers().get(i), d);
        }
        return d;
    }
}
