package org.editvq.models;

import org.editvq.core.config.ConfigJson;

import java.util.Map;
import java.util.Objects;

/**
 * Architecture of a model. Immutable and validated; saved as JSON in every bundle ({@link #toMap()},
 * {@link #fromMap}). Build one by name with {@link #builder(Preset, ModelKind)} or
 * {@link #toBuilder()}; the positional constructor is the record's and is not meant for call sites.
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
 * @param codebookUpdate    {@link CodebookUpdate#GRADIENT} (codebook loss, the default) or {@link CodebookUpdate#EMA}
 * @param emaDecay          decay γ of the EMA codebook update, in (0, 1) (also when unused)
 * @param emaDebias         divide the zero-initialized EMA statistics by {@code 1 − γ^t}
 * @param codebookOptions   codebook initialisation and dead-code restarts ({@link CodebookOptions#LEGACY} when
 *                          absent from an older config.json)
 * @param latentInjection   where z enters the encoder-decoder ({@link LatentInjection#ENCODER}, the paper, when
 *                          absent from an older config.json; a builder that does not set it gets
 *                          {@link LatentInjection#defaultFor} its decoder)
 * @param decoder           what the decoder emits: the whole program (the paper, and every bundle
 *                          saved before this setting existed) or an edit script over the input
 */
