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
 */
public final class ParamSet {
    private final DataType dataType;
    private final SplittableRandom random;
    private final Map<String, Param> params = new LinkedHashMap<>();

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
        if (params.containsKey(name)) {
            throw new IllegalArgumentException("duplicate parameter name: " + name);
        }
        INDArray c = value.dup('c');
        Param p = new Param(name, c, Nd4j.create(dataType, c.shape(), 'c'));
        params.put(name, p);
        return p;
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
            n += p.value().length();
        }
        return n;
    }

    /** Sets every gradient to zero. */
    public void zeroGrad() {
        for (Param p : params.values()) {
            p.grad().assign(0);
        }
    }

    /** L2 norm over all gradients. */
    public double gradNorm() {
        double sq = 0;
        for (Param p : params.values()) {
            double n = p.grad().norm2Number().doubleValue();
            sq += n * n;
        }
        return Math.sqrt(sq);
    }

    /** Multiplies every gradient by a factor (gradient clipping). */
    public void scaleGrad(double factor) {
        for (Param p : params.values()) {
            p.grad().muli(factor);
        }
    }
}
