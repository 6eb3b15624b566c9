package org.editvq.models;

import org.editvq.models.nn.Arena;
import org.editvq.models.nn.AttentionPooling;
import org.editvq.models.nn.DecoderStack;
import org.editvq.models.nn.Embedder;
import org.editvq.models.nn.EncoderStack;
import org.editvq.models.nn.GaussianLatent;
import org.editvq.models.nn.ParamSet;
import org.editvq.models.nn.TiedOutput;
import org.editvq.models.nn.TokenBatch;
import org.editvq.models.nn.VectorQuantizer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One of the paper's five models (see {@link ModelKind}) with hand-written forward and backward
 * passes on ND4J.
 *
 * <p>All share a pre-LN transformer encoder-decoder whose source input is
 * {@code e(x)·√d + PE + z} (z = 0 for the transformers) and whose decoder generates y; the token
 * table is shared by every embedder and tied to the output projection. The latent z is
 * <ul>
 *   <li>Edit-VQ-VAE: {@code quantize(f(y) − f(x))} with f a tied transformer encoder followed by
 *       attention pooling against a learned query, straight-through gradients;</li>
 *   <li>VQ-VAE: {@code quantize(g(x ⟨sep⟩ y))} with g of the same shape as f;</li>
 *   <li>Edit-VAE: a sample of N(μ, σ²) with μ, log σ² linear in f(y) − f(x);</li>
 * </ul>
 * Shapes: source [B, Ts], decoder input [B, Ty+1], hidden states [B·T, d], latent [B, d],
 * logits [B·(Ty+1), V].
 */
public final class EditModel {
    private final ModelConfig config;
    private final ParamSet params;
    private final Embedder embedder;
    private final EncoderStack encoder;
    private final DecoderStack decoder;
    private final TiedOutput output;
    private final EncoderStack editEncoder;
    private final AttentionPooling pooling;
    private final VectorQuantizer quantizer;
    private final GaussianLatent gaussian;

    /** Builds a model with weights initialized from {@code config.seed()}. */
    public EditModel(ModelConfig config, DataType dataType) {
        this.config = config;
        this.params = new ParamSet(dataType, config.seed());
        int d = config.dModel();
        this.embedder = new Embedder(params, "embed", config.vocabSize(), d, config.maxPositions(), config.dropout());
        this.encoder = new EncoderStack(params, "enc", config.encoderLayers(), d, config.heads(), config.dFf(),
                config.dropout());
        this.decoder = new DecoderStack(params, "dec", config.decoderLayers(), d, config.heads(), config.dFf(),
                config.dropout());
        this.output = new TiedOutput(embedder.table(), config.labelSmoothing());
        ModelKind kind = config.kind();
        if (kind.hasLatent()) {
            this.editEncoder = new EncoderStack(params, "edit", config.editEncoderLayers(), d, config.heads(),
                    config.dFf(), config.dropout());
            this.pooling = new AttentionPooling(params, "edit.pool", d, config.heads());
        } else {
            this.editEncoder = null;
            this.pooling = null;
        }
        CodebookOptions cb = config.codebookOptions();
        this.quantizer = kind.discrete() ? new VectorQuantizer(params, "codebook", config.codebookSize(), d,
                config.commitmentBeta(), config.restartInterval(), config.restartThreshold(), cb.lookup().layer(),
                cb.codeDim(), cb.estimator().layer()) : null;
        this.gaussian = kind == ModelKind.EDIT_VAE ? new GaussianLatent(params, "vae", d) : null;
        if (quantizer != null && ModelConfig.EMA.equals(config.codebookUpdate())) {
            quantizer.useEma(config.emaDecay(), config.emaDebias());
        }
        if (quantizer != null) {
            quantizer.configureRestarts(config.codebookOptions().usageDecay(), config.codebookOptions().reservoirSize());
        }
        params.freeze();
    }

    /** The architecture. */
    public ModelConfig config() {
        return config;
    }

    /** All trainable parameters. */
    public ParamSet params() {
        return params;
    }

    /** The codebook (null for models without discrete latents). */
    public VectorQuantizer quantizer() {
        return quantizer;
    }

