package org.editvq.dataset.pairs;

import org.editvq.core.config.ConfigJson;
import org.editvq.core.rouge.RougeN;

import java.util.Map;

/**
 * How pairs, splits and reference sets are built. Immutable and validated.
 *
 * @param rougeN           n-gram order of the similarity gate (default 8)
 * @param minRouge         a pair needs ROUGE-N F-measure &gt;= this, in (0, 1] (default 0.5, our choice; see docs/pairs.md)
 * @param minSpeedup       a pair needs runtime(slow) / runtime(fast) &gt;= this, at least 1 (default 1.2, from the paper)
 * @param testInputs       number of held-out test input programs requested (default 100), capped by {@code maxTestShare}
 * @param validFraction    fraction of the remaining input programs whose pairs go to validation, in [0, 1) (default 0.1)
 * @param seed             the one seed of every random choice of the split
 * @param maxPairsPerInput at most this many train/valid pairs per input program, keeping the most similar; 0 = no cap
 * @param referenceMinRouge the neighbourhood t of the reference sets R(x) (paper, equation 1): a program y of x's
 *                         problem with runtime(y) &lt; runtime(x) is a reference when ROUGE-N F(y, x) &gt;= this, in
 *                         (0, 1]; independent of the pair gate (default {@value #DEFAULT_REFERENCE_MIN_ROUGE})
 * @param maxTestShare     test inputs are at most this share of the eligible inputs (rounded down, at least 1),
 *                         in (0, 1] (default {@value #DEFAULT_MAX_TEST_SHARE}), so that training data remains
 */
