package org.editvq.models.optim;

import org.editvq.models.nn.Param;
import org.editvq.models.nn.ParamSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba 2015) with bias correction and optional global-norm gradient clipping,
 * updating a {@link ParamSet} in place from its accumulated gradients. Moments live in
 * preallocated native arrays; the step counter and the moments are the optimizer's whole
 * state (see {@link #state()} for checkpoints).
 */
public final class Adam {
    private final ParamSet params;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double clipNorm;
    private final INDArray firstMoment;
    private final INDArray secondMoment;
    private final INDArray scratch;
    private long step;

    /**
     * @param params   a frozen parameter set (see {@link ParamSet#freeze()}); frozen here if not yet
     * @param clipNorm clip the global gradient norm to this value (≤ 0: no clipping)
     */
    public Adam(ParamSet params, double beta1, double beta2, double epsilon, double clipNorm) {
        if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1 && epsilon > 0)) {
            throw new IllegalArgumentException("invalid Adam hyperparameters");
        }
        params.freeze();
        this.params = params;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.clipNorm = clipNorm;
        long n = params.count();
        this.firstMoment = Nd4j.create(params.dataType(), new long[]{n}, 'c');
        this.secondMoment = Nd4j.create(params.dataType(), new long[]{n}, 'c');
        this.scratch = Nd4j.create(params.dataType(), new long[]{n}, 'c');
    }

    /** Adam with β1 0.9, β2 0.98, ε 1e-9 (the transformer's settings). */
    public static Adam transformerDefaults(ParamSet params, double clipNorm) {
        return new Adam(params, 0.9, 0.98, 1e-9, clipNorm);
    }

    /** The hyperparameters of this optimizer, for manifests: name, β1, β2, ε and the clipping norm. */
    public java.util.Map<String, Object> settings() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", "adam");
        m.put("beta1", beta1);
        m.put("beta2", beta2);
        m.put("epsilon", epsilon);
        m.put("clipNorm", clipNorm);
        return m;
    }

    /** Updates taken so far. */
    public long step() {
        return step;
    }

    /**
     * Clips, applies one update with learning rate {@code lr} and zeroes the gradients. A
     * non-finite gradient norm is returned without touching parameters or state.
     *
     * @return the global gradient norm before clipping
     */
    public double update(double lr) {
        double norm = params.gradNorm();
        if (!Double.isFinite(norm)) {
            return norm;
        }
        if (clipNorm > 0 && norm > clipNorm) {
            params.scaleGrad(clipNorm / norm);
        }
        step++;
        double bc1 = 1 - Math.pow(beta1, step);
        double bc2 = 1 - Math.pow(beta2, step);
        INDArray g = params.flatGrads();
        INDArray m = firstMoment;
        INDArray v = secondMoment;
        INDArray s = scratch;
        m.muli(beta1).addi(s.assign(g).muli(1 - beta1));
        v.muli(beta2).addi(s.assign(g).muli(g).muli(1 - beta2));
        s.assign(v).muli(1.0 / bc2);
        Transforms.sqrt(s, false);
        s.addi(epsilon).rdivi(m).muli(lr / bc1);
        params.flatValues().subi(s);
        g.assign(0);
        return norm;
    }

    /** The optimizer state: step and both moments as views by parameter name. */
    public State state() {
        Map<String, INDArray> m = new LinkedHashMap<>();
        Map<String, INDArray> v = new LinkedHashMap<>();
        long offset = 0;
        for (Param p : params.all()) {
            long n = p.length();
            m.put(p.name(), firstMoment.get(NDArrayIndex.interval(offset, offset + n)).reshape('c', p.shape()));
            v.put(p.name(), secondMoment.get(NDArrayIndex.interval(offset, offset + n)).reshape('c', p.shape()));
            offset += n;
        }
        return new State(step, m, v);
    }

    /** Restores a saved state (copies values). */
    public void restore(long savedStep, Map<String, INDArray> m, Map<String, INDArray> v) {
        State views = state();
        for (String name : views.firstMoments().keySet()) {
            if (!m.containsKey(name) || !v.containsKey(name)) {
                throw new IllegalArgumentException("optimizer state lacks parameter " + name);
            }
            views.firstMoments().get(name).assign(m.get(name));
            views.secondMoments().get(name).assign(v.get(name));
        }
        this.step = savedStep;
    }

    /** Names of the parameters in update order. */
    public List<String> names() {
        return params.all().stream().map(Param::name).toList();
    }

    /** Snapshot view of the optimizer state. */
    public record State(long step, Map<String, INDArray> firstMoments, Map<String, INDArray> secondMoments) {
    }
}