    /** The shared embedder. */
    public Embedder embedder() {
        return embedder;
    }

    /**
     * Teacher-forced log-likelihood of each target (its tokens plus EOS) given the source under
     * the matching latent row (null for the transformers): Σ_t log p(y_t | y_&lt;t, x, z).
     */
    public double[] logLikelihoods(int[] source, INDArray latents, List<int[]> targets) {
        return logLikelihoods(PairBatch.of(java.util.Collections.nCopies(targets.size(), source), targets), latents);
    }

    /**
     * Teacher-forced log-likelihood of each pair's target (its tokens plus EOS) given its source
     * under the matching latent row [B, d] (null for the transformers), no dropout:
     * Σ_t log p(y_t | y_&lt;t, x, z) per pair. Unlike the training loss it has no label smoothing.
     */
    public double[] logLikelihoods(PairBatch batch, INDArray latents) {
        int n = batch.source().batch();
        try (Arena arena = new Arena(params.dataType())) {
            TokenBatch dec = batch.decoderInput();
            Seq2SeqPass pass = seq2seqForward(arena, batch, latents, null);
            INDArray logits = output.logits(arena, pass.decoded().out());
            INDArray logp = arena.alloc(logits.shape());
            org.editvq.models.nn.Kernels.logSoftmax(logits, logp);
            double[] lp = org.editvq.models.nn.Kernels.toArray(logp);
            int v = config.vocabSize();
            double[] result = new double[n];
            int[] labels = batch.labels();
            for (int b = 0; b < n; b++) {
                for (int t = 0; t < dec.lengths()[b]; t++) {
                    int row = b * dec.time() + t;
                    result[b] += lp[row * v + labels[row]];
                }
            }
            return result;
        }
    }

    TiedOutput output() {
        return output;
    }

    /**
     * The latent vectors [n, d] to decode under: codebook rows for the VQ models, draws from
     * the N(0, I) prior for the Edit-VAE; null for the transformers.
     *
     * @param codes codebook indices (VQ models), ignored otherwise
     */
    public INDArray latents(int[] codes, int n, SplittableRandom random) {
        return switch (config.kind()) {
            case EDIT_VQVAE, VQVAE -> {
                for (int c : codes) {
                    java.util.Objects.checkIndex(c, config.codebookSize());
                }
                yield quantizer.codeVectors(codes);
            }
            case EDIT_VAE -> {
                double[] z = new double[n * config.dModel()];
                java.util.Random g = new java.util.Random(random.nextLong());
                for (int i = 0; i < z.length; i++) {
                    z[i] = g.nextGaussian();
                }
                yield org.nd4j.linalg.factory.Nd4j.create(z, new long[]{n, config.dModel()},
                        DataType.DOUBLE).castTo(params.dataType());
            }
            default -> null;
        };
    }

    EncoderStack encoder() {
        return encoder;
    }

    DecoderStack decoder() {
        return decoder;
    }

    /**
     * Forward and backward on one batch: adds the gradients of the total loss to the
     * parameters' accumulators (the caller zeroes them) and returns the losses.
     *
     * @param random   dropout and sampling generator; null for a deterministic pass
     * @param klWeight weight of the KL term in this step (Edit-VAE annealing)
     */
    public StepStats trainStep(PairBatch batch, SplittableRandom random, double klWeight) {
        return run(batch, random, klWeight, true, true);
    }

    /** Forward only, deterministic (no dropout), latents from the posterior: validation loss. */
    public StepStats evaluate(PairBatch batch) {
        return run(batch, null, config.klWeight(), false, false);
    }

    /**
     * Forward only with the given generator (dropout, Gaussian samples) and no change to
     * codebook statistics: the loss function that gradient checks differentiate numerically.
     */
    public StepStats forwardLoss(PairBatch batch, SplittableRandom random, double klWeight) {
        return run(batch, random, klWeight, false, false);
    }

    /** Like {@link #trainStep} but leaves codebook statistics alone (gradient checks). */
    public StepStats gradientOnly(PairBatch batch, SplittableRandom random, double klWeight) {
        return run(batch, random, klWeight, false, true);
    }

