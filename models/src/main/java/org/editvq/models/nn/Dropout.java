package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.SplittableRandom;

/**
 * Inverted dropout with masks drawn from an explicit generator (no global RNG state):
 * training keeps each element with probability {@code 1 − rate} and scales it by
 * {@code 1/(1 − rate)}; evaluation is the identity.
 */
public final class Dropout {
    private final double rate;

    /** Dropout with the given drop probability in [0, 1). */
    public Dropout(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1): " + rate);
        }
        this.rate = rate;
    }

    /** Drop probability. */
    public double rate() {
        return rate;
    }

    /**
     * Applies dropout in place and returns the mask (null when inactive: rate 0 or no generator).
     */
    public INDArray applyInPlace(Arena arena, INDArray x, SplittableRandom random) {
        if (rate == 0 || random == null) {
            return null;
        }
        INDArray mask = arena.alloc(x.shape());
        Kernels.Buf m = Kernels.buf(mask);
        double keepScale = 1.0 / (1.0 - rate);
        int n = (int) mask.length();
        for (int i = 0; i < n; i++) {
            m.set(i, random.nextDouble() < rate ? 0.0 : keepScale);
        }
        x.muli(mask);
        return mask;
    }

    /** Backward in place: {@code dy ⊙= mask} (no-op for a null mask). */
    public static void backwardInPlace(INDArray mask, INDArray dy) {
        if (mask != null) {
            dy.muli(mask);
        }
    }
}
