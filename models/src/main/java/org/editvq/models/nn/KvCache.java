package org.editvq.models.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keys and values of one attention layer kept across decoding steps.
 *
 * <p>Shapes: keys, values [n·H, capacity, dh] (head-major, as in training); the additive bias
 * row [capacity] is 0 on filled positions and −1e9 on the rest, so every step attends over
 * the whole buffer with a plain row broadcast instead of slicing strided views. For
 * cross-attention the buffers hold the projected encoder memory and {@link #length()} is its
 * length from the start.
 */
public final class KvCache implements AutoCloseable {
    private final INDArray keys;
    private final INDArray values;
    private final INDArray bias;
    private final int capacity;
    private int length;

    KvCache(INDArray keys, INDArray values, int capacity, int length) {
        this.keys = keys;
        this.values = values;
        this.capacity = capacity;
        this.length = length;
        double[] b = new double[capacity];
        for (int i = length; i < capacity; i++) {
            b[i] = TokenBatch.MASKED;
        }
        this.bias = Nd4j.create(b, new long[]{capacity}, DataType.DOUBLE).castTo(keys.dataType());
    }

    /** An empty self-attention cache for n sequences. */
    static KvCache empty(DataType type, int rows, int capacity, int headDim) {
        return new KvCache(Nd4j.create(type, rows, capacity, headDim), Nd4j.create(type, rows, capacity, headDim),
                capacity, 0);
    }

    INDArray keys() {
        return keys;
    }

    INDArray values() {
        return values;
    }

    INDArray bias() {
        return bias;
    }

    /** Filled positions. */
    public int length() {
        return length;
    }

    /** Positions available. */
    public int capacity() {
        return capacity;
    }

    /** Writes k, v [n·H, dh] at the next position and unmasks it. */
    void append(INDArray k, INDArray v) {
        if (length >= capacity) {
            throw new IllegalStateException("key/value cache full at " + capacity + " positions");
        }
        long rows = keys.size(0);
        keys.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(length),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).assign(k.reshape(rows, keys.size(2)));
        values.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(length),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).assign(v.reshape(rows, values.size(2)));
        bias.putScalar(length, 0.0);
        length++;
    }

    /**
     * Beam search: sequence i continues sequence {@code parents[i]}'s prefix. Copies the filled positions of
     * each sequence's {@code rowsPerSequence} rows (its heads) from its parent's; sequences that are their
     * own parent are not touched.
     */
    void reorder(int[] parents, int rowsPerSequence) {
        if (length == 0) {
            return;
        }
        org.nd4j.linalg.indexing.INDArrayIndex filled = org.nd4j.linalg.indexing.NDArrayIndex.interval(0, length);
        org.nd4j.linalg.indexing.INDArrayIndex all = org.nd4j.linalg.indexing.NDArrayIndex.all();
        java.util.Map<Integer, INDArray[]> sources = new java.util.HashMap<>();
        for (int i = 0; i < parents.length; i++) {
            int p = parents[i];
            if (p != i && !sources.containsKey(p)) {
                org.nd4j.linalg.indexing.INDArrayIndex rows = org.nd4j.linalg.indexing.NDArrayIndex.interval(
                        (long) p * rowsPerSequence, (long) (p + 1) * rowsPerSequence);
                sources.put(p, new INDArray[]{keys.get(rows, filled, all).dup(), values.get(rows, filled, all).dup()});
            }
        }
        for (int i = 0; i < parents.length; i++) {
            if (parents[i] != i) {
                INDArray[] src = sources.get(parents[i]);
                org.nd4j.linalg.indexing.INDArrayIndex rows = org.nd4j.linalg.indexing.NDArrayIndex.interval(
                        (long) i * rowsPerSequence, (long) (i + 1) * rowsPerSequence);
                keys.get(rows, filled, all).assign(src[0]);
                values.get(rows, filled, all).assign(src[1]);
            }
        }
        sources.values().forEach(a -> {
            a[0].close();
            a[1].close();
        });
    }

    /** Frees the native buffers. */
    @Override
    public void close() {
        keys.close();
        values.close();
        bias.close();
    }
}
