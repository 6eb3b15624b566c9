package org.editvq.evaluation.metrics;

import org.editvq.core.manifest.EditVqVersion;

import java.util.Locale;
import java.util.Objects;

/**
 * Settings of a BLEU computation, with sacrebleu's meaning.
 *
 * @param smoothing      smoothing method
 * @param smoothValue    value of {@link Smoothing#FLOOR} or {@link Smoothing#ADD_K}; {@link Double#NaN} means the
 *                       method's default (0.1 and 1); ignored (and normalized to NaN) for the other methods
 * @param effectiveOrder when true, stop at the highest order whose hypothesis n-gram total is non-zero (sacrebleu's
 *                       {@code effective_order}; recommended for sentence BLEU)
 * @param maxOrder       highest n-gram order, 4 by default
 */
public record BleuConfig(Smoothing smoothing, double smoothValue, boolean effectiveOrder, int maxOrder) {

    /** The default highest n-gram order. */
    public static final int DEFAULT_MAX_ORDER = 4;

    public BleuConfig {
        Objects.requireNonNull(smoothing, "smoothing");
        if (maxOrder < 1) {
            throw new IllegalArgumentException("maxOrder must be >= 1: " + maxOrder);
        }
        if (!smoothing.takesValue()) {
            smoothValue = Double.NaN;
        } else if (Double.isNaN(smoothValue)) {
            smoothValue = smoothing.defaultValue();
        } else if (!(smoothValue >= 0) || Double.isInfinite(smoothValue)) {
            throw new IllegalArgumentException("smoothValue for " + smoothing.cliName() + " must be finite and >= 0: "
                    + smoothValue);
        }
    }

    /**
     * sacrebleu's sentence BLEU defaults ({@code sentence_bleu}): exp smoothing with effective order, max order 4.
     */
    public static BleuConfig sentenceDefault() {
        return new BleuConfig(Smoothing.EXP, Double.NaN, true, DEFAULT_MAX_ORDER);
    }

    /** sacrebleu's corpus BLEU defaults ({@code corpus_bleu}): exp smoothing, no effective order, max order 4. */
    public static BleuConfig corpusDefault() {
        return new BleuConfig(Smoothing.EXP, Double.NaN, false, DEFAULT_MAX_ORDER);
    }

    /** A copy with another smoothing method (and that method's default value). */
    public BleuConfig withSmoothing(Smoothing method) {
        return new BleuConfig(method, Double.NaN, effectiveOrder, maxOrder);
    }

    /** A copy with another smoothing method and value. */
    public BleuConfig withSmoothing(Smoothing method, double value) {
        return new BleuConfig(method, value, effectiveOrder, maxOrder);
    }

    /** A copy with effective order switched on or off. */
    public BleuConfig withEffectiveOrder(boolean on) {
        return new BleuConfig(smoothing, smoothValue, on, maxOrder);
    }

    /** A copy with another highest n-gram order. */
    public BleuConfig withMaxOrder(int order) {
        return new BleuConfig(smoothing, smoothValue, effectiveOrder, order);
    }

    /** The smoothing part of the signature, as sacrebleu prints it: {@code exp}, {@code floor[0.10]}, ... */
    public String smoothingSignature() {
        return smoothing.takesValue()
                ? String.format(Locale.ROOT, "%s[%.2f]", smoothing.cliName(), smoothValue)
                : smoothing.cliName();
    }

    /**
     * A reproducibility signature in sacrebleu's style, e.g.
     * {@code nrefs:1|case:mixed|eff:no|tok:none|smooth:exp|order:4|version:editvq-0.1.0}. Text is always
     * pre-tokenized ({@code tok:none}) and never lowercased ({@code case:mixed}); {@code order} is an addition to
     * sacrebleu's fields.
     *
     * @param numRefs references per segment; a negative value prints {@code var} (a variable number)
     */
    public String signature(int numRefs) {
        return "nrefs:" + (numRefs < 0 ? "var" : Integer.toString(numRefs))
                + "|case:mixed|eff:" + (effectiveOrder ? "yes" : "no")
                + "|tok:none|smooth:" + smoothingSignature()
                + "|order:" + maxOrder
                + "|version:editvq-" + EditVqVersion.VERSION;
    }
}
