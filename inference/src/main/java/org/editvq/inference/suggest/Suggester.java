package org.editvq.inference.suggest;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.canonicalizer.format.CodeFormatter;
import org.editvq.canonicalizer.format.FormattedCode;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.editvq.inference.diff.LineDiff;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecodeOptions;
import org.editvq.models.EditModel;
import org.editvq.models.bundle.BundleFormatException;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.inference.decode.ProgramDecoder;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library call behind {@code editvq suggest}: canonicalize a program (generic and indexed
 * mode), decode it greedily under every chosen latent of a trained Edit-VQ-VAE in one batched
 * {@link ProgramDecoder} call, group identical outputs, rank the groups, restore the user's names
 * ({@link NameRestorer}), lay each group out as the language's formatted code and check that it parses
 * ({@link CodeFormatter}), and diff it against the input formatted the same way.
 *
 * <p>Ranking: a group's score is the best length-normalized log-likelihood (log p per scored token,
 * EOS included) among its latents. Normalizing by length keeps the model's preference for short
 * outputs from deciding the order: raw log-likelihoods of a longer and a shorter program are not
 * comparable, per-token averages are. Ties go to the group with the smaller first latent.
 */
public final class Suggester {
    private Suggester() {
    }

    /**
     * What to decode.
     *
     * @param latents   latents to decode under, each in the codebook; empty = all of them
     * @param maxLength most tokens per output; 0 = the model's maximum target length
     * @param threads   worker threads that share the latents (speed only: the suggestions do not depend on it)
     * @param beamWidth hypotheses kept per latent: 1 = greedy decoding, more = beam search (Generator)
     */
    public record Request(int[] latents, int maxLength, int threads, int beamWidth) {
        /** A request decoded on every core available. */
        public Request(int[] latents, int maxLength) {
            this(latents, maxLength, org.editvq.models.Workers.availableCores());
        }

        /** A greedy request ({@code beamWidth} 1). */
        public Request(int[] latents, int maxLength, int threads) {
            this(latents, maxLength, threads, 1);
        }

        public Request {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
            if (beamWidth < 1) {
                throw new IllegalArgumentException("beam width must be >= 1: " + beamWidth);
            }
            latents = Arrays.stream(latents).distinct().toArray();
            for (int latent : latents) {
                if (latent < 0) {
                    throw new IllegalArgumentException("latents must be >= 0, got " + latent);
                }
            }
            if (maxLength < 0) {
                throw new IllegalArgumentException("maxLength must be >= 0");
            }
        }

        @Override
        public int[] latents() {
            return latents.clone();
        }

        /** Every latent, the model's length limit. */
        public static Request all() {
            return new Request(new int[0], 0);
        }
    }