    /** Encodes the edit of each pair: the pre-quantization vector f(y) − f(x) (or g(x⟨sep⟩y)), [B, d]. */
    public double[][] editVectors(PairBatch batch) {
        if (!config.kind().hasLatent()) {
            throw new IllegalStateException(config.kind().cliName() + " has no latent");
        }
        try (Arena arena = new Arena(params.dataType())) {
            INDArray z = new LatentPass(arena, batch, null).forward();
            return z.toDoubleMatrix();
        }
    }

    /**
     * The edit encoder's attention-pooled program vector f(x) of each program, [n, d]: the
     * points whose differences f(y) − f(x) the edit models quantize (the paper's Figures 5 and
     * 6). Only the edit-structured models (Edit-VQ-VAE, Edit-VAE) have one.
     *
     * @param programs token ids of each program, each at most the source length limit
     */
    public double[][] programVectors(List<int[]> programs) {
        if (config.kind() != ModelKind.EDIT_VQVAE && config.kind() != ModelKind.EDIT_VAE) {
            throw new IllegalStateException(config.kind().cliName() + " has no program encoder f(x)");
        }
        try (Arena arena = new Arena(params.dataType())) {
            TokenBatch tokens = TokenBatch.of(programs);
            Embedder.Saved emb = embedder.forward(arena, tokens, null, null);
            EncoderStack.Saved enc = editEncoder.forward(arena, emb.out(), tokens.batch(), tokens.time(),
                    tokens.keyBias(arena), null);
            return pooling.forward(arena, enc.out(), tokens).out().toDoubleMatrix();
        }
    }

    /**
     * The codebook entry nearest to each pre-quantization vector [n, d] (e.g. f(y) − f(x) from
     * {@link #programVectors}), as {@link #assignCodes} chooses it (VQ models).
     */
    public int[] nearestCodes(double[][] latents) {
        if (quantizer == null) {
            throw new IllegalStateException(config.kind().cliName() + " has no codebook");
        }
        if (latents.length == 0) {
            return new int[0];
        }
        return quantizer.nearest(org.nd4j.linalg.factory.Nd4j.createFromArray(latents).castTo(params.dataType()));
    }

    /** Codes assigned to each pair by the quantizer (VQ models). */
    public int[] assignCodes(PairBatch batch) {
        if (quantizer == null) {
            throw new IllegalStateException(config.kind().cliName() + " has no codebook");
        }
        try (Arena arena = new Arena(params.dataType())) {
            return quantizer.nearest(new LatentPass(arena, batch, null).forward());
        }
    }

    /**
     * The code assigned to each pair and the Euclidean distance from its pre-quantization vector
     * to that code (VQ models).
     */
    public VectorQuantizer.Assignment assignWithDistances(PairBatch batch) {
        if (quantizer == null) {
            throw new IllegalStateException(config.kind().cliName() + " has no codebook");
        }
        try (Arena arena = new Arena(params.dataType())) {
            return quantizer.assign(new LatentPass(arena, batch, null).forward());
        }
    }

    private StepStats run(PairBatch batch, SplittableRandom random, double klWeight, boolean training,
                          boolean backward) {
        try (Arena arena = new Arena(params.dataType())) {
            Pass pass = new Pass(arena, batch, random);
            Bottleneck bottleneck = new Bottleneck(klWeight);
            INDArray latent = bottleneck.forward(arena, pass.preLatent(), training, random);
            pass.decode(latent, Double.NaN, backward);
            if (backward && pass.hasLatent()) {
                pass.backwardLatent(bottleneck.backward(arena, pass.dLatent()));
            }
            TiedOutput.Result out = pass.output();
            return bottleneck.stats(out.loss(), out.tokens(), out.correct());
        }
    }

    /**
     * One batch, or one shard of a batch ({@link DataParallel}), between the phases of a training
     * or evaluation pass on this model: (1) the latent encoder's forward, done on construction;
     * (2) {@link #decode} under the latent rows the {@link Bottleneck} produced; (3)
     * {@link #backwardLatent}. Gradients go into this model's parameters. All arrays live in the
     * given arena. Shapes: source [b, Ts], pre-latent and latent [b, d].
     */
    final class Pass {
        private final Arena arena;
        private final PairBatch batch;
        private final SplittableRandom random;
        private final LatentPass latentPass;
        private final INDArray preLatent;
        private TiedOutput.Result output;
        private INDArray dLatent;

