package org.editvq.models.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The ordered set of a model's parameters. Layers register their tensors here when they are
 * built; initialization draws from one seeded generator in registration order, so a seed
 * fixes every initial weight.
 *
 * <p>{@link #freeze()} moves every value and gradient into one flat buffer each (the
 * parameters become views), so that optimizer updates, clipping and zeroing are a handful of
 * native ops over the whole model instead of a dozen per tensor.
 */
public final class ParamSet {
    private final DataType dataType;
    private final SplittableRandom random;
    private final Map<String, Param> params = new LinkedHashMap<>();
    private INDArray flatValues;
    private INDArray flatGrads;

    /** An empty set whose tensors have the given type and are initialized from {@code seed}. */
    public ParamSet(DataType dataType, long seed) {
        this.dataType = dataType;
        this.random = new SplittableRandom(seed);
    }

    /** Floating-point type of every parameter. */
    public DataType dataType() {
        return dataType;
    }

    /** Registers a parameter with uniform values in [-limit, limit]. */
    public Param uniform(String name, double limit, long... shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        double[] values = new double[Math.toIntExact(n)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (random.nextDouble() * 2 - 1) * limit;
        }
        return register(name, Nd4j.create(values, shape, DataType.DOUBLE).castTo(dataType));
    }

    /** Registers a parameter with Glorot/Xavier-uniform values for a [fanIn, fanOut] matrix. */
    public Param xavier(String name, long fanIn, long fanOut) {
        return uniform(name, Math.sqrt(6.0 / (fanIn + fanOut)), fanIn, fanOut);
    }

    /** Registers a parameter filled with a constant. */
    public Param constant(String name, double value, long... shape) {
        return register(name, Nd4j.valueArrayOf(shape, value, dataType));
    }

    /** Registers a parameter with normal(0, std) values. */
    public Param normal(String name, double std, long... shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        double[] values = new double[Math.toIntExact(n)];
        java.util.Random gaussian = new java.util.Random(random.nextLong());
        for (int i = 0; i < values.length; i++) {
            values[i] = gaussian.nextGaussian() * std;
        }
        return register(name, Nd4j.create(values, shape, DataType.DOUBLE).castTo(dataType));
    }

    private Param register(String name, INDArray value) {
        if (flatValues != null) {
            throw new IllegalStateException("parameter set is frozen; cannot add " + name);
        }
        if (params.containsKey(name)) {
            throw new IllegalArgumentException("duplicate parameter name: " + name);
        }
        INDArray c = value.dup('c');
        Param p = new Param(name, c, Nd4j.create(dataType, c.shape(), 'c'));
        params.put(name, p);
        return p;
    }

    /**
     * Moves all values and gradients into two flat buffers [count] (values copied, gradients
     * zeroed); no parameter can be added afterwards. Idempotent.
     */
    public void freeze() {
        if (flatValues != null) {
            return;
        }
        long total = count();
        flatValues = Nd4j.create(dataType, new long[]{total}, 'c');
        flatGrads = Nd4j.create(dataType, new long[]{total}, 'c');
        long offset = 0;
        for (Param p : params.values()) {
            long n = p.length();
            INDArray v = flatValues.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offset, offset + n))
                    .reshape('c', p.shape());
            INDArray g = flatGrads.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offset, offset + n))
                    .reshape('c', p.shape());
            v.assign(p.value());
            p.value().close();
            p.grad().close();
            p.rebind(v, g);
            offset += n;
        }
    }

    /** Whether {@link #freeze()} ran. */
    public boolean frozen() {
        return flatValues != null;
    }

    /** All values as one flat array [count] (after {@link #freeze()}). */
    public INDArray flatValues() {
        requireFrozen();
        return flatValues;
    }

    /** All gradients as one flat array [count] (after {@link #freeze()}). */
    public INDArray flatGrads() {
        requireFrozen();
        return flatGrads;
    }

    private void requireFrozen() {
        if (flatValues == null) {
            throw new IllegalStateException("parameter set is not frozen");
        }
    }

    /** The parameter with this name. */
    public Param get(String name) {
        Param p = params.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter named " + name);
        }
        return p;
    }

    /** All parameters in registration order. */
    public List<Param> all() {
        return Collections.unmodifiableList(new ArrayList<>(params.values()));
    }

    /** Total number of scalar parameters. */
    public long count() {
        long n = 0;
        for (Param p : params.values()) {
            n += p.length();
        }
        return n;
    }

    /** Sets every gradient to zero. */
    public void zeroGrad() {
        if (flatGrads != null) {
            flatGrads.assign(0);
            return;
        }
        for (Param p : params.values()) {
            p.grad().assign(0);
        }
    }

    /** L2 norm over all gradients. */
    public double gradNorm() {
        if (flatGrads != null) {
            return flatGrads.norm2Number().doubleValue();
        }
        double sq = 0;
        for (Param p : params.values()) {
            double n = p.grad().norm2Number().doubleValue();
            sq += n * n;
        }
        return Math.sqrt(sq);
    }

    /** Multiplies every gradient by a factor (gradient clipping). */
    public void scaleGrad(double factor) {
        if (flatGrads != null) {
            flatGrads.muli(factor);
            return;
        }
        for (Param p : params.values()) {
            p.grad().muli(factor);
        }
    }
}
