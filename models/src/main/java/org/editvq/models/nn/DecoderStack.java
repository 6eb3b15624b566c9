package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stack of pre-LN decoder layers followed by a final layer norm.
 * Shapes: x [B·T, d], memory [B·S, d], output [B·T, d].
 */
public final class DecoderStack {
    private final List<DecoderLayer> layers = new ArrayList<>();
    private final LayerNorm finalNorm;

    /** What backward needs. */
    public record Saved(List<DecoderLayer.Saved> layers, LayerNorm.Saved norm, INDArray out) {
    }

    /** Registers {@code name.<i>.*} and {@code name.ln}. */
    public DecoderStack(ParamSet params, String name, int count, int dModel, int heads, int dFf, double dropout) {
        for (int i = 0; i < count; i++) {
            layers.add(new DecoderLayer(params, name + "." + i, dModel, heads, dFf, dropout));
        }
        this.finalNorm = new LayerNorm(params, name + ".ln", dModel);
    }

    /** Decodes x with causal self-attention and cross-attention over memory. */
    public Saved forward(Arena arena, INDArray x, int batch, int time, INDArray memory, int memoryTime,
                         INDArray memoryKeyBias, SplittableRandom random) {
        INDArray causal = TokenBatch.causalBias(arena, time);
        List<DecoderLayer.Saved> saved = new ArrayList<>(layers.size());
        INDArray h = x;
        for (DecoderLayer layer : layers) {
            DecoderLayer.Saved s = layer.forward(arena, h, batch, time, causal, memory, memoryTime, memoryKeyBias, random);
            saved.add(s);
            h = s.y();
        }
        LayerNorm.Saved n = finalNorm.forward(arena, h);
        return new Saved(saved, n, n.y());
    }

    /** Backward; returns dx and adds the memory gradient into {@code dMemory}. */
    public INDArray backward(Arena arena, Saved s, INDArray dOut, INDArray dMemory) {
        INDArray d = finalNorm.backward(arena, s.norm(), dOut);
        for (int i = layers.size() - 1; i >= 0; i--) {
            d = layers.get(i).backward(arena, s.layers().get(i), d, dMemory);
        }
        return d;
    }

    /** Creates every layer's empty caches for n sequences over memories of S positions. */
    public List<DecoderLayer.StepCaches> newCaches(org.nd4j.linalg.api.buffer.DataType type, int n, int memoryTime,
                                                   int capacity) {
        List<DecoderLayer.StepCaches> caches = new ArrayList<>();
        for (DecoderLayer layer : layers) {
            caches.add(layer.newCaches(type, n, memoryTime, capacity));
        }
        return caches;
    }

    /** Fills every layer's cross-attention rows of sequences {@code first …} from their memory [c·S, d]. */
    public void fillCrossCaches(Arena arena, List<DecoderLayer.StepCaches> caches, INDArray memory, int first,
                                int count) {
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).fillCrossCache(arena, caches.get(i), memory, first, count);
        }
    }

    /** Beam search: sequence i of every self-attention cache continues sequence {@code parents[i]}'s prefix. */
    public void reorderSelfCaches(List<DecoderLayer.StepCaches> caches, int[] parents) {
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).reorderSelfCache(caches.get(i), parents);
        }
    }

    /** One decoding position through all layers and the final norm: [n, d] → [n, d]. */
    public INDArray step(Arena arena, INDArray x, List<DecoderLayer.StepCaches> caches) {
        INDArray h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).step(arena, h, caches.get(i));
        }
        return finalNorm.forward(arena, h).y();
    }
}
