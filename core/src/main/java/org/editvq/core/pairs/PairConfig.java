package org.editvq.core.pairs;

import org.editvq.core.rouge.RougeN;

import java.util.LinkedHashMap;
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

    /** The parameters by name, for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rougeN", rougeN);
        m.put("minRouge", minRouge);
        m.put("minSpeedup", minSpeedup);
        m.put("testInputs", testInputs);
        m.put("validFraction", validFraction);
        m.put("seed", seed);
        m.put("maxPairsPerInput", maxPairsPerInput);
        m.put("referenceMinRouge", referenceMinRouge);
        m.put("maxTestShare", maxTestShare);
        return m;
    }

    /** Inverse of {@link #toMap()}; numbers may come back as any {@link Number} (e.g. from JSON). */
    public static PairConfig fromMap(Map<String, ?> m) {
        return new PairConfig(number(m, "rougeN").intValue(), number(m, "minRouge").doubleValue(),
                number(m, "minSpeedup").doubleValue(), number(m, "testInputs").intValue(),
                number(m, "validFraction").doubleValue(), number(m, "seed").longValue(),
                number(m, "maxPairsPerInput").intValue(), number(m, "referenceMinRouge").doubleValue(),
                m.containsKey("maxTestShare") ? number(m, "maxTestShare").doubleValue() : DEFAULT_MAX_TEST_SHARE);
    }

    private static Number number(Map<String, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("parameter '" + key + "' missing or not a number: " + v);
        }
        return n;
    }
}
