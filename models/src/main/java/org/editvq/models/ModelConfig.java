package org.editvq.models;

import java.util.Locale;

/**
 * Architecture of a model. Immutable and validated; saved as JSON in every bundle.
 *
 * @param kind              which of the five models
 * @param vocabSize         vocabulary size V (including special tokens)
 * @param dModel            model width d
 * @param heads             attention heads (divides d)
 * @param dFf               feed-forward width
 * @param encoderLayers     layers of the seq2seq encoder
 * @param decoderLayers     layers of the decoder
 * @param editEncoderLayers layers of the (tied) edit encoder; unused by the transformers
 * @param dropout           dropout rate on embeddings and sub-layer outputs
 * @param labelSmoothing    label smoothing ε of the cross-entropy
 * @param codebookSize      K, number of discrete latents (VQ models)
 * @param commitmentBeta    β of the commitment loss
 * @param restartInterval   dead-code restart every this many steps (0 = never)
 * @param restartThreshold  a code is dead when its usage share falls below threshold / K
 * @param klWeight          final weight of the KL term (Edit-VAE)
 * @param klAnnealSteps     steps of linear KL warm-up from 0 to klWeight
 * @param maxSourceLength   longest source program in tokens; longer pairs are dropped
 * @param maxTargetLength   longest target program in tokens; longer pairs are dropped
 * @param seed              seed of weight initialization
 * @param codebookUpdate    {@code gradient} (codebook loss, the default) or {@code ema} (moving averages)
 * @param emaDecay          decay γ of the EMA codebook update
 * @param emaDebias         divide the zero-initialized EMA statistics by {@code 1 − γ^t}
 * @param codebookOptions   codebook initialisation and dead-code restarts ({@link CodebookOptions#LEGACY} when
 *                          absent from an older config.json)
 * @param latentInjection   where z enters the encoder-decoder ({@link LatentInjection#ENCODER}, the paper, when
 *                          absent from an older config.json)
 * @param decoder           what the decoder emits: the whole program (the paper, and every bundle
 *                          saved before this setting existed) or an edit script over the input
 */
