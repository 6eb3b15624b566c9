package org.editvq.models.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.transforms.custom.LogSoftMax;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

/**
 * The numeric kernels of the hand-written layers. Every kernel writes into arrays the caller
 * provides (from an {@link Arena}), so a training step allocates nothing behind its back.
 * Heavy element-wise work (softmax, exp, broadcasts) runs as ND4J native ops; index-driven
 * work (embedding rows, target gathers) runs as Java loops over the native buffers.
 * All kernels work for FLOAT and DOUBLE (the latter for gradient checks).
 */
public final class Kernels {
    private static final java.util.concurrent.atomic.LongAdder MATMUL_FLOPS = new java.util.concurrent.atomic.LongAdder();

    private Kernels() {
    }

    /**
     * Floating-point operations (2·m·n·k per product) of every matrix product run through
     * {@link #gemm} and {@link #bmm} since start: the numerator of benchmark GFLOP/s figures.
     */
    public static long matmulFlops() {
        return MATMUL_FLOPS.sum();
    }

    /** {@code c = op(a) · op(b) + beta · c} with 2-D arrays. */
    public static void gemm(INDArray a, INDArray b, INDArray c, boolean transA, boolean transB, double beta) {
        MATMUL_FLOPS.add(2L * c.size(0) * c.size(1) * (transA ? a.size(0) : a.size(1)));
        Nd4j.gemm(a, b, c, transA, transB, 1.0, beta);
    }

    /** Batched {@code c[i] = op(a[i]) · op(b[i])} over rank-3 arrays [batch, m, k]. */
    public static void bmm(INDArray a, INDArray b, INDArray c, boolean transA, boolean transB) {
        MATMUL_FLOPS.add(2L * c.size(0) * c.size(1) * c.size(2) * (transA ? a.size(1) : a.size(2)));
        Nd4j.matmul(a, b, c, transA, transB, false);
    }

    /** {@code z = x ⊙ y} (same shapes). */
    public static void mul(INDArray x, INDArray y, INDArray z) {
        Nd4j.exec(new MulOp(x, y, z));
    }

    /** Row-wise softmax over the last dimension. */
    public static void softmax(INDArray in, INDArray out) {
        Nd4j.exec(new SoftMax(in, out, -1));
    }

    /** Row-wise log-softmax over the last dimension. */
    public static void logSoftmax(INDArray in, INDArray out) {
        Nd4j.exec(new LogSoftMax(in, out)); // over the last dimension (checked by KernelsTest)
    }

    /** {@code x[b, ..., t] += bias[b, t]} for x viewed as [B, M, T] and bias [B, T]. */
    public static void addKeyBias(INDArray x3d, INDArray bias2d) {
        Nd4j.exec(new BroadcastAddOp(x3d, bias2d, x3d, 0, 2));
    }

    /** {@code x[i, q, k] += bias[q, k]} for x [N, Q, K] and bias [Q, K]. */
    public static void addPairBias(INDArray x3d, INDArray bias2d) {
        Nd4j.exec(new BroadcastAddOp(x3d, bias2d, x3d, 1, 2));
    }

    /** {@code x[b, t, :] += v[b, :]} for x [B, T, d] and v [B, d]. */
    public static void addPerBatch(INDArray x3d, INDArray v2d) {
        Nd4j.exec(new BroadcastAddOp(x3d, v2d, x3d, 0, 2));
    }

    /** Splits [B*T, H*dh] into head-major [B*H, T, dh]. */
    public static void splitHeads(INDArray x2d, INDArray out3d, int batch, int time, int heads) {
        int dh = (int) (x2d.size(1) / heads);
        out3d.reshape(batch, heads, time, dh).assign(x2d.reshape(batch, time, heads, dh).permute(0, 2, 1, 3));
    }

    /** Merges head-major [B*H, T, dh] back into [B*T, H*dh]. */
    public static void mergeHeads(INDArray x3d, INDArray out2d, int batch, int time, int heads) {
        int dh = (int) x3d.size(2);
        out2d.reshape(batch, time, heads, dh).assign(x3d.reshape(batch, heads, time, dh).permute(0, 2, 1, 3));
    }

    /** Element-wise ReLU into {@code out}; returns out. */
    public static INDArray relu(INDArray in, INDArray out) {
        out.assign(in);
        Transforms.relu(out, false);
        return out;
    }

