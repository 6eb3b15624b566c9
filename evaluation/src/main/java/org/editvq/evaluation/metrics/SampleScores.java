package org.editvq.evaluation.metrics;

/**
 * The scores of one generated sample ŷ of an input x, each on the 0–1 scale.
 *
 * @param correctness    S_C(ŷ, x): sentence BLEU of ŷ against all of R(x)
 * @param hardEfficiency S_EH(ŷ, x): efficiency weight of the reference ŷ equals exactly, 0 when none
 * @param softEfficiency S_ES(ŷ, x): sentence ΔBLEU of ŷ against R(x) weighted by efficiency
 */
public record SampleScores(double correctness, double hardEfficiency, double softEfficiency) {
    public SampleScores {
        check("correctness", correctness);
        check("hardEfficiency", hardEfficiency);
        check("softEfficiency", softEfficiency);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
