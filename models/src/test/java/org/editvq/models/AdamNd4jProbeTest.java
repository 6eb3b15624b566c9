package org.editvq.models;

import org.editvq.models.nn.Param;
import org.editvq.models.nn.ParamSet;
import org.editvq.models.optim.Adam;
import org.editvq.models.optim.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.schedule.ISchedule;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probe behind docs/architecture.md, "Optimizer": editvq's {@link Adam} against ND4J's own
 * {@link AdamUpdater} with the same hyperparameters and the same warm-up / inverse-square-root schedule,
 * 200 steps on a noisy quadratic, final weights compared. ND4J puts ε outside the bias correction of the
 * second moment ({@code α·√(1−β₂ᵗ)/(1−β₁ᵗ) · m / (√v + ε)}), editvq inside ({@code α/(1−β₁ᵗ) · m / (√(v/(1−β₂ᵗ)) + ε)},
 * the paper's Algorithm 1): the two agree only up to ε and rounding.
 */
class AdamNd4jProbeTest {
    static final int N = 4096;
    static final int STEPS = 200;

    /** Max over parameters of |ours − nd4j| / max(|ours|, 1e-3), and the relative norm of the difference. */
    static double[] probe(DataType type, double epsilon) {
        SplittableRandom r = new SplittableRandom(7);
        double[] init = new double[N];
        double[] target = new double[N];
        double[] curvature = new double[N];
        for (int i = 0; i < N; i++) {
            init[i] = r.nextGaussian();
            target[i] = r.nextGaussian();
            curvature[i] = Math.exp(r.nextDouble(Math.log(0.1), Math.log(10)));
        }
        ParamSet params = new ParamSet(type, 1);
        Param p = params.constant("w", 0.0, N);
        Adam ours = new Adam(params, 0.9, 0.98, epsilon, 0);
        p.value().assign(Nd4j.createFromArray(init).castTo(type));
        LearningRateSchedule schedule = new LearningRateSchedule(1e-2, 20);
        ISchedule nd4jSchedule = schedule; // the same schedule through ND4J's interface
        org.nd4j.linalg.learning.config.Adam config = org.nd4j.linalg.learning.config.Adam.builder()
                .learningRateSchedule(nd4jSchedule).beta1(0.9).beta2(0.98).epsilon(epsilon).build();
        INDArray w = Nd4j.createFromArray(init).castTo(type);
        INDArray state = Nd4j.zeros(type, 1, 2L * N);
        AdamUpdater nd4j = (AdamUpdater) config.instantiate(state, true);
        INDArray targetArr = Nd4j.createFromArray(target).castTo(type);
        INDArray curvArr = Nd4j.createFromArray(curvature).castTo(type);
        SplittableRandom noise = new SplittableRandom(11);
        for (int t = 0; t < STEPS; t++) {
            double[] n = new double[N];
            for (int i = 0; i < N; i++) {
                n[i] = 0.3 * noise.nextGaussian();
            }
            INDArray noiseArr = Nd4j.createFromArray(n).castTo(type);
            p.grad().assign(p.value().sub(targetArr).muli(curvArr).addi(noiseArr));
            ours.update(schedule.at(t + 1L));
            INDArray g = w.sub(targetArr).muli(curvArr).addi(noiseArr);
            nd4j.applyUpdater(g, t, 0);
            w.subi(g);
        }
        INDArray a = p.value().castTo(DataType.DOUBLE);
        INDArray b = w.castTo(DataType.DOUBLE);
        INDArray diff = a.sub(b);
        double maxRel = 0;
        for (int i = 0; i < N; i++) {
            maxRel = Math.max(maxRel, Math.abs(diff.getDouble(i)) / Math.max(Math.abs(a.getDouble(i)), 1e-3));
        }
        return new double[]{maxRel, diff.norm2Number().doubleValue() / a.norm2Number().doubleValue()};
    }

    @Test
    void nd4jsAdamAgreesOnlyUpToTheEpsilonPlacementAndRounding() {
        double[] dbl = probe(DataType.DOUBLE, 1e-9);
        double[] flt = probe(DataType.FLOAT, 1e-9);
        double[] bigEps = probe(DataType.DOUBLE, 1e-3);
        System.out.printf("Adam probe, %d steps: double eps 1e-9 max rel %.3e norm rel %.3e; float eps 1e-9 max rel"
                        + " %.3e norm rel %.3e; double eps 1e-3 max rel %.3e norm rel %.3e%n", STEPS, dbl[0], dbl[1],
                flt[0], flt[1], bigEps[0], bigEps[1]);
        for (int t = 1; t <= STEPS; t++) {
            LearningRateSchedule s = new LearningRateSchedule(1e-2, 20);
            assertEquals(s.at(t), s.valueAt(t - 1, 0), 0.0, "ND4J's iteration t-1 is step t");
        }
        assertTrue(dbl[1] < 1e-6, "double, the transformer's eps: " + dbl[1]);
        assertTrue(flt[1] < 1e-4, "float: " + flt[1]);
        assertTrue(bigEps[1] > 100 * dbl[1], "a larger eps shows the placement: " + bigEps[1] + " vs " + dbl[1]);
        assertEquals(dbl[1], probe(DataType.DOUBLE, 1e-9)[1], 0.0, "the probe is deterministic");
    }
}