    /** {@code dy ← dy ⊙ [y > 0]} in place, given the ReLU output y. */
    public static void reluBackwardInPlace(INDArray y, INDArray dy, INDArray scratch) {
        scratch.assign(y);
        Transforms.sign(scratch, false); // y >= 0, so sign is 1 where y > 0 and 0 where y == 0
        dy.muli(scratch);
    }

    // ------------------------------------------------------------------------------------------
    // Java loops over native buffers (index-driven kernels)

    /** A view of a c-order array's native memory as doubles or floats. */
    static final class Buf {
        private final FloatBuffer f;
        private final DoubleBuffer d;

        Buf(INDArray a) {
            ByteBuffer bb = nio(a);
            if (a.dataType() == DataType.FLOAT) {
                f = bb.asFloatBuffer();
                d = null;
            } else if (a.dataType() == DataType.DOUBLE) {
                d = bb.asDoubleBuffer();
                f = null;
            } else {
                throw new IllegalArgumentException("unsupported data type " + a.dataType());
            }
        }

        double get(int i) {
            return f != null ? f.get(i) : d.get(i);
        }

        void set(int i, double v) {
            if (f != null) {
                f.put(i, (float) v);
            } else {
                d.put(i, v);
            }
        }

        void add(int i, double v) {
            if (f != null) {
                f.put(i, f.get(i) + (float) v);
            } else {
                d.put(i, d.get(i) + v);
            }
        }
    }

    /** Wraps an array's buffer for Java loops (package-private for layers). */
    static Buf buf(INDArray a) {
        return new Buf(a);
    }

    /** {@code out[i, :] = table[ids[i], :] · scale}. */
    public static void gatherRows(INDArray table, int[] ids, double scale, INDArray out) {
        int d = (int) table.size(1);
        Buf t = buf(table);
        Buf o = buf(out);
        for (int i = 0; i < ids.length; i++) {
            int src = ids[i] * d;
            int dst = i * d;
            for (int j = 0; j < d; j++) {
                o.set(dst + j, t.get(src + j) * scale);
            }
        }
    }

    /** {@code grad[ids[i], :] += dOut[i, :] · scale} (repeated ids accumulate). */
    public static void scatterAddRows(INDArray grad, int[] ids, double scale, INDArray dOut) {
        int d = (int) grad.size(1);
        Buf g = buf(grad);
        Buf o = buf(dOut);
        for (int i = 0; i < ids.length; i++) {
            int dst = ids[i] * d;
            int src = i * d;
            for (int j = 0; j < d; j++) {
                g.add(dst + j, o.get(src + j) * scale);
            }
        }
    }

    /** Copies a contiguous c-order native array into {@code out} (bulk, no per-element dispatch). */
    public static double[] read(INDArray source, double[] out) {
        ByteBuffer bb = nio(source);
        int n = (int) source.length();
        if (source.dataType() == DataType.FLOAT) {
            FloatBuffer f = bb.asFloatBuffer();
            for (int i = 0; i < n; i++) {
                out[i] = f.get(i);
            }
        } else {
            bb.asDoubleBuffer().get(out, 0, n);
        }
        return out;
    }

    /** Copies {@code values} into a contiguous c-order native array. */
    public static void write(double[] values, INDArray target) {
        ByteBuffer bb = nio(target);
        int n = (int) target.length();
        if (target.dataType() == DataType.FLOAT) {
            FloatBuffer f = bb.asFloatBuffer();
            for (int i = 0; i < n; i++) {
                f.put(i, (float) values[i]);
            }
        } else {
            bb.asDoubleBuffer().put(values, 0, n);
        }
    }

    private static ByteBuffer nio(INDArray a) {
        if (a.ordering() != 'c' || a.elementWiseStride() != 1) {
            throw new IllegalArgumentException("expected a contiguous c-order array");
        }
        int width = a.dataType().width();
        ByteBuffer bb = a.data().asNio().order(ByteOrder.nativeOrder());
        bb.position((int) (a.offset() * width));
        return bb.slice().order(ByteOrder.nativeOrder());
    }

    /** Copies a Java array into a (contiguous, c-order) native array of the same length. */
    public static void fill(INDArray target, double[] values) {
        if (values.length != target.length()) {
            throw new IllegalArgumentException("fill: " + values.length + " values for " + target.length() + " elements");
        }
        write(values, target);
    }

    /** Copies a native array into a new Java array. */
    public static double[] toArray(INDArray source) {
        return read(source, new double[(int) source.length()]);
    }
}
