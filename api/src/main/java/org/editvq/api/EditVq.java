package org.editvq.api;

import org.editvq.experiments.pipeline.CorpusPipeline;
import org.editvq.dataset.corpus.Corpora;
import org.editvq.core.data.Corpus;
import org.editvq.core.manifest.RunManifest;
import org.editvq.dataset.pairs.PairConfig;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.Preset;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.training.TrainingConfig;
import org.editvq.training.TrainingResult;
import org.editvq.training.TrainingRuns;
import org.editvq.training.TrainingSplit;
import org.editvq.experiments.reproduce.ReproduceConfig;
import org.editvq.experiments.reproduce.Reproduction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * editvq from Java in a handful of calls, each returning a value with its report:
 *
 * <pre>{@code
 * Pairs pairs = EditVq.pairs("corpus.csv", PairConfig.builder().testInputs(1).build());
 * Trained run = EditVq.train(pairs, ModelKind.EDIT_VQVAE, Preset.SMOKE, 1, Path.of("model"));
 * Model model = EditVq.load(Path.of("model"));
 * SuggestionReport s = model.suggest(source, Language.JAVA);
 * }</pre>
 *
 * The library builds the vocabulary (from the training split) and the data hash itself, the same way
 * for every path ({@code TrainingData}), so that {@link #resume} compares like with like. Training logs
 * through SLF4J; bind a logger (e.g. slf4j-simple) to see progress.
 */
public final class EditVq {
    private EditVq() {
    }

    /**
     * Loads a corpus: a Code Jam CSV, a CodeNet tree, a folder or tar of sources, or editvq's normalized
     * CSV, optionally with a runtimes file (docs/corpora.md). {@link Corpus#report()} lists every skipped
     * entry with its reason.
     */
    public static Corpus corpus(String spec) throws IOException {
        return Corpora.open(spec);
    }

    /**
     * Canonicalizes a corpus spec and builds (slow, fast) pairs, splits and reference sets in memory
     * (nothing is written; {@link Pairs#write} writes them). Programs need runtimes to pair.
     */
    public static Pairs pairs(String corpusSpec, PairConfig config) throws IOException {
        CorpusPipeline.PairsRun run = CorpusPipeline.pairs(corpusSpec, config);
        return new Pairs(run.dataset(), run.manifest(), Optional.of(run.corpus()));
    }

    /** {@link #pairs(String, PairConfig)} of a corpus already loaded ({@code source} names it in the manifest). */
    public static Pairs pairs(Corpus corpus, String source, PairConfig config) {
        CorpusPipeline.PairsRun run = CorpusPipeline.pairs(corpus, source, config);
        return new Pairs(run.dataset(), run.manifest(), Optional.of(run.corpus()));
    }

    /** Pairs written by {@link Pairs#write} or {@code editvq pairs}. */
    public static Pairs readPairs(Path dir) throws IOException {
        return new Pairs(TrainingSplit.read(dir), PairDatasetIO.readManifest(dir), Optional.empty());
    }

    /**
     * Trains a model on the pairs' training split into the bundle folder {@code out} (which must not hold a
     * bundle yet), checkpointing as {@code training} says. {@code model} holds every architecture setting
     * but the vocabulary size, which the library sets from the vocabulary it builds. A run that diverged
     * comes back with outcome {@code DIVERGED}; its last good checkpoint is kept.
     */
    public static Trained train(Pairs pairs, ModelConfig.Builder model, TrainingConfig training, Path out)
            throws IOException {
        TrainingResult result = TrainingRuns.train(pairs.dataset(), model, training, out, false,
                Map.of("corpus", pairs.source()));
        return new Trained(result, RunManifest.read(out.resolve(ModelBundle.MANIFEST_JSON)));
    }

    /** {@link #train(Pairs, ModelConfig.Builder, TrainingConfig, Path)} with the model and training presets. */
    public static Trained train(Pairs pairs, ModelKind kind, Preset preset, long seed, Path out) throws IOException {
        return train(pairs, ModelConfig.builder(preset, kind).seed(seed), TrainingConfig.preset(preset, seed), out);
    }

    /**
     * Continues the run in {@code bundle} exactly where its last checkpoint stopped (optimizer state, data
     * position, random streams), up to {@code maxSteps} in total (0 = its saved limit). The pairs must be the
     * ones it trained on: their hash is checked against the bundle's.
     */
    public static Trained resume(Path bundle, Pairs pairs, long maxSteps) throws IOException {
        TrainingResult result = TrainingRuns.resume(pairs.dataset(), ModelBundle.load(bundle), maxSteps, false,
                Map.of("corpus", pairs.source()));
        return new Trained(result, RunManifest.read(bundle.resolve(ModelBundle.MANIFEST_JSON)));
    }

    /** Loads a trained model (its best-validated weights) from a bundle folder. */
    public static Model load(Path bundle) throws IOException {
        return new Model(ModelBundle.load(bundle, ModelBundle.Weights.BEST));
    }

    /**
     * From a runtime-annotated corpus to the paper's Table 1, Table 2 and Figures 2, 5 and 6 in {@code out}
     * (resumable: rerun to continue), logging stages on {@code log}; the result has every model's Table 1 row.
     */
    public static Reproduction.Result reproduce(String corpusSpec, Path out, ReproduceConfig config, PrintStream log)
            throws IOException {
        return Reproduction.run(new Reproduction.Request(corpusSpec, out, config, false), log);
    }
}