        Pass(Arena arena, PairBatch batch, SplittableRandom random) {
            this.arena = arena;
            this.batch = batch;
            this.random = random;
            this.latentPass = config.kind().hasLatent() ? new LatentPass(arena, batch, random) : null;
            this.preLatent = latentPass == null ? null : latentPass.forward();
        }

        boolean hasLatent() {
            return latentPass != null;
        }

        /** f(y) − f(x) (or g(x⟨sep⟩y)) [b, d], before the bottleneck; null for the transformers. */
        INDArray preLatent() {
            return preLatent;
        }

        /**
         * Encoder-decoder forward under {@code latent} [b, d] (null for the transformers), the output
         * loss over {@code normalizer} (NaN: this pass's own target tokens), and with {@code backward}
         * the gradients down to {@link #dLatent()}.
         */
        void decode(INDArray latent, double normalizer, boolean backward) {
            TokenBatch dec = batch.decoderInput();
            Seq2SeqPass pass = seq2seqForward(arena, batch, latent, random);
            output = EditModel.this.output.lossAndBackward(arena, pass.decoded().out(), batch.labels(),
                    dec.tokenWeights(), backward, normalizer);
            if (backward) {
                INDArray dMemory = arena.zeros(pass.encoded().out().shape());
                INDArray dDecEmb = decoder.backward(arena, pass.decoded(), output.dHidden(), dMemory);
                INDArray dLatentDecoder = embedder.backward(arena, pass.targetEmbedding(), dDecEmb);
                INDArray dSrcEmb = encoder.backward(arena, pass.encoded(), dMemory);
                dLatent = embedder.backward(arena, pass.sourceEmbedding(), dSrcEmb);
                if (dLatent != null && dLatentDecoder != null) {
                    dLatent.addi(dLatentDecoder);
                }
            }
        }

        /** The output loss of {@link #decode}. */
        TiedOutput.Result output() {
            return output;
        }

        /** Gradient of the loss w.r.t. the latent rows [b, d] (after a backward {@link #decode}). */
        INDArray dLatent() {
            return dLatent;
        }

        /** The latent encoder's backward from the gradient w.r.t. the pre-latent rows [b, d]. */
        void backwardLatent(INDArray dPre) {
            latentPass.backward(dPre);
        }
    }

    /**
     * The latent bottleneck over a whole batch: the quantizer (VQ models), the Gaussian (Edit-VAE) or
     * nothing (transformers). It runs on the model that owns the codebook, over every row of the
     * batch at once, so that codebook statistics, restarts and the codebook, commitment and KL terms
     * are those of the whole batch however it is sharded.
     */
    final class Bottleneck {
        private final double klWeight;
        private INDArray pre;
        private VectorQuantizer.Result vq;
        private GaussianLatent.Result gauss;

        Bottleneck(double klWeight) {
            this.klWeight = klWeight;
        }

        /** The latent [B, d] for the pre-latent rows [B, d] (null in, null out). */
        INDArray forward(Arena arena, INDArray preLatent, boolean training, SplittableRandom random) {
            pre = preLatent;
            if (quantizer != null) {
                vq = quantizer.forward(arena, preLatent, training, random);
                return vq.quantized();
            }
            if (gaussian != null) {
                gauss = gaussian.forward(arena, preLatent, random);
                return gauss.z();
            }
            return null;
        }

        /** Gradient w.r.t. the pre-latent rows [B, d] from the gradient w.r.t. the latent [B, d]. */
        INDArray backward(Arena arena, INDArray dLatent) {
            return vq != null ? quantizer.backward(arena, pre, vq, dLatent, 1.0)
                    : gaussian.backward(arena, gauss, dLatent, usedKlWeight());
        }

        private double usedKlWeight() {
            return gauss == null ? 0 : klWeight;
        }

