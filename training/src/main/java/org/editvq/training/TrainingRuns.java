package org.editvq.training;

import org.editvq.core.data.ProgramPair;
import org.editvq.core.manifest.Hashing;
import org.editvq.core.pairs.PairDataset;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.EditModel;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.bundle.ModelBundle;
import org.nd4j.linalg.api.buffer.DataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The library call behind {@code editvq train}: reads a pair dataset, builds the vocabulary
 * from the training pairs (fresh runs) or takes the bundle's (resumed runs), encodes the
 * model's split ({@code train}/{@code valid}, or {@code trainStar}/{@code validStar} for
 * Transformer*), and trains with the preset's configuration, a progress bar, a codebook
 * listener and a Ctrl-C hook that stops after the current step with a checkpoint.
 */
public final class TrainingRuns {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRuns.class);
    /** Tokens seen fewer times than this in the training pairs map to {@code <unk>}. */
    public static final int VOCAB_MIN_COUNT = 1;

    private TrainingRuns() {
    }

    /** Runs a request; expected failures (bad input, existing bundle, divergence) come back as values or IOExceptions naming the file. */
    public static TrainingResult run(TrainRequest request) throws IOException {
        return run(request, null);
    }

    /**
     * {@link #run(TrainRequest)} on the caller's {@code workers} (shared, e.g. by the models of a
     * reproduction; null: a pool of the request's threads).
     */
    public static TrainingResult run(TrainRequest request, org.editvq.models.Workers workers) throws IOException {
        PairDataset dataset = TrainingSplit.read(request.pairs());
        boolean star = request.kind() == ModelKind.TRANSFORMER_STAR;
        TrainingSplit.requirePairs(request.pairs(), dataset, star);
        List<ProgramPair> trainPairs = star ? dataset.trainStar() : dataset.train();
        List<ProgramPair> validPairs = star ? dataset.validStar() : dataset.valid();
        String hash = dataHash(trainPairs, validPairs);
        Trainer trainer;
        if (request.resume()) {
            ModelBundle bundle = ModelBundle.load(request.out());
            if (bundle.config().kind() != request.kind()) {
                throw new IllegalArgumentException("bundle " + bundle.path() + " holds a " + bundle.config().kind()
                        .cliName() + " model, not " + request.kind().cliName());
            }
            TrainingConfig saved = TrainingConfig.fromMap(bundle.training().orElseThrow(() ->
                    new IllegalArgumentException("bundle " + bundle.path() + " has no training state; cannot resume"))
                    .trainer().trainingConfig());
            TrainingConfig config = request.steps() > 0 ? saved.withMaxSteps(request.steps()) : saved;
            PairData train = PairData.encode(trainPairs, bundle.vocabulary(), bundle.config());
            PairData valid = PairData.encode(validPairs, bundle.vocabulary(), bundle.config());
            trainer = onWorkers(trainer(config, bundle.config(), request.progress()), request, workers);
            return withInterruptHook(trainer, () -> trainer.resume(bundle, train, valid, hash,
                    dataInfo(request, dataset, star, train, valid, bundle.vocabulary())));
        }
        if (Files.exists(request.out().resolve(ModelBundle.BUNDLE_JSON))) {
            throw new IllegalArgumentException(request.out() + " already holds a model bundle; pass --resume to "
                    + "continue it or choose another --out");
        }
        List<List<String>> sequences = new ArrayList<>();
        for (ProgramPair p : dataset.train()) {
            sequences.add(p.slow().tokens());
            sequences.add(p.fast().tokens());
        }
        Vocabulary vocabulary = EditTargets.vocabulary(Vocabulary.build(sequences, VOCAB_MIN_COUNT),
                request.decoder());
        ModelConfig presetConfig = ModelConfig.preset(request.preset(), request.kind(), vocabulary.size(),
                request.seed()).withDecoder(request.decoder());
        ModelConfig modelConfig = request.codebook().equals(ModelConfig.EMA)
                ? presetConfig.withEmaCodebook(TrainRequest.EMA_DECAY, true) : presetConfig;
        TrainingConfig preset = TrainingConfig.preset(request.preset(), request.seed());
        TrainingConfig config = request.steps() > 0 ? preset.withMaxSteps(request.steps()) : preset;
        PairData train = PairData.encode(trainPairs, vocabulary, modelConfig);
        PairData valid = PairData.encode(validPairs, vocabulary, modelConfig);
        LOG.info("vocabulary: {} tokens; {} decoder; training pairs kept {} of {} ({} too long), validation {} of {}"
                        + " ({} too long); decoder outputs average {} tokens, target programs {}",
                vocabulary.size(), modelConfig.decoder().cliName(), train.size(), train.offered(),
                train.droppedTooLong(), valid.size(), valid.offered(), valid.droppedTooLong(),
                String.format(java.util.Locale.ROOT, "%.1f", train.meanOutputLength()),
                String.format(java.util.Locale.ROOT, "%.1f", train.meanTargetLength()));
        EditModel model = new EditModel(modelConfig, DataType.FLOAT);
        trainer = onWorkers(trainer(config, modelConfig, request.progress()), request, workers);
        return withInterruptHook(trainer, () -> trainer.train(model, vocabulary, train, valid, request.out(), hash,
                dataInfo(request, dataset, star, train, valid, vocabulary)));
    }

    private static Trainer onWorkers(Trainer trainer, TrainRequest request, org.editvq.models.Workers workers) {
        return workers == null ? trainer.threads(request.threads()) : trainer.workers(workers);
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

    private static Map<String, Object> dataInfo(TrainRequest request, PairDataset dataset, boolean star,
                                                PairData train, PairData valid, Vocabulary vocabulary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pairs", request.pairs().toAbsolutePath().toString());
        m.put("split", star ? "trainStar/validStar" : "train/valid");
        m.put("pairConfig", dataset.config().toMap());
        m.put("vocabSize", vocabulary.size());
        m.put("vocabMinCount", VOCAB_MIN_COUNT);
        m.put("trainOffered", train.offered());
        m.put("trainKept", train.size());
        m.put("trainDroppedTooLong", train.droppedTooLong());
        m.put("trainDroppedEmpty", train.droppedEmpty());
        m.put("trainUnknownTokens", train.unknownTokens());
        m.put("trainMeanDecoderOutput", train.meanOutputLength());
        m.put("trainMeanTarget", train.meanTargetLength());
        m.put("validOffered", valid.offered());
        m.put("validKept", valid.size());
        m.put("validDroppedTooLong", valid.droppedTooLong());
        m.put("validUnknownTokens", valid.unknownTokens());
        return m;
    }

    /**
     * SHA-256 over the training then the validation pairs' tokens, in order: what a resumed run
     * checks against the bundle's manifest.
     */
    public static String dataHash(List<ProgramPair> train, List<ProgramPair> valid) {
        MessageDigest d = Hashing.sha256();
        for (List<ProgramPair> split : List.of(train, valid)) {
            d.update("split\n".getBytes(StandardCharsets.UTF_8));
            for (ProgramPair p : split) {
                d.update((String.join("\u001f", p.slow().tokens()) + "\u001e" + String.join("\u001f",
                        p.fast().tokens()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return Hashing.hex(d);
    }
}
