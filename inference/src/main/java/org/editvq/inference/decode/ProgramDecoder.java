package org.editvq.inference.decode;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecodeOptions;
import org.editvq.models.DecoderTarget;
import org.editvq.models.Decoded;
import org.editvq.models.EditModel;
import org.editvq.models.Generator;
import org.editvq.models.Workers;
import org.editvq.models.ModelKind;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.training.EditDecoding;
import org.editvq.training.EditTargets;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The library call behind {@code editvq decode}: canonicalize a source file, decode it under
 * chosen latents (VQ models), prior samples (Edit-VAE) or plain samples (transformers) with a
 * trained bundle, and return each output as canonical tokens and rendered code. A model whose
 * decoder emits edit scripts ({@link DecoderTarget#EDITS}) has each script applied to the input;
 * the output is the edited program, with the script and its dropped hunks alongside. Edit decoders
 * decode under the script grammar with parse-checked application by default ({@link EditDecoding}).
 */
public final class ProgramDecoder {
    private ProgramDecoder() {
    }

    /**
     * What to decode.
     *
     * @param latents codebook indices to decode under (VQ models; empty = all)
     * @param samples number of outputs for models without a codebook
     * @param options greedy or sampling, maximum length
     * @param seed    seed of sampling and prior draws
     * @param threads worker threads that share the latents (speed only: the outputs do not depend on it)
     * @param editDecoding how an edit decoder's scripts are decoded and applied ({@link EditDecoding}; ignored
     *                     for a program decoder)
     */
    public record Request(int[] latents, int samples, DecodeOptions options, long seed, int threads,
                          EditDecoding editDecoding) {
        public Request {
            if (samples < 1) {
                throw new IllegalArgumentException("samples must be >= 1");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
            latents = latents.clone();
            java.util.Objects.requireNonNull(editDecoding, "editDecoding");
        }

        /** A request with the default edit decoding ({@link EditDecoding#DEFAULT}). */
        public Request(int[] latents, int samples, DecodeOptions options, long seed, int threads) {
            this(latents, samples, options, seed, threads, EditDecoding.DEFAULT);
        }

        /** A request with the default edit decoding, decoded on every core available. */
        public Request(int[] latents, int samples, DecodeOptions options, long seed) {
            this(latents, samples, options, seed, org.editvq.models.Workers.availableCores());
        }
    }

    /**
     * One decoded program.
     *
     * @param label                 {@code latent k} or {@code sample i}
     * @param latent                the codebook index decoded under, or -1 for samples
     * @param tokens                canonical output tokens (without EOS)
     * @param code                  the tokens rendered as code
     * @param logLikelihoodPerToken log-likelihood divided by the tokens scored (output and EOS when finished)
     * @param logLikelihood         total log-likelihood of the output under the model
     * @param finished              whether the output ended with EOS before the length limit
     * @param script                the decoder's edit script as tokens (empty for a program decoder)
     * @param hunks                 hunks of the script
     * @param droppedHunks          hunks that did not apply to the input, were cut at the length limit, or were
     *                              left out to keep its brackets nested or the program parsing
     *                              ({@code EditTargets.program}), and were skipped
     */
    public record Output(String label, int latent, List<String> tokens, String code, double logLikelihoodPerToken,
                         double logLikelihood, boolean finished, List<String> script, int hunks, int droppedHunks) {
        public Output {
            tokens = List.copyOf(tokens);
            script = List.copyOf(script);
            if (droppedHunks < 0 || droppedHunks > hunks) {
                throw new IllegalArgumentException("dropped hunks " + droppedHunks + " of " + hunks);
            }
        }

        /** An output of a program decoder (no edit script). */
        public Output(String label, int latent, List<String> tokens, String code, double logLikelihoodPerToken,
                      double logLikelihood, boolean finished) {
            this(label, latent, tokens, code, logLikelihoodPerToken, logLikelihood, finished, List.of(), 0, 0);
        }
    }

    /** The input as the model saw it and every output. */
    public record Result(List<String> sourceTokens, int unknownTokens, List<Output> outputs) {
        public Result {
            sourceTokens = List.copyOf(sourceTokens);
            outputs = List.copyOf(outputs);
        }
    }

    /**
     * Decodes {@code file} with the bundle at {@code bundleDir}; the language comes from the
     * file extension. Expected failures (unparsable file, unsupported language, a source longer
     * than the model accepts) are {@link IllegalArgumentException}s naming the file.
     */
    public static Result decode(Path bundleDir, Path file, Request request) throws IOException {
        Language language = Language.fromFileName(file.getFileName().toString()).orElseThrow(() ->
                new IllegalArgumentException(file + ": unsupported language (expected .java or .py)"));
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Canonicalizer canonicalizer = Canonicalizers.forLanguage(language);
        CanonicalizationResult canonical = canonicalizer.canonicalize(source, CanonicalizationMode.GENERIC);
        if (!canonical.ok()) {
            throw new IllegalArgumentException(file + ": cannot canonicalize: " + canonical.problems().get(0));
        }
        ModelBundle bundle = ModelBundle.load(bundleDir, ModelBundle.Weights.BEST);
        return decode(bundle.model(), bundle.vocabulary(), canonicalizer, file.toString(), canonical.tokens(), request);
    }

    /**
     * Decodes already canonicalized (generic-mode) tokens with an in-memory model: every chosen
     * latent (or sample) in one batched {@link Generator#decode} call. {@code label} names the
     * input in error messages (a source longer than the model accepts, a latent outside the codebook).
     */
    public static Result decode(EditModel model, Vocabulary vocabulary, Canonicalizer canonicalizer, String label,
                                List<String> canonicalTokens, Request request) {
        int[] ids = vocabulary.encode(canonicalTokens);
        int unknown = 0;
        for (int id : ids) {
            unknown += id == Vocabulary.UNK ? 1 : 0;
        }
        if (ids.length > model.config().maxSourceLength()) {
            throw new IllegalArgumentException(label + ": " + ids.length + " canonical tokens; the model accepts at most "
                    + model.config().maxSourceLength());
        }
        ModelKind kind = model.config().kind();
        SplittableRandom random = new SplittableRandom(request.seed());
        int[] codes = request.latents().length > 0 ? request.latents()
                : java.util.stream.IntStream.range(0, model.config().codebookSize()).toArray();
        if (kind.discrete()) {
            for (int code : codes) {
                if (code < 0 || code >= model.config().codebookSize()) {
                    throw new IllegalArgumentException(label + ": latent " + code + " is outside the codebook (0.."
                            + (model.config().codebookSize() - 1) + ")");
                }
            }
        }
        int n = kind.discrete() ? codes.length : request.samples();
        INDArray latents = model.latents(codes, n, random);
        List<Decoded> decoded;
        try (Workers workers = Workers.of(Math.min(request.threads(), n))) {
            decoded = new Generator(model, workers).decode(ids, latents, n, request.options(), random,
                    request.editDecoding().constraint(model.config().decoder(), vocabulary, ids));
        }
        List<Output> outputs = new ArrayList<>();
        DecoderTarget target = model.config().decoder();
        java.util.function.Predicate<List<String>> check = request.editDecoding().check(canonicalizer);
        for (int i = 0; i < decoded.size(); i++) {
            EditTargets.Program program = EditTargets.program(target, vocabulary, ids, canonicalTokens,
                    decoded.get(i), check);
            List<String> tokens = program.tokens();
            List<String> script = target == DecoderTarget.EDITS ? vocabulary.decode(decoded.get(i).tokens())
                    : List.of();
            String outLabel = kind.discrete() ? "latent " + codes[i] : "sample " + i;
            outputs.add(new Output(outLabel, kind.discrete() ? codes[i] : -1, tokens, canonicalizer.render(tokens),
                    decoded.get(i).normalizedLogProb(), decoded.get(i).logProb(), decoded.get(i).finished(), script,
                    program.hunks(), program.dropped()));
        }
        return new Result(canonicalTokens, unknown, outputs);
    }
}
