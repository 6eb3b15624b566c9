package org.editvq.models.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.SplittableRandom;

/**
 * Token embedding (shared by every encoder and decoder of a model and tied to the output
 * projection) plus sinusoidal positional encoding, plus an optional per-sequence latent:
 * {@code e(x)·√d + PE + z}. Shapes: ids [B·T], table [V, d], latent [B, d], output [B·T, d].
 */
public final class Embedder {
    private final Param table;
    private final int dModel;
    private final INDArray positions;
    private final Dropout dropout;

    /** Registers {@code name} as a [vocab, d] table with N(0, d^-1/2) values. */
    public Embedder(ParamSet params, String name, int vocabSize, int dModel, int maxLength, double dropoutRate) {
        this.table = params.normal(name, Math.pow(dModel, -0.5), vocabSize, dModel);
        this.dModel = dModel;
        this.positions = sinusoids(maxLength, dModel, params.dataType());
        this.dropout = new Dropout(dropoutRate);
    }

    /** The [V, d] token table. */
    public Param table() {
        return table;
    }

    /** Model width d. */
    public int dModel() {
        return dModel;
    }

    /** Longest sequence the positional table covers. */
    public int maxLength() {
        return (int) positions.size(0);
    }

    /** Sinusoidal encodings [maxLength, d]: sin on even, cos on odd dimensions. */
    static INDArray sinusoids(int maxLength, int d, DataType type) {
        double[] pe = new double[maxLength * d];
        for (int pos = 0; pos < maxLength; pos++) {
            for (int i = 0; i < d; i += 2) {
                double angle = pos / Math.pow(10000, (double) i / d);
                pe[pos * d + i] = Math.sin(angle);
                if (i + 1 < d) {
                    pe[pos * d + i + 1] = Math.cos(angle);
                }
            }
        }
        return Nd4j.create(pe, new long[]{maxLength, d}, DataType.DOUBLE).castTo(type);
    }

    /** What backward needs. */
    public record Saved(int[] ids, INDArray mask, boolean withLatent, int batch, int time, INDArray out) {
    }

    /**
     * Embeds a batch; {@code latent} [B, d] (or null) is added at every position.
     */
    public Saved forward(Arena arena, TokenBatch tokens, INDArray latent, SplittableRandom random) {
        return forward(arena, tokens.ids(), tokens.batch(), tokens.time(), 0, latent, random);
    }

    /** Embeds ids [B·T] whose first position is {@code offset} (incremental decoding). */
    public Saved forward(Arena arena, int[] ids, int batch, int time, int offset, INDArray latent,
                         SplittableRandom random) {
        if (offset + time > positions.size(0)) {
            throw new IllegalArgumentException("sequence of " + (offset + time)
                    + " tokens exceeds the model's maximum length " + positions.size(0));
        }
        INDArray out = arena.alloc((long) batch * time, dModel);
        Kernels.gatherRows(table.value(), ids, Math.sqrt(dModel), out);
        INDArray pe = arena.copyOf(positions.get(NDArrayIndex.interval(offset, offset + time), NDArrayIndex.all()));
        INDArray out3 = out.reshape(batch, time, dModel);
        Kernels.addPairBias(out3, pe);
        if (latent != null) {
            Kernels.addPerBatch(out3, latent);
        }
        INDArray mask = dropout.applyInPlace(arena, out, random);
        return new Saved(ids, mask, latent != null, batch, time, out);
    }

    /** Accumulates the table gradient; returns dLatent [B, d] (null without latent). */
    public INDArray backward(Arena arena, Saved s, INDArray dOut) {
        INDArray d = arena.copyOf(dOut);
        Dropout.backwardInPlace(s.mask(), d);
        Kernels.scatterAddRows(table.grad(), s.ids(), Math.sqrt(dModel), d);
        if (!s.withLatent()) {
            return null;
        }
        INDArray dLatent = arena.alloc(s.batch(), dModel);
        d.reshape(s.batch(), s.time(), dModel).sum(dLatent, 1);
        return dLatent;
    }
}
