package org.editvq.training.decode;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecodeOptions;
import org.editvq.models.Decoded;
import org.editvq.models.EditModel;
import org.editvq.models.Generator;
import org.editvq.models.ModelKind;
import org.editvq.models.bundle.ModelBundle;
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
 * trained bundle, and return each output as canonical tokens and rendered code.
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
     */
    public record Request(int[] latents, int samples, DecodeOptions options, long seed) {
        public Request {
            if (samples < 1) {
                throw new IllegalArgumentException("samples must be >= 1");
            }
            latents = latents.clone();
        }
    }

    /** One decoded program. */
    public record Output(String label, List<String> tokens, String code, double logLikelihoodPerToken,
                         boolean finished) {
    }

    /** The input as the model saw it and every output. */
    public record Result(List<String> sourceTokens, int unknownTokens, List<Output> outputs) {
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
        EditModel model = bundle.model();
        Vocabulary vocabulary = bundle.vocabulary();
        int[] ids = vocabulary.encode(canonical.tokens());
        int unknown = 0;
        for (int id : ids) {
            unknown += id == Vocabulary.UNK ? 1 : 0;
        }
        if (ids.length > model.config().maxSourceLength()) {
            throw new IllegalArgumentException(file + ": " + ids.length + " canonical tokens; the model accepts at most "
                    + model.config().maxSourceLength());
        }
        ModelKind kind = model.config().kind();
        SplittableRandom random = new SplittableRandom(request.seed());
        int[] codes = request.latents().length > 0 ? request.latents()
                : java.util.stream.IntStream.range(0, model.config().codebookSize()).toArray();
        int n = kind.discrete() ? codes.length : request.samples();
        INDArray latents = model.latents(codes, n, random);
        List<Decoded> decoded = new Generator(model).decode(ids, latents, n, request.options(), random);
        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < decoded.size(); i++) {
            List<String> tokens = vocabulary.decode(decoded.get(i).tokens());
            String label = kind.discrete() ? "latent " + codes[i] : "sample " + i;
            outputs.add(new Output(label, tokens, canonicalizer.render(tokens), decoded.get(i).normalizedLogProb(),
                    decoded.get(i).finished()));
        }
        return new Result(canonical.tokens(), unknown, outputs);
    }
}
