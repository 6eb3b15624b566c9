package org.editvq.synth;

import java.util.Objects;

/**
 * What {@link PlantedEditCorpus#generate(SynthConfig)} generates.
 *
 * @param problems              how many of the selected problems ({@link SynthLanguage#problems()}) to use (the first ones), at least 1 and at most their number
 * @param submissionsPerProblem submissions generated per problem, at least 1
 * @param fastProbability       probability that each edit category takes its fast variant, in [0, 1]
 * @param seed                  the one seed every input, choice and surface style derives from
 * @param largeInputs           large inputs (slow and fast variants differ clearly in CPU time) or small ones (fast checks)
 * @param language              the submissions' language: Java problems, Python problems, or both
 */
public record SynthConfig(int problems, int submissionsPerProblem, double fastProbability, long seed, boolean largeInputs,
                          SynthLanguage language) {
    public SynthConfig {
        Objects.requireNonNull(language, "language");
        int available = language.problems().size();
        if (problems < 1 || problems > available) {
            throw new IllegalArgumentException("problems must be in 1.." + available + " for " + language + ": " + problems);
        }
        if (submissionsPerProblem < 1) {
            throw new IllegalArgumentException("submissionsPerProblem must be >= 1: " + submissionsPerProblem);
        }
        if (!(fastProbability >= 0 && fastProbability <= 1)) {
            throw new IllegalArgumentException("fastProbability must be in [0, 1]: " + fastProbability);
        }
    }

    /** Java submissions only (as before the language option). */
    public SynthConfig(int problems, int submissionsPerProblem, double fastProbability, long seed, boolean largeInputs) {
        this(problems, submissionsPerProblem, fastProbability, seed, largeInputs, SynthLanguage.JAVA);
    }

    /** All Java problems, 40 submissions each, fast with probability 0.5, seed 2022, large inputs. */
    public static SynthConfig defaults() {
        return new SynthConfig(SynthProblems.count(), 40, 0.5, 2022L, true);
    }
}
