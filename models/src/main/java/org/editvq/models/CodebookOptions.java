package org.editvq.models;

/**
 * How the codebook of a VQ model is initialised and kept alive. Immutable and validated; saved in
 * {@code config.json} as part of {@link ModelConfig}. Bundles written before these options existed
 * load with {@link #LEGACY}.
 *
 * @param init             {@link Init#UNIFORM} (random codes, the original behaviour) or {@link Init#KMEANS}
 *                         (k-means++ seeding plus Lloyd iterations on the encoder outputs z of the first
 *                         training batches, before the first step; see {@code Trainer})
 * @param initPairs        how many training pairs' z to cluster for {@link Init#KMEANS}
 * @param kmeansIterations Lloyd iterations after k-means++ seeding
 * @param usageDecay       decay of the moving-average usage share of each code; a code is dead when its share
 *                         falls below {@code restartThreshold / K}, which takes about
 *                         {@code ln(restartThreshold) / ln(usageDecay)} unused steps (0.99: ~350 steps, 0.9: ~33)
 * @param reservoirSize    dead codes restart from z vectors of the last this many training pairs (across
 *                         batches); 0 = from the current batch only (the original behaviour)
 */
public record CodebookOptions(Init init, int initPairs, int kmeansIterations, double usageDecay, int reservoirSize) {

    /** Codebook initialisation. */
    public enum Init {
        /** Codes uniform in ±1/K (the original behaviour). */
        UNIFORM,
        /** k-means++ plus Lloyd iterations on the z of the first training pairs. */
        KMEANS
    }

    /** The behaviour before these options existed: uniform codes, usage decay 0.99, restarts from the batch. */
    public static final CodebookOptions LEGACY = new CodebookOptions(Init.UNIFORM, 0, 0, 0.99, 0);

    /**
     * The default of the presets: k-means++ on 512 pairs with 10 Lloyd iterations, usage decay 0.9 and a
     * reservoir of the last 1,024 z (docs/training.md, "Codebook health", has the ablation).
     */
    public static final CodebookOptions DEFAULT = new CodebookOptions(Init.KMEANS, 512, 10, 0.9, 1024);

    public CodebookOptions {
        java.util.Objects.requireNonNull(init, "init");
        if (init == Init.KMEANS && initPairs < 1) {
            throw new IllegalArgumentException("initPairs must be >= 1 for k-means initialisation: " + initPairs);
        }
        if (initPairs < 0 || kmeansIterations < 0 || reservoirSize < 0) {
            throw new IllegalArgumentException("initPairs, kmeansIterations and reservoirSize must be >= 0");
        }
        if (!(usageDecay > 0 && usageDecay < 1)) {
            throw new IllegalArgumentException("usageDecay must be in (0, 1): " + usageDecay);
        }
    }

    /** A copy that initialises the codes by k-means++ plus {@code iterations} Lloyd steps on {@code pairs} z. */
    public CodebookOptions withKmeansInit(int pairs, int iterations) {
        return new CodebookOptions(Init.KMEANS, pairs, iterations, usageDecay, reservoirSize);
    }

    /** A copy with uniform random codes (no data-dependent initialisation). */
    public CodebookOptions withUniformInit() {
        return new CodebookOptions(Init.UNIFORM, initPairs, kmeansIterations, usageDecay, reservoirSize);
    }

    /** A copy with another usage decay. */
    public CodebookOptions withUsageDecay(double decay) {
        return new CodebookOptions(init, initPairs, kmeansIterations, decay, reservoirSize);
    }

    /** A copy with another reservoir size (0 = restart from the current batch). */
    public CodebookOptions withReservoirSize(int size) {
        return new CodebookOptions(init, initPairs, kmeansIterations, usageDecay, size);
    }
}