    /**
     * Suggestions for {@code file} from the bundle at {@code bundleDir} (best weights). Expected
     * failures are {@link IllegalArgumentException}s naming the file or bundle: missing, empty,
     * not UTF-8 or unparsable file, unsupported language, missing bundle or one of another format
     * version, a model without a codebook, a latent outside the codebook, a program longer than
     * the model accepts.
     */
    public static SuggestionReport suggest(Path bundleDir, Path file, Request request) throws IOException {
        Language language = Language.fromFileName(file.getFileName().toString()).orElseThrow(() ->
                new IllegalArgumentException(file + ": unsupported language (expected .java or .py)"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        }
        if (!Files.isRegularFile(bundleDir.resolve(ModelBundle.BUNDLE_JSON))) {
            throw new IllegalArgumentException(bundleDir + ": not a model bundle (no " + ModelBundle.BUNDLE_JSON + ")");
        }
        ModelBundle bundle;
        try {
            bundle = ModelBundle.load(bundleDir, ModelBundle.Weights.BEST);
        } catch (BundleFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return suggest(bundle.model(), bundle.vocabulary(), language, file.toString(), source, request);
    }

    /** Suggestions for {@code source} with an in-memory model; {@code label} names it in messages and the report. */
    public static SuggestionReport suggest(EditModel model, Vocabulary vocabulary, Language language, String label,
                                           String source, Request request) {
        if (source.isBlank()) {
            throw new IllegalArgumentException(label + ": empty file");
        }
        if (!model.config().kind().discrete()) {
            throw new IllegalArgumentException("suggestions need a model with a codebook (edit-vqvae or vqvae), not "
                    + model.config().kind().cliName());
        }
        Canonicalizer canonicalizer = Canonicalizers.forLanguage(language);
        CanonicalizationResult generic = canonicalizer.canonicalize(source, CanonicalizationMode.GENERIC);
        if (!generic.ok()) {
            throw new IllegalArgumentException(label + ": cannot canonicalize: " + generic.problems().get(0));
        }
        if (generic.tokens().isEmpty()) {
            throw new IllegalArgumentException(label + ": no code to decode");
        }
        CanonicalizationResult indexed = canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED);
        Map<String, String> names = indexed.ok() ? indexed.identifiers().names() : Map.of();
        int maxLength = request.maxLength() > 0 ? request.maxLength() : model.config().maxTargetLength();
        long t0 = System.nanoTime();
        ProgramDecoder.Result decoded = ProgramDecoder.decode(model, vocabulary, canonicalizer, label, generic.tokens(),
                new ProgramDecoder.Request(request.latents(), 1,
                        DecodeOptions.greedy(maxLength).withBeamWidth(request.beamWidth()), 0,
                        request.threads()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<String> originals = generic.identifiers().originals();
        List<Suggestion> suggestions = group(generic.tokens(), originals, canonicalizer, decoded.outputs());
        return new SuggestionReport(label, language.name(), generic.tokens(), inputCode(language, originals),
                decoded.unknownTokens(), names, decoded.outputs().stream().map(ProgramDecoder.Output::latent).toList(),
                suggestions, seconds);
    }

    /**
     * Groups decoded outputs with identical tokens, ranks the groups (see the class comment),
     * restores names, formats and parse-checks each, and diffs each against the formatted input.
     *
     * @param input     canonical (generic) input tokens
     * @param originals source text behind each input token
     * @param outputs   one output per latent
     */
    public static List<Suggestion> group(List<String> input, List<String> originals, Canonicalizer canonicalizer,
                                         List<ProgramDecoder.Output> outputs) {
        Map<List<String>, List<ProgramDecoder.Output>> groups = new LinkedHashMap<>();
        for (ProgramDecoder.Output o : outputs) {
            groups.computeIfAbsent(o.tokens(), t -> new ArrayList<>()).add(o);
        }
        record Group(List<String> tokens, List<ProgramDecoder.Output> members, double score, int firstLatent) {
        }
        List<Group> ranked = groups.entrySet().stream().map(e -> {
            List<ProgramDecoder.Output> members = new ArrayList<>(e.getValue());
            members.sort(Comparator.comparingInt(ProgramDecoder.Output::latent));
            double score = members.stream().mapToDouble(ProgramDecoder.Output::logLikelihoodPerToken).max()
                    .orElseThrow();
            return new Group(e.getKey(), members, score, members.get(0).latent());
        }).sorted(Comparator.comparingDouble((Group g) -> -g.score()).thenComparingInt(Group::firstLatent)).toList();
        Language language = canonicalizer.language();
        List<String> inputLines = lines(inputCode(language, originals));
        List<Suggestion> out = new ArrayList<>();
        for (Group g : ranked) {
            List<String> restored = NameRestorer.restore(input, originals, g.tokens());
            NameRestorer.Named named = NameRestorer.nameNew(restored, language, originals);
            FormattedCode code = CodeFormatter.format(language, named.tokens());
            out.add(new Suggestion(out.size() + 1,
                    g.members().stream().map(ProgramDecoder.Output::latent).toList(),
                    g.members().stream().map(ProgramDecoder.Output::logLikelihoodPerToken).toList(),
                    g.score(), g.tokens().equals(input), g.members().stream().allMatch(ProgramDecoder.Output::finished),
                    g.tokens(), restored, NameRestorer.placeholders(restored), named.newNames(), code.code(),
                    code.parses(), code.parse().problems(), LineDiff.script(input, g.tokens()),
                    LineDiff.unified(inputLines, lines(code.code()), 2)));
        }
        return List.copyOf(out);
    }

    /**
     * The input as every report shows it and every diff starts from: {@code originals} (the source text behind
     * each canonical token) as the language's formatted code ({@link CodeFormatter}).
     */
    public static String inputCode(Language language, List<String> originals) {
        return CodeFormatter.format(language, originals).code();
    }

    /** Code split into lines (a trailing line break does not make an empty last line). */
    public static List<String> lines(String code) {
        return code.lines().toList();
    }
}