public record ModelConfig(ModelKind kind, int vocabSize, int dModel, int heads, int dFf, int encoderLayers,
                          int decoderLayers, int editEncoderLayers, double dropout, double labelSmoothing,
                          int codebookSize, double commitmentBeta, int restartInterval, double restartThreshold,
                          double klWeight, int klAnnealSteps, int maxSourceLength, int maxTargetLength, long seed,
                          CodebookUpdate codebookUpdate, double emaDecay, boolean emaDebias,
                          CodebookOptions codebookOptions, LatentInjection latentInjection,
                          DecoderTarget decoder) {

    /** Codebook learned by the gradient of the codebook loss (alias of {@link CodebookUpdate#GRADIENT}). */
    public static final CodebookUpdate GRADIENT = CodebookUpdate.GRADIENT;
    /** Codebook learned by exponential moving averages (alias of {@link CodebookUpdate#EMA}). */
    public static final CodebookUpdate EMA = CodebookUpdate.EMA;
    /** EMA decay of configurations that do not choose one (the presets, {@code --codebook ema}). */
    public static final double DEFAULT_EMA_DECAY = 0.99;

    /**
     * The values of settings that configurations saved before they existed lack: the behaviour of that
     * time (gradient codebook, no EMA debiasing, {@link CodebookOptions#LEGACY}, z in the encoder only,
     * whole-program decoder). Used by {@link #fromMap} only; the constructor never fills or rewrites.
     */
    public static final Map<String, Object> ABSENT_IN_OLD_FILES = Map.of(
            "codebookUpdate", CodebookUpdate.GRADIENT.cliName(),
            "emaDecay", DEFAULT_EMA_DECAY,
            "emaDebias", false,
            "codebookOptions", ConfigJson.toMap(CodebookOptions.LEGACY),
            "latentInjection", LatentInjection.ENCODER.name(),
            "decoder", DecoderTarget.PROGRAM.name());

    public ModelConfig {
        // files saved before a setting existed are completed by fromMap, never here
        Objects.requireNonNull(codebookUpdate, "codebookUpdate");
        Objects.requireNonNull(codebookOptions, "codebookOptions");
        Objects.requireNonNull(latentInjection, "latentInjection");
        Objects.requireNonNull(decoder, "decoder");
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
    public static ModelConfig preset(Preset preset, ModelKind kind, int vocabSize, long seed) {
        return builder(preset, kind).vocabSize(vocabSize).seed(seed).build();
    }

    /** {@link #preset(Preset, ModelKind, int, long)} by name ({@code smoke}, {@code cpu}, {@code paper}). */
    public static ModelConfig preset(String name, ModelKind kind, int vocabSize, long seed) {
        return preset(Preset.parse(name), kind, vocabSize, seed);
    }

    /**
     * A builder holding the preset's settings for {@code kind} (see {@link #preset(Preset, ModelKind, int, long)}),
     * seed 0 and no vocabulary size yet: set {@link Builder#vocabSize} (the library does it from the
     * vocabulary it builds) and change any setting by name.
     */
    public static Builder builder(Preset preset, ModelKind kind) {
        Builder b = new Builder(kind);
        switch (preset) {
            case PAPER -> b.dims(128, 8, 512).layers(6, 6, 6).regularization(0.1, 0.1).codebookSize(64)
                    .klWeight(1.0).klAnnealSteps(4000).maxLengths(1024);
            case CPU -> b.dims(128, 8, 512).layers(2, 2, 2).regularization(0.1, 0.1).codebookSize(64)
                    .klWeight(1.0).klAnnealSteps(1000).maxLengths(640);
            case SMOKE -> b.dims(32, 4, 64).layers(1, 1, 1).regularization(0, 0).codebookSize(8)
                    .restarts(20, 0.03).klWeight(0.1).klAnnealSteps(50).maxLengths(256);
        }
        return b;
    }

    /** A builder holding this configuration's settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This configuration as a JSON-ready map, the content of a bundle's config.json ({@link ConfigJson}). */
    public Map<String, Object> toMap() {
        return ConfigJson.toMap(this);
    }

    /**
     * Reads {@link #toMap()} output, including config.json files saved before some settings existed
     * (those take {@link #ABSENT_IN_OLD_FILES}).
     */
    public static ModelConfig fromMap(Map<String, ?> map) {
        if (map.get("codebookOptions") instanceof Map<?, ?> options) {
            // codebook options saved before the lookup settings existed lack them
            Map<String, Object> filled = new java.util.LinkedHashMap<>(map);
            @SuppressWarnings("unchecked")
            Map<String, ?> inner = (Map<String, ?>) options;
            filled.put("codebookOptions", ConfigJson.toMap(CodebookOptions.fromMap(inner)));
            return ConfigJson.fromMap(filled, ModelConfig.class, ABSENT_IN_OLD_FILES);
        }
        return ConfigJson.fromMap(map, ModelConfig.class, ABSENT_IN_OLD_FILES);
    }

    /** The longest sequence any embedder of this model must position. */
    public int maxPositions() {
        int decoder = maxTargetLength + 1;
        int concat = kind == ModelKind.VQVAE ? maxSourceLength + maxTargetLength + 1 : 0;
        return Math.max(Math.max(maxSourceLength, decoder), concat);
    }

    /** A copy with another kind (an edit encoder of at least one layer when the new kind has a latent). */
    public ModelConfig withKind(ModelKind newKind) {
        return toBuilder().kind(newKind).editEncoderLayers(Math.max(editEncoderLayers, newKind.hasLatent() ? 1 : 0))
                .build();
    }

    /** A copy with the EMA codebook update (decay γ, optional debiasing). */
    public ModelConfig withEmaCodebook(double decay, boolean debias) {
        return toBuilder().codebookUpdate(CodebookUpdate.EMA).emaDecay(decay).emaDebias(debias).build();
    }

    /** A copy with other codebook initialisation and restart options. */
    public ModelConfig withCodebookOptions(CodebookOptions options) {
        return toBuilder().codebookOptions(options).build();
    }

    /** A copy with dead-code restarts every {@code interval} steps (0 = never) below {@code threshold / K}. */
    public ModelConfig withRestarts(int interval, double threshold) {
        return toBuilder().restarts(interval, threshold).build();
    }

    /** A copy in which z enters where {@code injection} says. */
    public ModelConfig withLatentInjection(LatentInjection injection) {
        return toBuilder().latentInjection(injection).build();
    }

    /** A copy whose decoder emits {@code target} (the whole program or an edit script). */
    public ModelConfig withDecoder(DecoderTarget target) {
        return toBuilder().decoder(target).build();
    }

    /**
     * Named settings of a {@link ModelConfig}. Starts from a preset ({@link ModelConfig#builder(Preset, ModelKind)})
     * or a configuration ({@link ModelConfig#toBuilder()}); {@link #build()} validates and rewrites nothing.
     */
    public static final class Builder {
        private ModelKind kind;
        private int vocabSize;
        private int dModel;
        private int heads;
        private int dFf;
        private int encoderLayers;
        private int decoderLayers;
        private int editEncoderLayers;
        private double dropout;
        private double labelSmoothing;
        private int codebookSize;
        private double commitmentBeta = 0.25;
        private int restartInterval = 25;
        private double restartThreshold = 0.03;
        private double klWeight;
        private int klAnnealSteps;
        private int maxSourceLength;
        private int maxTargetLength;
        private long seed;
        private CodebookUpdate codebookUpdate = CodebookUpdate.GRADIENT;
        private double emaDecay = DEFAULT_EMA_DECAY;
        private boolean emaDebias = true;
        private CodebookOptions codebookOptions = CodebookOptions.DEFAULT;
        private LatentInjection latentInjection; // null: LatentInjection.defaultFor(decoder) at build()
        private DecoderTarget decoder = DecoderTarget.PROGRAM;

        private Builder(ModelKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        private Builder(ModelConfig c) {
            kind = c.kind;
            vocabSize = c.vocabSize;
            dModel = c.dModel;
            heads = c.heads;
            dFf = c.dFf;
            encoderLayers = c.encoderLayers;
            decoderLayers = c.decoderLayers;
            editEncoderLayers = c.editEncoderLayers;
            dropout = c.dropout;
            labelSmoothing = c.labelSmoothing;
            codebookSize = c.codebookSize;
            commitmentBeta = c.commitmentBeta;
            restartInterval = c.restartInterval;
            restartThreshold = c.restartThreshold;
            klWeight = c.klWeight;
            klAnnealSteps = c.klAnnealSteps;
            maxSourceLength = c.maxSourceLength;
            maxTargetLength = c.maxTargetLength;
            seed = c.seed;
            codebookUpdate = c.codebookUpdate;
            emaDecay = c.emaDecay;
            emaDebias = c.emaDebias;
            codebookOptions = c.codebookOptions;
            latentInjection = c.latentInjection;
            decoder = c.decoder;
        }

        /** Which model. */
        public Builder kind(ModelKind v) {
            kind = v;
            return this;
        }

        /** Vocabulary size V, special tokens included (the library sets it from the vocabulary it builds). */
        public Builder vocabSize(int v) {
            vocabSize = v;
            return this;
        }

        /** The vocabulary size set so far (0 = not yet). */
        public int vocabSize() {
            return vocabSize;
        }

        /** Model width d. */
        public Builder dModel(int v) {
            dModel = v;
            return this;
        }

        /** Attention heads (divides d). */
        public Builder heads(int v) {
            heads = v;
            return this;
        }

        /** Feed-forward width. */
        public Builder dFf(int v) {
            dFf = v;
            return this;
        }

        /** Width, heads and feed-forward width at once. */
        public Builder dims(int dModel, int heads, int dFf) {
            return dModel(dModel).heads(heads).dFf(dFf);
        }

        /** Layers of the seq2seq encoder. */
        public Builder encoderLayers(int v) {
            encoderLayers = v;
            return this;
        }

        /** Layers of the decoder. */
        public Builder decoderLayers(int v) {
            decoderLayers = v;
            return this;
        }

        /** Layers of the edit encoder (at least 1 for the latent models). */
        public Builder editEncoderLayers(int v) {
            editEncoderLayers = v;
            return this;
        }

        /** Encoder, decoder and edit-encoder layers at once. */
        public Builder layers(int encoder, int decoder, int editEncoder) {
            return encoderLayers(encoder).decoderLayers(decoder).editEncoderLayers(editEncoder);
        }

        /** Dropout rate. */
        public Builder dropout(double v) {
            dropout = v;
            return this;
        }

        /** Label smoothing ε. */
        public Builder labelSmoothing(double v) {
            labelSmoothing = v;
            return this;
        }

        /** Dropout and label smoothing at once. */
        public Builder regularization(double dropout, double labelSmoothing) {
            return dropout(dropout).labelSmoothing(labelSmoothing);
        }

        /** Number of discrete latents K. */
        public Builder codebookSize(int v) {
            codebookSize = v;
            return this;
        }

        /** β of the commitment loss. */
        public Builder commitmentBeta(double v) {
            commitmentBeta = v;
            return this;
        }

        /** Dead-code restarts every {@code interval} steps (0 = never) below {@code threshold / K}. */
        public Builder restarts(int interval, double threshold) {
            restartInterval = interval;
            restartThreshold = threshold;
            return this;
        }

        /** Final weight of the KL term (Edit-VAE). */
        public Builder klWeight(double v) {
            klWeight = v;
            return this;
        }

        /** Steps of linear KL warm-up. */
        public Builder klAnnealSteps(int v) {
            klAnnealSteps = v;
            return this;
        }

        /** Longest source program in tokens. */
        public Builder maxSourceLength(int v) {
            maxSourceLength = v;
            return this;
        }

        /** Longest target program in tokens. */
        public Builder maxTargetLength(int v) {
            maxTargetLength = v;
            return this;
        }

        /** Longest source and target programs at once. */
        public Builder maxLengths(int v) {
            return maxSourceLength(v).maxTargetLength(v);
        }

        /** Seed of weight initialization. */
        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** How the codebook learns. */
        public Builder codebookUpdate(CodebookUpdate v) {
            codebookUpdate = v;
            return this;
        }

        /** Decay γ of the EMA codebook update, in (0, 1). */
        public Builder emaDecay(double v) {
            emaDecay = v;
            return this;
        }

        /** Debias the EMA statistics. */
        public Builder emaDebias(boolean v) {
            emaDebias = v;
            return this;
        }

        /** Codebook initialisation and restarts. */
        public Builder codebookOptions(CodebookOptions v) {
            codebookOptions = v;
            return this;
        }

        /**
         * Where z enters the encoder-decoder; unset (or null), {@link #build} takes
         * {@link LatentInjection#defaultFor} the decoder.
         */
        public Builder latentInjection(LatentInjection v) {
            latentInjection = v;
            return this;
        }

        /** What the decoder emits. */
        public Builder decoder(DecoderTarget v) {
            decoder = v;
            return this;
        }

        /** What the decoder emits, as set so far (the vocabulary depends on it). */
        public DecoderTarget decoder() {
            return decoder;
        }

        /** The validated configuration. */
        public ModelConfig build() {
            return new ModelConfig(kind, vocabSize, dModel, heads, dFf, encoderLayers, decoderLayers,
                    editEncoderLayers, dropout, labelSmoothing, codebookSize, commitmentBeta, restartInterval,
                    restartThreshold, klWeight, klAnnealSteps, maxSourceLength, maxTargetLength, seed, codebookUpdate,
                    emaDecay, emaDebias, codebookOptions,
                    latentInjection != null ? latentInjection : LatentInjection.defaultFor(decoder), decoder);
        }
    }
}