        /** The step's statistics given the output loss (already normalized) and token counts. */
        StepStats stats(double outputLoss, double tokens, double correct) {
            double codebookLoss = vq == null ? 0 : vq.codebookLoss();
            double commitment = vq == null ? 0 : vq.commitmentLoss();
            double kl = gauss == null ? 0 : gauss.kl();
            double total = outputLoss + codebookLoss + commitment + usedKlWeight() * kl;
            return new StepStats(total, outputLoss, codebookLoss, commitment, kl, usedKlWeight(), tokens, correct,
                    vq == null ? new int[0] : vq.codes(), vq == null ? 0 : vq.perplexity(),
                    vq == null ? 0 : vq.codesUsed(), vq == null ? 0 : vq.restarted());
        }
    }

    /**
     * The latent [B, d] to add to the decoder's input embeddings: the latent itself under
     * {@link LatentInjection#ENCODER_AND_DECODER}, null otherwise.
     */
    public INDArray decoderLatent(INDArray latent) {
        return config.latentInjection() == LatentInjection.ENCODER_AND_DECODER ? latent : null;
    }

    /** The encoder-decoder's forward pass of one batch, kept for its backward pass. */
    private record Seq2SeqPass(Embedder.Saved sourceEmbedding, EncoderStack.Saved encoded,
                               Embedder.Saved targetEmbedding, DecoderStack.Saved decoded) {
    }

    /** Source e(x)·√d + PE + latent → encoder; ⟨bos⟩ y → decoder over the encoder memory. */
    private Seq2SeqPass seq2seqForward(Arena arena, PairBatch batch, INDArray latent, SplittableRandom random) {
        TokenBatch src = batch.source();
        TokenBatch dec = batch.decoderInput();
        INDArray srcBias = src.keyBias(arena);
        Embedder.Saved srcEmb = embedder.forward(arena, src, latent, random);
        EncoderStack.Saved enc = encoder.forward(arena, srcEmb.out(), src.batch(), src.time(), srcBias, random);
        Embedder.Saved decEmb = embedder.forward(arena, dec, decoderLatent(latent), random);
        DecoderStack.Saved decOut = decoder.forward(arena, decEmb.out(), dec.batch(), dec.time(), enc.out(),
                src.time(), srcBias, random);
        return new Seq2SeqPass(srcEmb, enc, decEmb, decOut);
    }

    /** The latent encoder's forward and backward for one batch (edit difference or concatenation). */
    private final class LatentPass {
        private final Arena arena;
        private final PairBatch batch;
        private final SplittableRandom random;
        private Encoded x;
        private Encoded y;

        private record Encoded(TokenBatch tokens, Embedder.Saved emb, EncoderStack.Saved enc,
                               AttentionPooling.Saved pool) {
        }

        LatentPass(Arena arena, PairBatch batch, SplittableRandom random) {
            this.arena = arena;
            this.batch = batch;
            this.random = random;
        }

        private Encoded encode(TokenBatch tokens) {
            Embedder.Saved emb = embedder.forward(arena, tokens, null, random);
            EncoderStack.Saved enc = editEncoder.forward(arena, emb.out(), tokens.batch(), tokens.time(),
                    tokens.keyBias(arena), random);
            return new Encoded(tokens, emb, enc, pooling.forward(arena, enc.out(), tokens));
        }

        INDArray forward() {
            if (config.kind() == ModelKind.VQVAE) {
                x = encode(batch.concatenated());
                return x.pool().out();
            }
            x = encode(batch.source());
            y = encode(batch.target());
            return arena.copyOf(y.pool().out()).subi(x.pool().out());
        }

        private void backward(Encoded e, INDArray dPooled) {
            INDArray dEnc = pooling.backward(arena, e.pool(), dPooled, e.tokens().lengths());
            embedder.backward(arena, e.emb(), editEncoder.backward(arena, e.enc(), dEnc));
        }

        void backward(INDArray dLatent) {
            if (y == null) {
                backward(x, dLatent);
                return;
            }
            backward(y, dLatent);
            backward(x, arena.copyOf(dLatent).negi());
        }
    }
}
