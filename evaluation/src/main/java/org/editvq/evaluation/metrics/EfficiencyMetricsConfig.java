package org.editvq.evaluation.metrics;

import java.util.Objects;

/**
 * Settings of the paper's per-sample metrics.
 *
 * @param bleu         settings of the sentence BLEU behind S_C and of the sentence ΔBLEU behind S_ES
 * @param galleyCompat whether S_ES uses Galley's script variant of ΔBLEU instead of the formula
 */
public record EfficiencyMetricsConfig(BleuConfig bleu, boolean galleyCompat) {
    public EfficiencyMetricsConfig {
        Objects.requireNonNull(bleu, "bleu");
    }

    /** sacrebleu's sentence BLEU defaults (exp smoothing, effective order, order 4) and ΔBLEU's formula. */
    public static EfficiencyMetricsConfig defaults() {
        return new EfficiencyMetricsConfig(BleuConfig.sentenceDefault(), false);
    }
}
