package org.editvq.models.optim;

import org.editvq.models.nn.Param;
import org.editvq.models.nn.ParamSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
    private final Map<String, INDArray> firstMoments = new LinkedHashMap<>();
    private final Map<String, INDArray> secondMoments = new LinkedHashMap<>();
    private final Map<String, INDArray> scratch = new LinkedHashMap<>();
    private long step;

    /**
     * @param clipNorm clip the global gradient norm to this value (≤ 0: no clipping)
     */
    public Adam(ParamSet params, double beta1, double beta2, double epsilon, double clipNorm) {
        if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1 && epsilon > 0)) {
            throw new IllegalArgumentException("invalid Adam hyperparameters");
        }
        this.params = params;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.clipNorm = clipNorm;
        for (Param p : params.all()) {
            firstMoments.put(p.name(), Nd4j.create(p.value().dataType(), p.value().shape(), 'c'));
            secondMoments.put(p.name(), Nd4j.create(p.value().dataType(), p.value().shape(), 'c'));
            scratch.put(p.name(), Nd4j.create(p.value().dataType(), p.value().shape(), 'c'));
        }
    }

    /** Adam with β1 0.9, β2 0.98, ε 1e-9 (the transformer's settings). */
    public static Adam transformerDefaults(ParamSet params, double clipNorm) {
        return new Adam(params, 0.9, 0.98, 1e-9, clipNorm);
    }

    /** Updates taken so far. */
    public long step() {
        return step;
    }

    /**
     * Clips, applies one update with learning rate {@code lr} and zeroes the gradients.
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
        for (Param p : params.all()) {
            INDArray g = p.grad();
            INDArray m = firstMoments.get(p.name());
            INDArray v = secondMoments.get(p.name());
            INDArray s = scratch.get(p.name());
            m.muli(beta1).addi(s.assign(g).muli(1 - beta1));
            v.muli(beta2).addi(s.assign(g).muli(g).muli(1 - beta2));
            s.assign(v).muli(1.0 / bc2);
            Transforms.sqrt(s, false);
            s.addi(epsilon).rdivi(m).muli(lr / bc1);
            p.value().subi(s);
            g.assign(0);
        }
        return norm;
    }

    /** The optimizer state: step and both moments by parameter name (live arrays). */
    public State state() {
        return new State(step, firstMoments, secondMoments);
    }

    /** Restores a saved state (copies values). */
    public void restore(long savedStep, Map<String, INDArray> m, Map<String, INDArray> v) {
        for (String name : firstMoments.keySet()) {
            if (!m.containsKey(name) || !v.containsKey(name)) {
                throw new IllegalArgumentException("optimizer state lacks parameter " + name);
            }
            firstMoments.get(name).assign(m.get(name));
            secondMoments.get(name).assign(v.get(name));
        }
        this.step = savedStep;
    }

    /** Names of the parameters in update order. */
    public List<String> names() {
        return List.copyOf(firstMoments.keySet());
    }

    /** Snapshot view of the optimizer state. */
    public record State(long step, Map<String, INDArray> firstMoments, Map<String, INDArray> secondMoments) {
    }
}