public record ModelConfig(ModelKind kind, int vocabSize, int dModel, int heads, int dFf, int encoderLayers,
                          int decoderLayers, int editEncoderLayers, double dropout, double labelSmoothing,
                          int codebookSize, double commitmentBeta, int restartInterval, double restartThreshold,
                          double klWeight, int klAnnealSteps, int maxSourceLength, int maxTargetLength, long seed,
                          String codebookUpdate, double emaDecay, boolean emaDebias,
                          CodebookOptions codebookOptions, LatentInjection latentInjection,
                          DecoderTarget decoder) {

    /** Codebook learned by the gradient of the codebook loss. */
    public static final String GRADIENT = "gradient";
    /** Codebook learned by exponential moving averages. */
    public static final String EMA = "ema";

    /** A configuration with the gradient codebook update (EMA settings at their defaults, unused). */
    public ModelConfig(ModelKind kind, int vocabSize, int dModel, int heads, int dFf, int encoderLayers,
                       int decoderLayers, int editEncoderLayers, double dropout, double labelSmoothing,
                       int codebookSize, double commitmentBeta, int restartInterval, double restartThreshold,
                       double klWeight, int klAnnealSteps, int maxSourceLength, int maxTargetLength, long seed) {
        this(kind, vocabSize, dModel, heads, dFf, encoderLayers, decoderLayers, editEncoderLayers, dropout,
                labelSmoothing, codebookSize, commitmentBeta, restartInterval, restartThreshold, klWeight,
                klAnnealSteps, maxSourceLength, maxTargetLength, seed, GRADIENT, 0.99, true);
    }

    /**
     * A configuration with {@link CodebookOptions#LEGACY} codebook handling and z in the encoder only
     * (the settings before those options existed).
     */
    public ModelConfig(ModelKind kind, int vocabSize, int dModel, int heads, int dFf, int encoderLayers,
                       int decoderLayers, int editEncoderLayers, double dropout, double labelSmoothing,
                       int codebookSize, double commitmentBeta, int restartInterval, double restartThreshold,
                       double klWeight, int klAnnealSteps, int maxSourceLength, int maxTargetLength, long seed,
                       String codebookUpdate, double emaDecay, boolean emaDebias) {
        this(kind, vocabSize, dModel, heads, dFf, encoderLayers, decoderLayers, editEncoderLayers, dropout,
                labelSmoothing, codebookSize, commitmentBeta, restartInterval, restartThreshold, klWeight,
                klAnnealSteps, maxSourceLength, maxTargetLength, seed, codebookUpdate, emaDecay, emaDebias,
                CodebookOptions.LEGACY, LatentInjection.ENCODER, DecoderTarget.PROGRAM);
    }

    public ModelConfig {
        // configurations saved before the EMA option existed lack these fields
        codebookUpdate = codebookUpdate == null ? GRADIENT : codebookUpdate;
        emaDecay = emaDecay == 0 ? 0.99 : emaDecay;
        // ... and these, added later, take the behaviour of that time
        codebookOptions = codebookOptions == null ? CodebookOptions.LEGACY : codebookOptions;
        latentInjection = latentInjection == null ? LatentInjection.ENCODER : latentInjection;
        // configurations saved before the decoder setting existed decode whole programs
        decoder = decoder == null ? DecoderTarget.PROGRAM : decoder;
        if (!codebookUpdate.equals(GRADIENT) && !codebookUpdate.equals(EMA)) {
            throw new IllegalArgumentException("codebookUpdate must be gradient or ema: " + codebookUpdate);
        }
        if (!(emaDecay > 0 && emaDecay < 1)) {
            throw new IllegalArgumentException("emaDecay must be in (0, 1): " + emaDecay);
        }
        java.util.Objects.requireNonNull(kind, "kind");
        positive("vocabSize", vocabSize);
        positive("dModel", dModel);
        positive("heads", heads);
        positive("dFf", dFf);
        positive("encoderLayers", encoderLayers);
        positive("decoderLayers", decoderLayers);
        positive("codebookSize", codebookSize);
        positive("maxSourceLength", maxSourceLength);
        positive("maxTargetLength", maxTargetLength);
        if (dModel % heads != 0) {
            throw new IllegalArgumentException("dModel " + dModel + " must be divisible by heads " + heads);
        }
        if (vocabSize < 6) {
            throw new IllegalArgumentException("vocabSize must exceed the 5 special tokens: " + vocabSize);
        }
        if (editEncoderLayers < 0 || (kind.hasLatent() && editEncoderLayers == 0)) {
            throw new IllegalArgumentException("editEncoderLayers must be >= 1 for " + kind.cliName());
        }
        if (!(dropout >= 0 && dropout < 1) || !(labelSmoothing >= 0 && labelSmoothing < 1)) {
            throw new IllegalArgumentException("dropout and labelSmoothing must be in [0, 1)");
        }
        if (commitmentBeta < 0 || klWeight < 0 || klAnnealSteps < 0 || restartInterval < 0 || restartThreshold < 0) {
            throw new IllegalArgumentException("beta, klWeight, klAnnealSteps, restart settings must be >= 0");
        }
    }

    private static void positive(String name, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0: " + v);
        }
    }

    /**
     * A named preset: {@code paper} (the paper's Appendix A.1: d 128, d_ff 512, 6 layers,
     * 8 heads, dropout 0.1, K 64, lengths 1024), {@code cpu} (the largest that trains all five
     * models in about two hours on a 2-core CPU) or {@code smoke} (seconds, for tests). Every
     * preset uses {@link CodebookOptions#DEFAULT} (k-means initialisation, reservoir restarts) with
     * dead-code restarts every 25 steps (20 for smoke) and z in the encoder only.
     */
    public static ModelConfig preset(String name, ModelKind kind, int vocabSize, long seed) {
        ModelConfig base = switch (name.toLowerCase(Locale.ROOT)) {
            case "paper" -> new ModelConfig(kind, vocabSize, 128, 8, 512, 6, 6, 6, 0.1, 0.1, 64, 0.25, 25, 0.03,
                    1.0, 4000, 1024, 1024, seed);
            case "cpu" -> new ModelConfig(kind, vocabSize, 128, 8, 512, 2, 2, 2, 0.1, 0.1, 64, 0.25, 25, 0.03,
                    1.0, 1000, 640, 640, seed);
            case "smoke" -> new ModelConfig(kind, vocabSize, 32, 4, 64, 1, 1, 1, 0.0, 0.0, 8, 0.25, 20, 0.03,
                    0.1, 50, 256, 256, seed);
            default -> throw new IllegalArgumentException("unknown preset '" + name + "'; expected smoke, cpu or paper");
        };
        return base.withCodebookOptions(CodebookOptions.DEFAULT);
    }

    /** The longest sequence any embedder of this model must position. */
    public int maxPositions() {
        int decoder = maxTargetLength + 1;
        int concat = kind == ModelKind.VQVAE ? maxSourceLength + maxTargetLength + 1 : 0;
        return Math.max(Math.max(maxSourceLength, decoder), concat);
    }

    /** A copy with another kind. */
    public ModelConfig withKind(ModelKind newKind) {
        return new ModelConfig(newKind, vocabSize, dModel, heads, dFf, encoderLayers, decoderLayers,
                Math.max(editEncoderLayers, newKind.hasLatent() ? 1 : 0), dropout, labelSmoothing, codebookSize,
                commitmentBeta, restartInterval, restartThreshold, klWeight, klAnnealSteps, maxSourceLength,
                maxTargetLength, seed, codebookUpdate, emaDecay, emaDebias, codebookOptions, latentInjection,
                decoder);
    }

    /** A copy with the EMA codebook update (decay γ, optional debiasing). */
    public ModelConfig withEmaCodebook(double decay, boolean debias) {
        return new ModelConfig(kind, vocabSize, dModel, heads, dFf, encoderLayers, decoderLayers, editEncoderLayers,
                dropout, labelSmoothing, codebookSize, commitmentBeta, restartInterval, restartThreshold, klWeight,
                klAnnealSteps, maxSourceLength, maxTargetLength, seed, EMA, decay, debias, codebookOptions,
                latentInjection, decoder);
    }

    /** A copy with other codebook initialisation and restart options. */
    public ModelConfig withCodebookOptions(CodebookOptions options) {
        return new ModelConfig(kind, vocabSize, dModel, heads, dFf, encoderLayers, decoderLayers, editEncoderLayers,
                dropout, labelSmoothing, codebookSize, commitmentBeta, restartInterval, restartThreshold, klWeight,
                klAnnealSteps, maxSourceLength, maxTargetLength, seed, codebookUpdate, emaDecay, emaDebias,
                java.util.Objects.requireNonNull(options, "options"), latentInjection, decoder);
    }

    /** A copy with dead-code restarts every {@code interval} steps (0 = never) below {@code threshold / K}. */
    public ModelConfig withRestarts(int interval, double threshold) {
        return new ModelConfig(kind, vocabSize, dModel, heads, dFf, encoderLayers, decoderLayers, editEncoderLayers,
                dropout, labelSmoothing, codebookSize, commitmentBeta, interval, threshold, klWeight,
                klAnnealSteps, maxSourceLength, maxTargetLength, seed, codebookUpdate, emaDecay, emaDebias,
                codebookOptions, latentInjection, decoder);
    }

    /** A copy in which z enters where {@code injection} says. */
    public ModelConfig withLatentInjection(LatentInjection injection) {
        return new ModelConfig(kind, vocabSize, dModel, heads, dFf, encoderLayers, decoderLayers, editEncoderLayers,
                dropout, labelSmoothing, codebookSize, commitmentBeta, restartInterval, restartThreshold, klWeight,
                klAnnealSteps, maxSourceLength, maxTargetLength, seed, codebookUpdate, emaDecay, emaDebias,
                codebookOptions, java.util.Objects.requireNonNull(injection, "injection"), decoder);
    }

    /** A copy whose decoder emits {@code target} (the whole program or an edit script). */
    public ModelConfig withDecoder(DecoderTarget target) {
        return new ModelConfig(kind, vocabSize, dModel, heads, dFf, encoderLayers, decoderLayers, editEncoderLayers,
                dropout, labelSmoothing, codebookSize, commitmentBeta, restartInterval, restartThreshold, klWeight,
                klAnnealSteps, maxSourceLength, maxTargetLength, seed, codebookUpdate, emaDecay, emaDebias,
                codebookOptions, latentInjection, java.util.Objects.requireNonNull(target, "target"));
    }
}
