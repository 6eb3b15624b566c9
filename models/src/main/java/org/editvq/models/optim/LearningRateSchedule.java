package org.editvq.models.optim;

/**
 * Linear warm-up to a peak learning rate, then inverse-square-root decay:
 * {@code lr(t) = peak · min(t / warmup, √(warmup / t))} for step t ≥ 1 (the schedule of
 * "Attention Is All You Need", parameterized by its peak).
 *
 * @param peak   the largest learning rate, reached at step {@code warmup}
 * @param warmup warm-up steps (≥ 1)
 */
public record LearningRateSchedule(double peak, int warmup) {
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
}
