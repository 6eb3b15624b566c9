package org.editvq.evaluation.projection;

/**
 * Settings of {@link Tsne#embed}.
 *
 * @param dimensions   output dimension (usually 2), &ge; 1
 * @param perplexity   target perplexity of each point's Gaussian conditional, &ge; 1 (clamped by
 *                     {@link Tsne#effectivePerplexity} to (n &minus; 1) / 3 for small n)
 * @param iterations   gradient-descent iterations, &ge; 1 (the first 250 use early exaggeration 12 and
 *                     momentum 0.5)
 * @param learningRate step size, &gt; 0 and finite. With early exaggeration 12 the stable step shrinks with the
 *                     number of points: 200 ({@link #defaults}) suits a few thousand points; for fewer use
 *                     {@link #forPoints}, which scales it as n / 12 (Belkina et al. 2019), at least 10
 * @param seed         seed of the Gaussian initialization
 */
public record TsneConfig(int dimensions, double perplexity, int iterations, double learningRate, long seed) {
    /** Default perplexity. */
    public static final double DEFAULT_PERPLEXITY = 30;
    /** Default number of iterations. */
    public static final int DEFAULT_ITERATIONS = 1000;
    /** Default learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 200;

    public TsneConfig {
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be >= 1: " + dimensions);
        }
        if (!(perplexity >= 1) || Double.isInfinite(perplexity)) {
            throw new IllegalArgumentException("perplexity must be finite and >= 1: " + perplexity);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1: " + iterations);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0: " + learningRate);
        }
    }

    /** 2 dimensions, perplexity 30, 1000 iterations, learning rate 200, the given seed. */
    public static TsneConfig defaults(long seed) {
        return new TsneConfig(2, DEFAULT_PERPLEXITY, DEFAULT_ITERATIONS, DEFAULT_LEARNING_RATE, seed);
    }

    /**
     * {@link #defaults} with the learning rate scaled to the number of points: max(n / 12, 10). Small sets
     * diverge into scattered fragments with a fixed rate of 200 during early exaggeration; this rule keeps
     * them stable and gives 250 for 3,000 points.
     *
     * @param n    number of points to embed, &ge; 1
     * @param seed initialization seed
     */
    public static TsneConfig forPoints(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1: " + n);
        }
        return new TsneConfig(2, DEFAULT_PERPLEXITY, DEFAULT_ITERATIONS, Math.max(n / Tsne.EXAGGERATION, 10), seed);
    }
}
