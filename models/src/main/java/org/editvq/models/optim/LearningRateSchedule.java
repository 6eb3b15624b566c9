package org.editvq.models.optim;

import org.nd4j.linalg.schedule.ISchedule;

/**
 * Linear warm-up to a peak learning rate, then inverse-square-root decay:
 * {@code lr(t) = peak · min(t / warmup, √(warmup / t))} for step t ≥ 1 (the schedule of
 * "Attention Is All You Need", parameterized by its peak). Also an ND4J {@link ISchedule}
 * ({@link #valueAt}: ND4J's 0-based iteration i is step i + 1), so ND4J's own updaters can run on it.
 *
 * @param peak   the largest learning rate, reached at step {@code warmup}
 * @param warmup warm-up steps (≥ 1)
 */
public record LearningRateSchedule(double peak, int warmup) implements ISchedule {
    public LearningRateSchedule {
        if (!(peak > 0) || warmup < 1) {
            throw new IllegalArgumentException("peak must be > 0 and warmup >= 1");
        }
    }

    /** Learning rate of step t (1-based). */
    public double at(long step) {
        long t = Math.max(1, step);
        return peak * Math.min((double) t / warmup, Math.sqrt((double) warmup / t));
    }

    /** {@link #at} of step {@code iteration + 1} (ND4J counts iterations from 0); the epoch is not used. */
    @Override
    public double valueAt(int iteration, int epoch) {
        return at(iteration + 1L);
    }

    /** This schedule (it is immutable). */
    @Override
    public ISchedule clone() {
        return this;
    }
}
