package org.editvq.evaluation.metrics;

import java.util.Objects;

/**
 * Settings of a ΔBLEU computation.
 *
 * @param bleu         smoothing, effective order and max order, as for BLEU
 * @param galleyCompat false: the formula of Galley et al. (2015), per n-gram the maximum over references of
 *                     weight × clipped count; true: what Galley's released script (the deltaBLEU fork of
 *                     sacrebleu) computes, the largest weight of any reference containing the n-gram times the count
 *                     clipped to the largest reference count. The two differ only when an n-gram occurs in several
 *                     references with different counts; see {@link DeltaBleu}.
 */
public record DeltaBleuConfig(BleuConfig bleu, boolean galleyCompat) {
    public DeltaBleuConfig {
        Objects.requireNonNull(bleu, "bleu");
    }

    /** The paper's formula with sacrebleu's sentence defaults (exp smoothing, effective order). */
    public static DeltaBleuConfig sentenceDefault() {
        return new DeltaBleuConfig(BleuConfig.sentenceDefault(), false);
    }

    /** The paper's formula with corpus defaults (exp smoothing, no effective order), as Galley's script. */
    public static DeltaBleuConfig corpusDefault() {
        return new DeltaBleuConfig(BleuConfig.corpusDefault(), false);
    }

    /** The signature: the BLEU signature with the ΔBLEU variant ({@code dbleu:paper} or {@code dbleu:galley}). */
    public String signature(int numRefs) {
        return "metric:delta-bleu|dbleu:" + (galleyCompat ? "galley" : "paper") + "|" + bleu.signature(numRefs);
    }
}
