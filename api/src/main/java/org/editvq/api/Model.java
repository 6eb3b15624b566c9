package org.editvq.api;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.editvq.core.manifest.RunManifest;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecodeOptions;
import org.editvq.models.ModelConfig;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.inference.decode.ProgramDecoder;
import org.editvq.inference.suggest.SuggestionReport;
import org.editvq.inference.suggest.Suggester;
import org.editvq.training.EditDecoding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A trained model loaded from its bundle (best-validated weights): suggestions and decodings of
 * source programs, and what produced it ({@link #manifest()}).
 */
public final class Model {
    private final ModelBundle bundle;

    Model(ModelBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /**
     * Distinct suggestions for a program: decoded greedily under every latent, identical outputs grouped,
     * ranked by log-likelihood per token, in the user's names, formatted, parse-checked and diffed against
     * the input (docs/suggestions.md). Needs a model with a codebook (Edit-VQ-VAE or VQ-VAE).
     */
    public SuggestionReport suggest(String source, Language language) {
        return Suggester.suggest(bundle.model(), bundle.vocabulary(), language, "input", source,
                Suggester.Request.all());
    }

    /** {@link #suggest(String, Language)} of a {@code .java} or {@code .py} file. */
    public SuggestionReport suggest(Path file) throws IOException {
        Language language = Language.fromFileName(file.getFileName().toString()).orElseThrow(() ->
                new IllegalArgumentException(file + ": unsupported language (expected .java or .py)"));
        return Suggester.suggest(bundle.model(), bundle.vocabulary(), language, file.toString(),
                Files.readString(file, StandardCharsets.UTF_8), Suggester.Request.all());
    }

    /**
     * The program decoded under every latent (models with a codebook) or {@code samples} times (the others),
     * in one batch: the raw outputs, one per latent or sample, as canonical tokens with their scores.
     */
    public ProgramDecoder.Result decode(String source, Language language, int samples, DecodeOptions options) {
        return decode(source, language, samples, options, EditDecoding.DEFAULT);
    }

    /**
     * {@link #decode(String, Language, int, DecodeOptions)} with an explicit {@link EditDecoding} (how an edit
     * decoder's scripts are decoded and applied; ignored for a program decoder).
     */
    public ProgramDecoder.Result decode(String source, Language language, int samples, DecodeOptions options,
                                        EditDecoding editDecoding) {
        Canonicalizer canonicalizer = Canonicalizers.forLanguage(language);
        CanonicalizationResult canonical = canonicalizer.canonicalize(source, CanonicalizationMode.GENERIC);
        if (!canonical.ok()) {
            throw new IllegalArgumentException("cannot canonicalize: " + canonical.problems().get(0));
        }
        return ProgramDecoder.decode(bundle.model(), bundle.vocabulary(), canonicalizer, "input", canonical.tokens(),
                new ProgramDecoder.Request(new int[0], samples, options, config().seed(),
                        org.editvq.models.Workers.availableCores(), editDecoding));
    }

    /** The model's architecture. */
    public ModelConfig config() {
        return bundle.config();
    }

    /** The model's vocabulary. */
    public Vocabulary vocabulary() {
        return bundle.vocabulary();
    }

    /** What produced the model: settings, data hash and report, versions, environment, metrics. */
    public RunManifest manifest() {
        return bundle.manifest();
    }

    /** The loaded bundle, for everything else (the {@code EditModel}, history, paths). */
    public ModelBundle bundle() {
        return bundle;
    }
}
