package org.editvq.models;

import org.editvq.models.nn.Param;
import org.editvq.models.nn.ParamSet;
import org.editvq.models.optim.Adam;
import org.editvq.models.optim.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdamTest {
    @Test
    void twoStepsMatchHandComputation() {
        ParamSet params = new ParamSet(DataType.DOUBLE, 1);
        Param p = params.constant("p", 1.0, 1);
        Adam adam = new Adam(params, 0.9, 0.999, 1e-8, 0);
        p.grad().assign(0.5);
        adam.update(0.1);
        // step 1: m = 0.05, v = 0.00025, mhat = 0.5, vhat = 0.25 -> p = 1 - 0.1 * 0.5 / (0.5 + eps)
        double p1 = 1 - 0.1 * 0.5 / (0.5 + 1e-8);
        assertEquals(p1, p.value().getDouble(0), 1e-14);
        p.grad().assign(-1.0);
        adam.update(0.1);
        double m = 0.9 * 0.05 - 0.1;
        double v = 0.999 * 0.00025 + 0.001;
        double expected = p1 - 0.1 * (m / (1 - 0.81)) / (Math.sqrt(v / (1 - 0.999 * 0.999)) + 1e-8);
        assertEquals(expected, p.value().getDouble(0), 1e-14);
        assertEquals(0.0, p.grad().getDouble(0), 0, "gradients are zeroed after the update");
    }

    @Test
    void clippingScalesTheGlobalNorm() {
        ParamSet params = new ParamSet(DataType.DOUBLE, 1);
        Param a = params.constant("a", 0.0, 1);
        Param b = params.constant("b", 0.0, 1);
        Adam adam = new Adam(params, 0.0, 0.0, 1e-12, 1.0); // freezes the set: gradients become views
        a.grad().assign(3.0);
        b.grad().assign(4.0);
        double norm = adam.update(1.0);
        assertEquals(5.0, norm, 1e-12);
        // beta1 = beta2 = 0: the update is lr * g / |g| per element = sign(g)
        assertEquals(-1.0, a.value().getDouble(0), 1e-9);
        assertEquals(-1.0, b.value().getDouble(0), 1e-9);
    }

    @Test
    void scheduleWarmsUpLinearlyThenDecaysAsInverseSquareRoot() {
        LearningRateSchedule s = new LearningRateSchedule(0.01, 100);
        assertEquals(0.0001, s.at(1), 1e-15);
        assertEquals(0.005, s.at(50), 1e-15);
        assertEquals(0.01, s.at(100), 1e-15);
        assertEquals(0.005, s.at(400), 1e-15);
    }
}
