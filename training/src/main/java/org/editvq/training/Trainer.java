package org.editvq.training;

import org.editvq.core.manifest.RunManifest;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.CodebookOptions;
import org.editvq.models.DataParallel;
import org.editvq.models.Workers;
import org.editvq.models.EditModel;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.PairBatch;
import org.editvq.models.StepStats;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.models.bundle.TrainerState;
import org.editvq.models.bundle.TrainingState;
import org.editvq.models.bundle.WeightSnapshot;
import org.editvq.models.optim.Adam;
import org.editvq.models.optim.LearningRateSchedule;
import org.editvq.models.nn.VectorQuantizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The training loop: Adam with warm-up / inverse-square-root decay and gradient clipping,
 * length-bucketed batches, linear KL annealing for the Edit-VAE, periodic validation with
 * early stopping, a NaN/Inf guard, and checkpoints into a {@link ModelBundle} that resume
 * exactly.
 *
 * <p>Exact resume: everything a step depends on is either saved in the checkpoint (weights,
 * Adam moments and step, codebook usage and step count, epoch and position in the epoch's
 * batch order, best validation loss and patience counter) or derived from the seed (the batch
 * plan of epoch e from {@link Seeds#epoch}, the generator of step t from {@link Seeds#step}).
 * A run interrupted after a checkpoint and resumed from it computes the same losses, bit for
 * bit, as a run that was never interrupted (same machine, same thread count).
 *
 * <p>Each checkpoint also carries a copy of the weights at the best validation so far
 * ({@link ModelBundle.Weights#BEST}), the model to evaluate after early stopping.
 *
 * <p>One trainer runs one session; it is not thread-safe except for {@link #requestStop()}.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final TrainingConfig config;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private volatile boolean stopRequested;
    private int threads = Workers.availableCores();
    private Workers sharedWorkers;

    /** A trainer with the given configuration and no listeners. */
    public Trainer(TrainingConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    /** The configuration. */
    public TrainingConfig config() {
        return config;
    }

    /** Adds a listener (called in the order added, after the built-in history recorder). */
    public Trainer addListener(TrainingListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * Sets the number of threads that run a batch's shards and the validation batches (default: the
     * cores available). The numbers a run computes do not depend on it ({@link DataParallel});
     * the shards per batch are {@link TrainingConfig#batchShards()}.
     */
    public Trainer threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + count);
        }
        this.threads = count;
        return this;
    }

    /**
     * Runs the shards and validation batches on {@code workers}, owned by the caller (e.g. shared by
     * the models of a reproduction, {@link Workers#sharing}), instead of a pool of {@link #threads()}.
     */
    public Trainer workers(Workers workers) {
        this.sharedWorkers = java.util.Objects.requireNonNull(workers, "workers");
        return this;
    }

    /** The number of threads (see {@link #threads(int)}). */
    public int threads() {
        return threads;
    }

    /**
     * Asks the run to stop after the current step; it saves a checkpoint and returns
     * {@link TrainingOutcome#STOPPED}. Safe to call from any thread (e.g. a shutdown hook).
     */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * Trains a freshly built model from step 0, checkpointing into {@code bundle}.
     *
     * @param dataHash hash of the training data, recorded in the manifest and checked on resume
     * @param dataInfo counts describing the data (recorded in the manifest parameters)
     */
    public TrainingResult train(EditModel model, Vocabulary vocabulary, PairData train, PairData valid, Path bundle,
                                String dataHash, Map<String, Object> dataInfo) throws IOException {
        TrainerState start = new TrainerState(0, 0, 0, Double.NaN, 0, 0, 0, 0, config.toMap());
        Adam adam = Adam.transformerDefaults(model.params(), config.clipNorm());
        List<Map<String, Object>> past = new ArrayList<>();
        if (model.quantizer() != null && model.config().codebookOptions().init() == CodebookOptions.Init.KMEANS
                && train.size() > 0) {
            past.add(initializeCodebook(model, train));
        }
        return new Session(model, vocabulary, train, valid, bundle, dataHash, dataInfo, adam, start,
                past, -1, null).run();
    }

    /**
     * Places the codebook on k-means++ clusters of the latent encoder's outputs z (no dropout, no
     * gradient) for the first {@code initPairs} training pairs in epoch 0's batch order; returns
     * the history entry describing it.
     */
    private Map<String, Object> initializeCodebook(EditModel model, PairData train) {
        CodebookOptions options = model.config().codebookOptions();
        List<int[]> plan = LengthBuckets.plan(train.pairs(), config.batchSize(), config.maxBatchTokens(),
                new SplittableRandom(Seeds.epoch(config.seed(), 0)));
        List<double[]> z = new ArrayList<>();
        for (int[] idx : plan) {
            if (z.size() >= options.initPairs()) {
                break;
            }
            for (double[] row : model.editVectors(train.batch(idx))) {
                if (z.size() < options.initPairs()) {
                    z.add(row);
                }
            }
        }
        VectorQuantizer.InitReport r = model.quantizer().initialize(z.toArray(double[][]::new),
                options.kmeansIterations(), config.batchSize(),
                new SplittableRandom(Seeds.mix(config.seed(), Seeds.CODEBOOK_STREAM, 0)));
        LOG.info("codebook initialised by k-means++ on the z of {} training pairs ({} distinct): {} codes on"
                + " centroids, {} on jittered points, mean squared distance {}", r.points(), r.distinct(),
                r.clusters(), model.quantizer().size() - r.clusters(), fmt(r.inertia()));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", "codebookInit");
        entry.put("step", 0L);
        entry.put("points", r.points());
        entry.put("distinct", r.distinct());
        entry.put("clusters", r.clusters());
        entry.put("inertia", r.inertia());
        return entry;
    }

    /**
     * Continues the run saved in {@code bundle} with this trainer's configuration, which may
     * change only the step and epoch limits and the checkpoint and log intervals (see
     * {@link TrainingConfig#trajectoryDifferences}); the data must have the hash recorded in the
     * bundle's manifest.
     */
    public TrainingResult resume(ModelBundle bundle, PairData train, PairData valid, String dataHash,
                                 Map<String, Object> dataInfo) throws IOException {
        TrainingState state = bundle.training().orElseThrow(() -> new IllegalArgumentException("bundle "
                + bundle.path() + " has no training state (it was saved as a final model); cannot resume"));
        TrainingConfig saved;
        try {
            saved = TrainingConfig.fromMap(state.trainer().trainingConfig());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bundle " + bundle.path() + ": unreadable training configuration in "
                    + ModelBundle.TRAINER_JSON + ": " + e.getMessage(), e);
        }
        List<String> diffs = config.trajectoryDifferences(saved);
        if (!diffs.isEmpty()) {
            throw new IllegalArgumentException("bundle " + bundle.path() + " was trained with other settings ("
                    + String.join(", ", diffs) + "); a resumed run must keep them to continue exactly");
        }
        if (!bundle.manifest().dataHash().equals(dataHash)) {
            throw new IllegalArgumentException("bundle " + bundle.path() + " was trained on data with hash "
                    + bundle.manifest().dataHash() + " but these pairs hash to " + dataHash
                    + "; resume with the same pairs");
        }
        EditModel model = bundle.model();
        Adam adam = Adam.transformerDefaults(model.params(), config.clipNorm());
        adam.restore(state.optimizerStep(), state.firstMoments(), state.secondMoments());
        TrainerState trainer = state.trainer();
        TrainerState start = new TrainerState(trainer.step(), trainer.epoch(), trainer.batchInEpoch(),
                trainer.bestValidLoss(), trainer.bestStep(), trainer.evalsWithoutImprovement(), trainer.tokensSeen(),
                trainer.trainSeconds(), config.toMap());
        return new Session(model, bundle.vocabulary(), train, valid, bundle.path(), dataHash, dataInfo, adam, start,
                bundle.history(), trainer.step(), bundle.best().orElse(null)).run();
    }

    /** KL weight of step t (1-based): linear from 0 to the config's weight over klAnnealSteps. */
    public static double klWeight(ModelConfig model, long step) {
        if (model.kind() != ModelKind.EDIT_VAE) {
            return 0;
        }
        if (model.klAnnealSteps() == 0) {
            return model.klWeight();
        }
        return model.klWeight() * Math.min(1.0, (double) step / model.klAnnealSteps());
    }

    /** One training session: mutable loop state. */
    private final class Session {
        private final EditModel model;
        private final Vocabulary vocabulary;
        private final PairData train;
        private final PairData valid;
        private final Path bundle;
        private final String dataHash;
        private final Map<String, Object> dataInfo;
        private final Adam adam;
        private final LearningRateSchedule schedule;
        private final HistoryRecorder history;
        private final List<TrainingListener> all = new ArrayList<>();
        private final List<int[]> validPlan;
        private Workers workers;
        private DataParallel parallel;

        private long step;
        private int epoch;
        private int batchInEpoch;
        private double bestValid;
        private long bestStep;
        private int sinceBest;
        private long tokensSeen;
        private double trainSeconds;
        private long checkpointStep;
        private double lastValid = Double.NaN;
        private long lastEvalStep = -1;
        private double lastGradNorm = Double.NaN;
        private long lastGradStep;
        private long sessionSteps;
        private double sessionSeconds;
        private long sessionTokens;
        private int planEpoch = -1;
        private List<int[]> plan;
        private WeightSnapshot best;

        Session(EditModel model, Vocabulary vocabulary, PairData train, PairData valid, Path bundle, String dataHash,
                Map<String, Object> dataInfo, Adam adam, TrainerState start, List<Map<String, Object>> past,
                long checkpointStep, WeightSnapshot best) {
            if (train.size() == 0) {
                throw new IllegalArgumentException("no training pairs left (offered " + train.offered()
                        + ", too long " + train.droppedTooLong() + ", empty " + train.droppedEmpty() + ")");
            }
            if (vocabulary.size() != model.config().vocabSize()) {
                throw new IllegalArgumentException("vocabulary has " + vocabulary.size() + " tokens, the model "
                        + model.config().vocabSize());
            }
            this.model = model;
            this.vocabulary = vocabulary;
            this.train = train;
            this.valid = valid;
            this.bundle = bundle;
            this.dataHash = dataHash;
            this.dataInfo = new LinkedHashMap<>(dataInfo);
            this.adam = adam;
            this.schedule = new LearningRateSchedule(config.peakLr(), config.warmupSteps());
            this.history = new HistoryRecorder(config.logInterval(), past);
            history.truncateAfter(start.step());
            all.add(history);
            all.addAll(listeners);
            this.validPlan = valid.size() == 0 ? List.of()
                    : LengthBuckets.plan(valid.pairs(), config.batchSize(), config.maxBatchTokens(), null);
            this.step = start.step();
            this.epoch = start.epoch();
            this.batchInEpoch = start.batchInEpoch();
            this.bestValid = start.bestValidLoss();
            this.bestStep = start.bestStep();
            this.sinceBest = start.evalsWithoutImprovement();
            this.tokensSeen = start.tokensSeen();
            this.trainSeconds = start.trainSeconds();
            this.checkpointStep = checkpointStep;
            this.best = best;
        }

        private List<int[]> planOf(int e) {
            if (planEpoch != e) {
                plan = LengthBuckets.plan(train.pairs(), config.batchSize(), config.maxBatchTokens(),
                        new SplittableRandom(Seeds.epoch(config.seed(), e)));
                planEpoch = e;
            }
            return plan;
        }

        TrainingResult run() throws IOException {
            Workers own = sharedWorkers == null ? Workers.of(threads) : null;
            try {
                workers = own == null ? sharedWorkers : own;
                parallel = new DataParallel(model, config.batchShards(), workers);
                return runWithWorkers();
            } finally {
                if (own != null) {
                    own.close();
                }
            }
        }

        private TrainingResult runWithWorkers() throws IOException {
            int batchesPerEpoch = planOf(epoch).size();
            if (batchInEpoch >= batchesPerEpoch) {
                throw new IllegalStateException("checkpoint position " + batchInEpoch + " beyond the epoch's "
                        + batchesPerEpoch + " batches: the data differ from the checkpoint's");
            }
            TrainingPlan tp = new TrainingPlan(step, config.plannedSteps(batchesPerEpoch), batchesPerEpoch,
                    train.size(), valid.size(), model.params().count());
            LOG.info("training {} ({} parameters) on {} pairs ({} batches/epoch), validating on {}; from step {}"
                    + " to {}", model.config().kind().cliName(), tp.parameters(), tp.trainPairs(),
                    batchesPerEpoch, tp.validPairs(), step, tp.plannedSteps());
            if (valid.size() == 0) {
                LOG.warn("no validation pairs: no validation and no early stopping");
            }
            all.forEach(l -> l.onStart(tp));
            TrainingOutcome outcome;
            String message;
            while (true) {
                if (config.maxSteps() > 0 && step >= config.maxSteps()) {
                    outcome = TrainingOutcome.MAX_STEPS;
                    message = "reached " + config.maxSteps() + " steps";
                    break;
                }
                if (config.maxEpochs() > 0 && epoch >= config.maxEpochs()) {
                    outcome = TrainingOutcome.MAX_EPOCHS;
                    message = "reached " + config.maxEpochs() + " epochs";
                    break;
                }
                if (stopRequested) {
                    outcome = TrainingOutcome.STOPPED;
                    message = "stopped on request at step " + step;
                    break;
                }
                String failure = trainOneStep();
                if (failure != null) {
                    return finish(TrainingOutcome.DIVERGED, failure);
                }
                if (shouldEvaluate()) {
                    String evalFailure = evaluate();
                    if (evalFailure != null) {
                        return finish(TrainingOutcome.DIVERGED, evalFailure);
                    }
                    if (config.patience() > 0 && sinceBest >= config.patience()) {
                        outcome = TrainingOutcome.EARLY_STOPPED;
                        message = "validation loss did not improve for " + sinceBest + " evaluations (best "
                                + fmt(bestValid) + " at step " + bestStep + ")";
                        break;
                    }
                }
                if (config.checkpointInterval() > 0 && step % config.checkpointInterval() == 0) {
                    checkpoint();
                }
            }
            if (lastEvalStep != step && valid.size() > 0 && outcome != TrainingOutcome.STOPPED) {
                // A report-only validation of the final weights: it leaves best/patience alone,
                // so that extending the run later continues exactly. Skipped on a stop request,
                // which should checkpoint and exit promptly.
                Evaluation e = measure(false);
                lastValid = e.loss();
                LOG.info("final validation at step {}: loss {} (reconstruction {} nats/token)", step,
                        fmt(e.loss()), fmt(e.reconstruction()));
            }
            if (checkpointStep != step) {
                checkpoint();
            }
            return finish(outcome, message);
        }

        /** Trains one batch; returns a diagnosis if the loss or gradient is not finite. */
        private String trainOneStep() {
            List<int[]> batches = planOf(epoch);
            int[] idx = batches.get(batchInEpoch);
            PairBatch batch = train.batch(idx);
            long tokens = batch.source().tokenCount() + batch.target().tokenCount();
            long t = step + 1;
            double lr = schedule.at(t);
            double kl = klWeight(model.config(), t);
            long t0 = System.nanoTime();
            StepStats stats = parallel.trainStep(batch, new SplittableRandom(Seeds.step(config.seed(), t)), kl);
            if (!Double.isFinite(stats.loss())) {
                model.params().zeroGrad();
                return diverged(t, "loss " + stats.loss(), stats, lr);
            }
            double norm = adam.update(lr);
            if (!Double.isFinite(norm)) {
                model.params().zeroGrad();
                return diverged(t, "gradient norm " + norm, stats, lr);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            lastGradNorm = norm;
            lastGradStep = t;
            step = t;
            batchInEpoch++;
            if (batchInEpoch == batches.size()) {
                epoch++;
                batchInEpoch = 0;
                endOfEpoch = true;
            } else {
                endOfEpoch = false;
            }
            tokensSeen += tokens;
            trainSeconds += seconds;
            sessionSteps++;
            sessionSeconds += seconds;
            sessionTokens += tokens;
            double tps = tokens / Math.max(seconds, 1e-9);
            for (TrainingListener l : all) {
                l.onStep(step, stats, lr, norm, tps);
            }
            if (step % config.logInterval() == 0) {
                LOG.debug("step {} epoch {} loss {} lr {} grad norm {} {} tok/s", step, epoch, fmt(stats.loss()),
                        fmt(lr), fmt(norm), Math.round(tps));
            }
            return null;
        }

        private boolean endOfEpoch;

        private boolean shouldEvaluate() {
            if (valid.size() == 0) {
                return false;
            }
            return config.evalInterval() > 0 ? step % config.evalInterval() == 0 : endOfEpoch;
        }

        private String diverged(long t, String what, StepStats s, double lr) {
            String where = checkpointStep >= 0 ? "the bundle " + bundle + " keeps the last good checkpoint (step "
                    + checkpointStep + ")" : "no checkpoint had been written yet (nothing saved in " + bundle + ")";
            return "training diverged at step " + t + ": " + what + " (loss " + s.loss() + " = reconstruction "
                    + s.reconstruction() + " + codebook " + s.codebookLoss() + " + commitment " + s.commitmentLoss()
                    + " + KL " + s.kl() + " x weight " + s.klWeight() + "), last finite gradient norm "
                    + (lastGradStep > 0 ? fmt(lastGradNorm) + " at step " + lastGradStep : "none")
                    + ", learning rate " + fmt(lr) + "; " + where
                    + ". Hint: lower the peak learning rate or the clip norm, lengthen the warm-up, "
                    + "or look for a bad pair in the data.";
        }

        /** One validation batch's sums (see {@link #measure}). */
        private record BatchSums(double loss, double reconstruction, double correct, double targetTokens, int pairs,
                                 double ownLl, double otherLl, double llTokens) {
        }

        private Evaluation measure(boolean track) {
            boolean zCheck = model.quantizer() != null && model.quantizer().size() > 1;
            SplittableRandom others = new SplittableRandom(Seeds.mix(config.seed(), Seeds.LATENT_CHECK_STREAM, step));
            // the batches are independent forward passes over the same (read-only) weights: run them on
            // the workers and add their sums in batch order, the same numbers as one after another
            List<java.util.concurrent.Callable<BatchSums>> tasks = new ArrayList<>(validPlan.size());
            for (int[] idx : validPlan) {
                int[] other = zCheck ? otherCodes(others, idx.length) : null;
                tasks.add(() -> measureBatch(idx, other));
            }
            double lossSum = 0;
            double reconSum = 0;
            double correct = 0;
            double targetTokens = 0;
            int pairs = 0;
            double ownLl = 0;
            double otherLl = 0;
            double llTokens = 0;
            for (BatchSums b : workers.invokeAll(tasks)) {
                lossSum += b.loss();
                reconSum += b.reconstruction();
                correct += b.correct();
                targetTokens += b.targetTokens();
                pairs += b.pairs();
                ownLl += b.ownLl();
                otherLl += b.otherLl();
                llTokens += b.llTokens();
            }
            double loss = lossSum / pairs;
            boolean improved = false;
            if (track && Double.isFinite(loss)) {
                improved = Double.isNaN(bestValid) || loss < bestValid;
                if (improved) {
                    bestValid = loss;
                    bestStep = step;
                    sinceBest = 0;
                    best = WeightSnapshot.of(model, step);
                } else {
                    sinceBest++;
                }
            }
            return new Evaluation(step, epoch, loss, reconSum / targetTokens, correct / targetTokens, improved,
                    bestValid, sinceBest, zCheck ? -ownLl / llTokens : Double.NaN,
                    zCheck ? -otherLl / llTokens : Double.NaN);
        }

        /** For each of n pairs, a draw of the index of a code other than its own (drawn before its code is known). */
        private int[] otherCodes(SplittableRandom others, int n) {
            int k = model.quantizer().size();
            int[] draws = new int[n];
            for (int b = 0; b < n; b++) {
                draws[b] = others.nextInt(k - 1);
            }
            return draws;
        }

        /**
         * Validation sums of one batch; with {@code otherDraws} also the log-likelihoods under the
         * pairs' own codes and under the drawn other codes (the z check).
         */
        private BatchSums measureBatch(int[] idx, int[] otherDraws) {
            PairBatch batch = valid.batch(idx);
            double llTokens = batch.targetTokens(); // the decoder's outputs (programs or scripts) + EOS
            StepStats s = model.evaluate(batch);
            double ownLl = 0;
            double otherLl = 0;
            if (otherDraws != null) {
                int[] own = s.codes();
                int[] other = new int[own.length];
                for (int b = 0; b < own.length; b++) {
                    other[b] = otherDraws[b] >= own[b] ? otherDraws[b] + 1 : otherDraws[b];
                }
                for (double v : model.logLikelihoods(batch, model.latents(own, own.length, null))) {
                    ownLl += v;
                }
                for (double v : model.logLikelihoods(batch, model.latents(other, other.length, null))) {
                    otherLl += v;
                }
            }
            return new BatchSums(s.loss() * idx.length, s.reconstruction() * s.targetTokens(), s.correctTokens(),
                    s.targetTokens(), idx.length, ownLl, otherLl, llTokens);
        }

        private String evaluate() {
            Evaluation e = measure(true);
            lastValid = e.loss();
            lastEvalStep = step;
            if (!Double.isFinite(e.loss())) {
                return "validation loss became " + e.loss() + " at step " + step + " (reconstruction "
                        + e.reconstruction() + "); " + (checkpointStep >= 0 ? "the bundle " + bundle
                        + " keeps the last good checkpoint (step " + checkpointStep + ")" : "no checkpoint was written")
                        + ". Hint: lower the peak learning rate or the clip norm.";
            }
            LOG.info("step {} epoch {}: validation loss {} (reconstruction {} nats/token, accuracy {}{}){}", step,
                    epoch, fmt(e.loss()), fmt(e.reconstruction()), fmt(e.tokenAccuracy()),
                    Double.isFinite(e.latentGain()) ? ", NLL " + fmt(e.ownCodeNll()) + " under the own code vs "
                            + fmt(e.otherCodeNll()) + " under another" : "",
                    e.improved() ? " best" : " (best " + fmt(bestValid) + " at step " + bestStep + ", "
                            + sinceBest + " without improvement)");
            for (TrainingListener l : all) {
                l.onEvaluation(e);
            }
            return null;
        }

        private void checkpoint() throws IOException {
            TrainerState ts = new TrainerState(step, epoch, batchInEpoch, bestValid, bestStep, sinceBest, tokensSeen,
                    trainSeconds, config.toMap());
            Adam.State a = adam.state();
            TrainingState state = new TrainingState(ts, a.step(), a.firstMoments(), a.secondMoments());
            ModelBundle.save(bundle, model, vocabulary, manifest(), history.entries(), state, best);
            checkpointStep = step;
            LOG.info("checkpoint at step {} saved to {}", step, bundle);
            for (TrainingListener l : all) {
                l.onCheckpoint(step, bundle);
            }
        }

        private RunManifest manifest() {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("model", model.config().toMap());
            params.put("training", config.toMap());
            params.put("optimizer", adam.settings()); // what the optimizer runs with, not a copy of its constants
            params.put("data", dataInfo);
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("step", step);
            metrics.put("epoch", epoch);
            metrics.put("bestValidLoss", finiteOrNull(bestValid));
            metrics.put("bestStep", bestStep);
            metrics.put("lastValidLoss", finiteOrNull(lastValid));
            metrics.put("tokensSeen", tokensSeen);
            metrics.put("trainSeconds", trainSeconds);
            metrics.put("msPerStep", sessionSteps == 0 ? null : 1000 * sessionSeconds / sessionSteps);
            metrics.put("tokensPerSecond", sessionSeconds == 0 ? null : sessionTokens / sessionSeconds);
            metrics.put("parameters", model.params().count());
            if (model.quantizer() != null) {
                // the codebook's health as last logged: codes in use, batch perplexity, and what z is worth
                for (Map<String, Object> e : history.entries()) {
                    if ("train".equals(e.get("type")) && e.containsKey("codesUsed")) {
                        metrics.put("codesUsed", e.get("codesUsed"));
                        metrics.put("perplexity", e.get("perplexity"));
                    } else if ("eval".equals(e.get("type")) && e.containsKey("latentGain")) {
                        metrics.put("validNllOwnCode", e.get("validNllOwnCode"));
                        metrics.put("validNllOtherCode", e.get("validNllOtherCode"));
                        metrics.put("latentGain", e.get("latentGain"));
                    }
                }
            }
            return RunManifest.of("train", config.seed(), params, dataHash, metrics);
        }

        private TrainingResult finish(TrainingOutcome outcome, String message) {
            if (outcome == TrainingOutcome.DIVERGED) {
                LOG.error(message);
            } else {
                LOG.info("training ended: {}", message);
            }
            TrainingResult r = new TrainingResult(outcome, message, bundle, outcome == TrainingOutcome.DIVERGED
                    ? step + 1 : step, epoch, checkpointStep, bestValid, bestStep, lastValid, trainSeconds,
                    sessionSteps, sessionSteps == 0 ? Double.NaN : 1000 * sessionSeconds / sessionSteps,
                    sessionSeconds == 0 ? Double.NaN : sessionTokens / sessionSeconds);
            for (TrainingListener l : all) {
                l.onFinish(r);
            }
            return r;
        }
    }

    private static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
