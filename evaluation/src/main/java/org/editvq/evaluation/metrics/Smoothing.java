package org.editvq.evaluation.metrics;

import java.util.Locale;

/**
 * BLEU smoothing methods with sacrebleu's semantics (Chen and Cherry, 2014, "A Systematic Comparison of
 * Smoothing Techniques for Sentence-Level BLEU").
 */
public enum Smoothing {
    /** No smoothing: a zero n-gram precision makes the score 0. */
    NONE("none", Double.NaN),
    /** Method 1: a zero match count is replaced by a small value (default 0.1). */
    FLOOR("floor", 0.1),
    /** Method 2: k (default 1) is added to matches and totals of every order n &gt; 1. */
    ADD_K("add-k", 1.0),
    /** Method 3 (NIST, mteval-v13a): the i-th zero precision becomes 1 / (2^i × total). */
    EXP("exp", Double.NaN);

    private final String cliName;
    private final double defaultValue;

    Smoothing(String cliName, double defaultValue) {
        this.cliName = cliName;
        this.defaultValue = defaultValue;
    }

    /** The name sacrebleu uses: {@code none}, {@code floor}, {@code add-k}, {@code exp}. */
    public String cliName() {
        return cliName;
    }

    /** Whether this method takes a value (floor and add-k). */
    public boolean takesValue() {
        return !Double.isNaN(defaultValue);
    }

    /** sacrebleu's default value: 0.1 for floor, 1 for add-k, NaN for methods without a value. */
    public double defaultValue() {
        return defaultValue;
    }

    /** The method named {@code name} ({@code exp}, {@code floor}, {@code add-k}, {@code none}; any case). */
    public static Smoothing fromName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Smoothing s : values()) {
            if (s.cliName.equals(wanted) || s.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown smoothing method '" + name + "'; expected exp, floor, add-k or none");
    }
}
