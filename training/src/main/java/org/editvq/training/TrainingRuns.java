package org.editvq.training;

import org.editvq.dataset.pairs.PairDataset;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.EditModel;
import org.editvq.models.Workers;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.bundle.ModelBundle;
import org.nd4j.linalg.api.buffer.DataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Training runs from a pair dataset, one way for every caller: {@link #train} starts a run (the library
 * builds the vocabulary, sets the model's vocabulary size, encodes the model's split and computes the
 * data hash, see {@link TrainingData}), {@link #resume} continues one with its bundle's vocabulary and
 * the same hash, and {@link #run(TrainRequest)} is {@code editvq train} (a pairs folder and a preset).
 * Every run gets a progress bar or log lines, a codebook listener for VQ models and a Ctrl-C hook that
 * stops after the current step with a checkpoint.
 */
public final class TrainingRuns {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRuns.class);
    /** Tokens seen fewer times than this in the training pairs map to {@code <unk>} ({@link TrainingData}). */
    public static final int VOCAB_MIN_COUNT = TrainingData.VOCAB_MIN_COUNT;

    private TrainingRuns() {
    }

    /** Runs a request; expected failures (bad input, existing bundle, divergence) come back as values or IOExceptions naming the file. */
    public static TrainingResult run(TrainRequest request) throws IOException {
        return run(request, null);
    }

    /**
     * {@link #run(TrainRequest)} on the caller's {@code workers} (shared, e.g. by the models of a
     * reproduction, {@link Workers#sharing}); null: a pool of the request's threads.
     */
    public static TrainingResult run(TrainRequest request, Workers workers) throws IOException {
        Workers pool = workers;
        if (pool == null) {
            try (Workers own = Workers.of(request.threads())) {
                return run(request, own);
            }
        }
        PairDataset dataset = TrainingSplit.read(request.pairs());
        TrainingSplit.requirePairs(request.pairs(), dataset, request.kind() == ModelKind.TRANSFORMER_STAR);
        Map<String, Object> provenance = Map.of("pairs", request.pairs().toAbsolutePath().toString());
        if (request.resume()) {
            ModelBundle bundle = ModelBundle.load(request.out());
            if (bundle.config().kind() != request.kind()) {
                throw new IllegalArgumentException("bundle " + bundle.path() + " holds a " + bundle.config().kind()
                        .cliName() + " model, not " + request.kind().cliName());
            }
            return resume(dataset, bundle, request.steps(), request.progress(), provenance, pool);
        }
        ModelConfig.Builder model = ModelConfig.builder(request.preset(), request.kind()).seed(request.seed())
                .decoder(request.decoder()).codebookUpdate(request.codebook())
                .latentInjection(request.latentInjection()); // null: the decoder's default
        if (request.codebookOptions() != null) {
            model.codebookOptions(request.codebookOptions());
        }
        TrainingConfig preset = TrainingConfig.preset(request.preset(), request.seed());
        TrainingConfig config = request.steps() > 0 ? preset.withMaxSteps(request.steps()) : preset;
        return train(dataset, model, config, request.out(), request.progress(), provenance, pool);
    }

    /**
     * Starts a run on {@code dataset} into the bundle folder {@code out} (which must not hold a bundle).
     * The vocabulary is built from the training split ({@link TrainingData#vocabulary}); {@code model} must
     * leave the vocabulary size unset (0) or set it to that vocabulary's size.
     *
     * @param provenance where the pairs came from (e.g. {@code pairs} or {@code corpus}), recorded in the
     *                   bundle's manifest with the data report
     */
    public static TrainingResult train(PairDataset dataset, ModelConfig.Builder model, TrainingConfig config,
                                       Path out, boolean progress, Map<String, Object> provenance)
            throws IOException {
        return train(dataset, model, config, out, progress, provenance, null);
    }

    /**
     * {@link #train(PairDataset, ModelConfig.Builder, TrainingConfig, Path, boolean, Map)} on the caller's
     * {@code workers} (null: one thread per core available). The numbers do not depend on the workers.
     */
    public static TrainingResult train(PairDataset dataset, ModelConfig.Builder model, TrainingConfig config,
                                       Path out, boolean progress, Map<String, Object> provenance, Workers workers)
            throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        if (Files.exists(out.resolve(ModelBundle.BUNDLE_JSON))) {
            throw new IllegalArgumentException(out + " already holds a model bundle; pass --resume to "
                    + "continue it or choose another --out");
        }
        Vocabulary vocabulary = TrainingData.vocabulary(dataset, model.decoder());
        if (model.vocabSize() != 0 && model.vocabSize() != vocabulary.size()) {
            throw new IllegalArgumentException("the model's vocabSize is " + model.vocabSize() + " but the vocabulary"
                    + " built from the training pairs has " + vocabulary.size() + " tokens; leave vocabSize unset");
        }
        ModelConfig modelConfig = model.vocabSize(vocabulary.size()).build();
        TrainingData data = TrainingData.encode(dataset, vocabulary, modelConfig, provenance);
        LOG.info("vocabulary: {} tokens; {} decoder; training pairs kept {} of {} ({} too long), validation {} of {}"
                        + " ({} too long); decoder outputs average {} tokens, target programs {}",
                vocabulary.size(), modelConfig.decoder().cliName(), data.train().size(), data.train().offered(),
                data.train().droppedTooLong(), data.valid().size(), data.valid().offered(),
                data.valid().droppedTooLong(), String.format(Locale.ROOT, "%.1f", data.train().meanOutputLength()),
                String.format(Locale.ROOT, "%.1f", data.train().meanTargetLength()));
        if (data.report().get("trainScriptsInGrammar") != null) {
            LOG.info("decoding grammar: it accepts {} of {} training scripts (the rest repeat a block in an insertion)",
                    data.report().get("trainScriptsInGrammar"), data.train().size());
        }
        EditModel edit = new EditModel(modelConfig, DataType.FLOAT);
        Trainer trainer = onWorkers(trainer(config, modelConfig, progress), workers);
        return withInterruptHook(trainer, () -> trainer.train(edit, vocabulary, data.train(), data.valid(), out,
                data.dataHash(), data.report()));
    }

    /**
     * Continues the run saved in {@code bundle} on the same pairs (checked by their hash), with its saved
     * training configuration and a new step limit ({@code steps} > 0) or the saved one (0).
     */
    public static TrainingResult resume(PairDataset dataset, ModelBundle bundle, long steps, boolean progress,
                                        Map<String, Object> provenance) throws IOException {
        return resume(dataset, bundle, steps, progress, provenance, null);
    }

    /**
     * {@link #resume(PairDataset, ModelBundle, long, boolean, Map)} on the caller's {@code workers}
     * (null: one thread per core available).
     */
    public static TrainingResult resume(PairDataset dataset, ModelBundle bundle, long steps, boolean progress,
                                        Map<String, Object> provenance, Workers workers) throws IOException {
        TrainingConfig saved = TrainingConfig.fromMap(bundle.training().orElseThrow(() ->
                new IllegalArgumentException("bundle " + bundle.path() + " has no training state; cannot resume"))
                .trainer().trainingConfig());
        TrainingConfig config = steps > 0 ? saved.withMaxSteps(steps) : saved;
        TrainingData data = TrainingData.encode(dataset, bundle.vocabulary(), bundle.config(), provenance);
        Trainer trainer = onWorkers(trainer(config, bundle.config(), progress), workers);
        return withInterruptHook(trainer, () -> trainer.resume(bundle, data.train(), data.valid(), data.dataHash(),
                data.report()));
    }

    private static Trainer onWorkers(Trainer trainer, Workers workers) {
        return workers == null ? trainer : trainer.workers(workers);
    }

    private static Trainer trainer(TrainingConfig config, ModelConfig model, boolean progress) {
        Trainer trainer = new Trainer(config);
        if (progress) {
            trainer.addListener(new ProgressBarListener(System.err));
        } else {
            trainer.addListener(new LoggingListener(config.logInterval()));
        }
        if (model.kind().discrete()) {
            trainer.addListener(new CodebookListener(Math.max(config.logInterval(), 50), model.codebookSize()));
        }
        return trainer;
    }

    private interface Run {
        TrainingResult call() throws IOException;
    }

    /** Runs with a shutdown hook that asks the trainer to stop and waits (up to a minute) for its checkpoint. */
    private static TrainingResult withInterruptHook(Trainer trainer, Run run) throws IOException {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            trainer.requestStop();
            try {
                done.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "editvq-train-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run.call();
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting (Ctrl-C): the hook has done its job
            }
        }
    }
}
