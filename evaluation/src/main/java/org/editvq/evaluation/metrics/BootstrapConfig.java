package org.editvq.evaluation.metrics;

/**
 * Settings of the percentile bootstrap over test inputs.
 *
 * @param resamples B, the number of resamples (at least 100; default {@value #DEFAULT_RESAMPLES})
 * @param level     confidence level in (0, 1) (default 0.95)
 * @param seed      the seed of the resampling
 */
public record BootstrapConfig(int resamples, double level, long seed) {
    /** Default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 2000;
    /** Default confidence level. */
    public static final double DEFAULT_LEVEL = 0.95;

    public BootstrapConfig {
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples must be >= 100: " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1): " + level);
        }
    }

    /** {@value #DEFAULT_RESAMPLES} resamples, 95%, the given seed. */
    public static BootstrapConfig defaults(long seed) {
        return new BootstrapConfig(DEFAULT_RESAMPLES, DEFAULT_LEVEL, seed);
    }
}