public record PairConfig(int rougeN, double minRouge, double minSpeedup, int testInputs, double validFraction,
                         long seed, int maxPairsPerInput, double referenceMinRouge, double maxTestShare) {

    /** Default ROUGE gate: F-measure of ROUGE-8 at least 0.5. */
    public static final double DEFAULT_MIN_ROUGE = 0.5;
    /** Default speedup threshold of the paper: 1.2x. */
    public static final double DEFAULT_MIN_SPEEDUP = 1.2;
    /**
     * Default neighbourhood of the reference sets: ROUGE-8 F &gt;= 0.3. On the judged Code Jam corpus 0.5 leaves
     * almost no similar programs (docs/pairs.md) while 0.3 is the gate the reproduction pairs at; see docs/metrics.md.
     */
    public static final double DEFAULT_REFERENCE_MIN_ROUGE = 0.3;

    /**
     * Default cap on the test inputs as a share of the eligible inputs: 0.2, so that a small corpus keeps most of its
     * inputs for training (100 requested test inputs on 14 eligible would otherwise leave no training pair).
     */
    public static final double DEFAULT_MAX_TEST_SHARE = 0.2;

    /** The settings with the default reference neighbourhood {@value #DEFAULT_REFERENCE_MIN_ROUGE}. */
    public PairConfig(int rougeN, double minRouge, double minSpeedup, int testInputs, double validFraction, long seed,
                      int maxPairsPerInput) {
        this(rougeN, minRouge, minSpeedup, testInputs, validFraction, seed, maxPairsPerInput,
                DEFAULT_REFERENCE_MIN_ROUGE, DEFAULT_MAX_TEST_SHARE);
    }

    /** The settings with the default test share cap {@value #DEFAULT_MAX_TEST_SHARE}. */
    public PairConfig(int rougeN, double minRouge, double minSpeedup, int testInputs, double validFraction, long seed,
                      int maxPairsPerInput, double referenceMinRouge) {
        this(rougeN, minRouge, minSpeedup, testInputs, validFraction, seed, maxPairsPerInput, referenceMinRouge,
                DEFAULT_MAX_TEST_SHARE);
    }

    public PairConfig {
        if (!(maxTestShare > 0 && maxTestShare <= 1)) {
            throw new IllegalArgumentException("maxTestShare must be in (0, 1]: " + maxTestShare);
        }
        if (!(referenceMinRouge > 0 && referenceMinRouge <= 1)) {
            throw new IllegalArgumentException("referenceMinRouge must be in (0, 1]: " + referenceMinRouge);
        }
        if (rougeN < 1) {
            throw new IllegalArgumentException("rougeN must be >= 1: " + rougeN);
        }
        if (!(minRouge > 0 && minRouge <= 1)) {
            throw new IllegalArgumentException("minRouge must be in (0, 1]: " + minRouge);
        }
        if (!(minSpeedup >= 1) || Double.isInfinite(minSpeedup)) {
            throw new IllegalArgumentException("minSpeedup must be finite and >= 1: " + minSpeedup);
        }
        if (testInputs < 0) {
            throw new IllegalArgumentException("testInputs must be >= 0: " + testInputs);
        }
        if (!(validFraction >= 0 && validFraction < 1)) {
            throw new IllegalArgumentException("validFraction must be in [0, 1): " + validFraction);
        }
        if (maxPairsPerInput < 0) {
            throw new IllegalArgumentException("maxPairsPerInput must be >= 0 (0 = no cap): " + maxPairsPerInput);
        }
    }

    /** ROUGE-8, F &gt;= 0.5, speedup &gt;= 1.2, 100 test inputs, 10% validation, seed 0, no cap; references at 0.3. */
    public static PairConfig defaults() {
        return new PairConfig(RougeN.DEFAULT_N, DEFAULT_MIN_ROUGE, DEFAULT_MIN_SPEEDUP, 100, 0.1, 0L, 0);
    }

    /** A copy with another seed. */
    public PairConfig withSeed(long newSeed) {
        return new PairConfig(rougeN, minRouge, minSpeedup, testInputs, validFraction, newSeed, maxPairsPerInput,
                referenceMinRouge, maxTestShare);
    }

    /** A copy with another number of test inputs. */
    public PairConfig withTestInputs(int n) {
        return new PairConfig(rougeN, minRouge, minSpeedup, n, validFraction, seed, maxPairsPerInput,
                referenceMinRouge, maxTestShare);
    }

    /** A copy with another neighbourhood t of the reference sets. */
    public PairConfig withReferenceMinRouge(double t) {
        return new PairConfig(rougeN, minRouge, minSpeedup, testInputs, validFraction, seed, maxPairsPerInput, t,
                maxTestShare);
    }

    /** A copy with another cap on the test inputs' share of the eligible inputs. */
    public PairConfig withMaxTestShare(double share) {
        return new PairConfig(rougeN, minRouge, minSpeedup, testInputs, validFraction, seed, maxPairsPerInput,
                referenceMinRouge, share);
    }

    /** The parameters by name, for manifests ({@link ConfigJson}). */
    public Map<String, Object> toMap() {
        return ConfigJson.toMap(this);
    }

    /**
     * Inverse of {@link #toMap()} ({@link ConfigJson}); keys of other settings are ignored, and a
     * manifest written before {@code maxTestShare} existed reads with {@value #DEFAULT_MAX_TEST_SHARE}.
     */
    public static PairConfig fromMap(Map<String, ?> m) {
        return ConfigJson.fromMap(m, PairConfig.class, Map.of("maxTestShare", DEFAULT_MAX_TEST_SHARE));
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Named settings of a {@link PairConfig}; {@link #build()} validates. */
    public static final class Builder {
        private int rougeN;
        private double minRouge;
        private double minSpeedup;
        private int testInputs;
        private double validFraction;
        private long seed;
        private int maxPairsPerInput;
        private double referenceMinRouge;
        private double maxTestShare;

        private Builder(PairConfig c) {
            rougeN = c.rougeN;
            minRouge = c.minRouge;
            minSpeedup = c.minSpeedup;
            testInputs = c.testInputs;
            validFraction = c.validFraction;
            seed = c.seed;
            maxPairsPerInput = c.maxPairsPerInput;
            referenceMinRouge = c.referenceMinRouge;
            maxTestShare = c.maxTestShare;
        }

        /** n-gram order of the similarity gate. */
        public Builder rougeN(int v) {
            rougeN = v;
            return this;
        }

        /** Smallest ROUGE-N F-measure of a pair. */
        public Builder minRouge(double v) {
            minRouge = v;
            return this;
        }

        /** Smallest runtime(slow) / runtime(fast) of a pair. */
        public Builder minSpeedup(double v) {
            minSpeedup = v;
            return this;
        }

        /** Held-out test input programs requested. */
        public Builder testInputs(int v) {
            testInputs = v;
            return this;
        }

        /** Share of the remaining inputs whose pairs validate. */
        public Builder validFraction(double v) {
            validFraction = v;
            return this;
        }

        /** The split's seed. */
        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** At most this many pairs per input (0 = no cap). */
        public Builder maxPairsPerInput(int v) {
            maxPairsPerInput = v;
            return this;
        }

        /** Neighbourhood t of the reference sets. */
        public Builder referenceMinRouge(double v) {
            referenceMinRouge = v;
            return this;
        }

        /** Cap on the test inputs' share of the eligible inputs. */
        public Builder maxTestShare(double v) {
            maxTestShare = v;
            return this;
        }

        /** The validated configuration. */
        public PairConfig build() {
            return new PairConfig(rougeN, minRouge, minSpeedup, testInputs, validFraction, seed, maxPairsPerInput,
                    referenceMinRouge, maxTestShare);
        }
    }
}
