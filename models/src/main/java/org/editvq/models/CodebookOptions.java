package org.editvq.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.editvq.core.config.CliNames;
import org.editvq.models.nn.VectorQuantizer;

import java.util.Map;

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
 * @param lookup           {@link Lookup#EUCLIDEAN} (the paper) or {@link Lookup#COSINE} (l2-normalised z and codes)
 * @param codeDim          width of the codes; 0 = the model width (the paper), otherwise z is projected down to
 *                         it before the lookup and the code back up after it (low-dimensional codes)
 * @param estimator        how the code's gradient reaches z: {@link Estimator#STRAIGHT_THROUGH} (the paper) or
 *                         {@link Estimator#ROTATION} (the rotation trick)
 */
public record CodebookOptions(Init init, int initPairs, int kmeansIterations, double usageDecay, int reservoirSize,
                              Lookup lookup, int codeDim, Estimator estimator) {

    /** Codebook initialisation. */
    public enum Init {
        /** Codes uniform in ±1/K (the original behaviour). */
        UNIFORM,
        /** k-means++ plus Lloyd iterations on the z of the first training pairs. */
        KMEANS
    }

    /** How the nearest code is found (see {@link VectorQuantizer}). */
    public enum Lookup {
        /** Euclidean distance (the paper). */
        EUCLIDEAN,
        /** Euclidean distance between l2-normalised vectors: the largest cosine wins. */
        COSINE;

        /** The name on the command line and in files ({@code euclidean}, {@code cosine}). */
        @JsonValue
        public String cliName() {
            return CliNames.of(this);
        }

        /** Parses {@link #cliName()} in any case. */
        @JsonCreator
        public static Lookup parse(String name) {
            return CliNames.parse(Lookup.class, name, "codebook lookup");
        }

        VectorQuantizer.Lookup layer() {
            return VectorQuantizer.Lookup.valueOf(name());
        }
    }

    /** How the gradient of the code reaches the encoder output (see {@link VectorQuantizer}). */
    public enum Estimator {
        /** Straight-through: the code's gradient copied (the paper). */
        STRAIGHT_THROUGH,
        /** The rotation trick (Fifty et al. 2024). */
        ROTATION;

        /** The name on the command line and in files ({@code straight-through}, {@code rotation}). */
        @JsonValue
        public String cliName() {
            return CliNames.of(this);
        }

        /** Parses {@link #cliName()} in any case. */
        @JsonCreator
        public static Estimator parse(String name) {
            return CliNames.parse(Estimator.class, name, "VQ gradient estimator");
        }

        VectorQuantizer.Estimator layer() {
            return VectorQuantizer.Estimator.valueOf(name());
        }
    }

    /**
     * The values of the lookup settings in codebook options saved before they existed: the paper's
     * Euclidean lookup at the model width with straight-through gradients. Used when reading files only.
     */
    public static final Map<String, Object> ABSENT_IN_OLD_FILES = Map.of(
            "lookup", Lookup.EUCLIDEAN.cliName(), "codeDim", 0, "estimator", Estimator.STRAIGHT_THROUGH.cliName());

    /** The behaviour before these options existed: uniform codes, usage decay 0.99, restarts from the batch. */
    public static final CodebookOptions LEGACY = new CodebookOptions(Init.UNIFORM, 0, 0, 0.99, 0,
            Lookup.EUCLIDEAN, 0, Estimator.STRAIGHT_THROUGH);

    /**
     * The default of the presets: k-means++ on 512 pairs with 10 Lloyd iterations, usage decay 0.9 and a
     * reservoir of the last 1,024 z (docs/training.md, "Codebook health", has the ablation).
     */
    public static final CodebookOptions DEFAULT = new CodebookOptions(Init.KMEANS, 512, 10, 0.9, 1024,
            Lookup.EUCLIDEAN, 0, Estimator.STRAIGHT_THROUGH);

    public CodebookOptions {
        java.util.Objects.requireNonNull(init, "init");
        java.util.Objects.requireNonNull(lookup, "lookup");
        java.util.Objects.requireNonNull(estimator, "estimator");
        if (codeDim < 0) {
            throw new IllegalArgumentException("codeDim must be >= 0 (0 = the model width): " + codeDim);
        }
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
        return new CodebookOptions(Init.KMEANS, pairs, iterations, usageDecay, reservoirSize, lookup, codeDim,
                estimator);
    }

    /** A copy with uniform random codes (no data-dependent initialisation). */
    public CodebookOptions withUniformInit() {
        return new CodebookOptions(Init.UNIFORM, initPairs, kmeansIterations, usageDecay, reservoirSize, lookup,
                codeDim, estimator);
    }

    /** A copy with another usage decay. */
    public CodebookOptions withUsageDecay(double decay) {
        return new CodebookOptions(init, initPairs, kmeansIterations, decay, reservoirSize, lookup, codeDim,
                estimator);
    }

    /** A copy with another reservoir size (0 = restart from the current batch). */
    public CodebookOptions withReservoirSize(int size) {
        return new CodebookOptions(init, initPairs, kmeansIterations, usageDecay, size, lookup, codeDim,
                estimator);
    }

    /** A copy with another lookup ({@link Lookup#COSINE}: normalised z and codes). */
    public CodebookOptions withLookup(Lookup newLookup) {
        return new CodebookOptions(init, initPairs, kmeansIterations, usageDecay, reservoirSize, newLookup, codeDim,
                estimator);
    }

    /** A copy with codes of another width (0 = the model width; otherwise projected down and up). */
    public CodebookOptions withCodeDim(int width) {
        return new CodebookOptions(init, initPairs, kmeansIterations, usageDecay, reservoirSize, lookup, width,
                estimator);
    }

    /** A copy with another gradient estimator. */
    public CodebookOptions withEstimator(Estimator newEstimator) {
        return new CodebookOptions(init, initPairs, kmeansIterations, usageDecay, reservoirSize, lookup, codeDim,
                newEstimator);
    }

    /** Reads a map written from this record, filling the lookup settings files saved before them lack. */
    public static CodebookOptions fromMap(Map<String, ?> map) {
        return org.editvq.core.config.ConfigJson.fromMap(map, CodebookOptions.class, ABSENT_IN_OLD_FILES);
    }
}
