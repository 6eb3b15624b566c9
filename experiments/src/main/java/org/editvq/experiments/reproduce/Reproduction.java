package org.editvq.experiments.reproduce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.editvq.experiments.pipeline.CanonicalCorpus;
import org.editvq.experiments.pipeline.CorpusPipeline;
import org.editvq.dataset.corpus.Corpora;
import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.editvq.core.manifest.RunManifest;
import org.editvq.evaluation.metrics.EfficiencyExample;
import org.editvq.evaluation.metrics.EfficiencyMetrics;
import org.editvq.evaluation.metrics.EfficiencyReport;
import org.editvq.evaluation.metrics.TimedReference;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetBuilder;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.dataset.pairs.TestInput;
import org.editvq.evaluation.stats.StatisticsConfig;
import org.editvq.evaluation.stats.StatisticsWriter;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.training.TrainRequest;
import org.editvq.training.TrainingOutcome;
import org.editvq.training.TrainingResult;
import org.editvq.training.TrainingRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The library call behind {@code editvq reproduce}: from a runtime-annotated corpus to the
 * paper's Table 1, Table 2 and Figures 2, 5 and 6 in one output folder.
 *
 * <p>Stages, each skipped when its output is already there (so a rerun after an interruption
 * continues where it stopped, and a finished run is not repeated):
 * <ol>
 *   <li>{@code pairs/}: canonicalize, pair (ROUGE gate and speedup), split, reference sets;
 *       {@code figure2/}: the dataset statistics of the paper's Figure 2;</li>
 *   <li>{@code models/<model>/}: train the five models (resuming a bundle whose run was
 *       interrupted); {@code jobs} models train at once; with {@link ReproduceDecoders#EDITS} or
 *       {@link ReproduceDecoders#BOTH} also (or only) the five with the edit decoder, named {@code <kind>-edits};</li>
 *   <li>{@code samples/<model>.jsonl}: N samples per test input and model, appended input by
 *       input, plus the copy-the-input baseline;</li>
 *   <li>{@code table1.md}, {@code table1.csv} (every cell with its 95% bootstrap interval),
 *       {@code table1_vs_copy.csv} (each model's paired difference to copy-input) and
 *       {@code scores/<model>.jsonl} (every sample with its S_C, S_EH and S_ES); {@code suggestions.csv}
 *       (distinct outputs per input, unchanged share, parse rate of the distinct changed outputs); {@code table2.md} and {@code figures/} of the Edit-VQ-VAE
 *       ({@code table2-edits.md} and {@code figures-edits/} of its edit-decoder twin); {@code manifest.json} and a
 *       {@code README.md} that summarizes the run.</li>
 * </ol>
 * The settings are kept in {@code reproduce.json}; a rerun with different settings is refused
 * rather than mixing two runs in one folder.
 */
public final class Reproduction {
    private static final Logger LOG = LoggerFactory.getLogger(Reproduction.class);
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Name of the copy-the-input baseline in the tables. */
    public static final String COPY = "copy-input";

    private Reproduction() {
    }

    /**
     * One reproduction.
     *
     * @param corpusSpec a runtime-annotated corpus (see {@code Corpora.open}), e.g. a judged CSV
     * @param out        the output folder (created; reused to resume)
     * @param config     the settings
     * @param progress   draw progress bars (one job) instead of log lines
     */
    public record Request(String corpusSpec, Path out, ReproduceConfig config, boolean progress, int threads) {
        public Request {
            Objects.requireNonNull(corpusSpec, "corpusSpec");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(config, "config");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
        }

        /** A request that uses every core available. */
        public Request(String corpusSpec, Path out, ReproduceConfig config, boolean progress) {
            this(corpusSpec, out, config, progress, org.editvq.models.Workers.availableCores());
        }


    }

    /** How one model fared: its Table 1 row, or why it has none. */
    public record ModelOutcome(String model, EfficiencyReport report, TrainingResult training, String failure) {
    }

    /** What a reproduction produced. */
    public record Result(Path out, int testInputs, List<ModelOutcome> models, double minutes) {
        /** The outcome of one model (or of {@link #COPY}). */
        public ModelOutcome model(String name) {
            return models.stream().filter(m -> m.model().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no model " + name));
        }
    }

    /** Runs (or continues) a reproduction, reporting stages on {@code log}. */
    public static Result run(Request request, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        ReproduceConfig config = request.config();
        Path out = request.out();
        Files.createDirectories(out);
        checkSettings(request);
        StageTimes times = StageTimes.load(out.resolve("stages.json"));

        log.println("[1/5] pairs and dataset statistics");
        Data data = times.time("data", () -> prepareData(request, log));
        ModelConfig shape = ModelConfig.preset(config.preset(), ModelKind.EDIT_VQVAE, 10, config.seed());
        List<TestInput> tests = data.dataset().test().stream()
                .filter(t -> ModelSampler.fits(t, shape.maxSourceLength())).toList();
        log.printf("      %d train, %d valid pairs (%d and %d for Transformer*), %d test inputs (%d of %d fit the"
                        + " %d-token limit)%n", data.dataset().train().size(), data.dataset().valid().size(),
                data.dataset().trainStar().size(), data.dataset().validStar().size(), tests.size(), tests.size(),
                data.dataset().test().size(), shape.maxSourceLength());
        if (data.dataset().train().isEmpty() || tests.isEmpty()) {
            throw new IOException("the corpus " + request.corpusSpec() + " gives " + data.dataset().train().size()
                    + " training pairs and " + tests.size() + " usable test inputs; see " + out.resolve("pairs")
                    + "/manifest.json (does it have runtimes? are there enough similar programs per problem?)");
        }

        List<ReproduceDecoders.ModelRun> runs = config.decoders().runs();
        log.printf("[2/5] training and sampling %d models (%d at once)%n", runs.size(), config.jobs());
        Map<ReproduceDecoders.ModelRun, ModelOutcome> outcomes = trainAndSample(request, runs, tests,
                data.language(), times, log);

        log.println("[3/5] scoring (Table 1)");
        writeCopySamples(out, tests, config.samples());
        // each samples file is read once: its Table 1 row and its suggestion health come from the same entries
        Canonicalizer canonicalizer = Canonicalizers.forLanguage(data.language());
        Map<String, SuggestionHealth> health = new LinkedHashMap<>();
        List<ModelOutcome> rows = new ArrayList<>();
        for (ReproduceDecoders.ModelRun run : runs) {
            ModelOutcome o = outcomes.get(run);
            rows.add(o.failure() == null ? new ModelOutcome(o.model(), score(out, o.model(), tests, canonicalizer,
                    health), o.training(), null) : o);
        }
        rows.add(new ModelOutcome(COPY, score(out, COPY, tests, canonicalizer, health), null, null));
        Table1Writer.write(rows, out.resolve("table1.md"), out.resolve("table1.csv"), out.resolve("table1_vs_copy.csv"),
                config.samples(), config.bootstrapConfig());
        log.print(Table1Writer.markdown(rows, config.samples(), config.bootstrapConfig()));
        for (String line : writeSuggestionHealth(out, health)) {
            log.println("      " + line);
        }

        // Table 2 and the figures of each Edit-VQ-VAE: table2.md and figures/ of the program decoder,
        // table2-edits.md and figures-edits/ of the edit decoder
        List<ReproduceDecoders.ModelRun> editVqvaes = runs.stream()
                .filter(r -> r.kind() == ModelKind.EDIT_VQVAE && outcomes.get(r).failure() == null).toList();
        log.println("[4/5] Table 2 examples");
        for (ReproduceDecoders.ModelRun run : editVqvaes) {
            Table2Writer.write(out.resolve("samples").resolve(run.name() + ".jsonl"), tests, data.language(),
                    config.table2Examples(), out.resolve("table2" + run.suffix() + ".md"));
        }
        log.println("[5/5] figures");
        for (ReproduceDecoders.ModelRun run : editVqvaes) {
            times.time("figures" + run.suffix(), () -> {
                FigureStage.write(modelDir(out, run.name()), data.dataset(), config,
                        out.resolve("figures" + run.suffix()), log);
                return null;
            });
        }
        double minutes = (System.nanoTime() - t0) / 6e10;
        Result result = new Result(out, tests.size(), rows, minutes);
        writeManifest(request, data, result, times);
        RunReport.write(request, data, result, times, health, out.resolve("README.md"));
        log.printf("finished in %.1f min this session (%.1f min over all sessions); see %s%n", minutes,
                times.totalMinutes(), out.resolve("README.md"));
        return result;
    }

    /** The pairs and the language of the corpus. */
    record Data(PairDataset dataset, Language language, Map<String, Object> corpusCounts, String dataHash) {
    }

    static Path modelDir(Path out, String model) {
        return out.resolve("models").resolve(model);
    }

    private static void checkSettings(Request request) throws IOException {
        Path file = request.out().resolve("reproduce.json");
        Map<String, Object> wanted = new LinkedHashMap<>();
        wanted.put("corpus", request.corpusSpec());
        wanted.put("settings", request.config().toMap());
        String text = JSON.writeValueAsString(wanted);
        if (Files.exists(file)) {
            Object saved = JSON.readValue(Files.readString(file), Object.class);
            Object now = JSON.readValue(text, Object.class);
            if (!saved.equals(now)) {
                throw new IllegalArgumentException(request.out() + " holds a reproduction with other settings ("
                        + file + "); choose another --out or delete it. Saved: " + JSON.writeValueAsString(saved)
                        .replaceAll("\\s+", " ") + "; requested: " + text.replaceAll("\\s+", " "));
            }
            return;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Data prepareData(Request request, PrintStream log) throws IOException {
        Path pairsDir = request.out().resolve("pairs");
        Path info = request.out().resolve("data.json");
        if (Files.exists(pairsDir.resolve(PairDatasetIO.MANIFEST)) && Files.exists(info)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> saved = JSON.readValue(info.toFile(), Map.class);
            log.println("      reusing " + pairsDir);
            @SuppressWarnings("unchecked")
            Map<String, Object> counts = (Map<String, Object>) saved.get("corpus");
            return new Data(PairDatasetIO.read(pairsDir), Language.valueOf((String) saved.get("language")), counts,
                    (String) saved.get("dataHash"));
        }
        Corpus loaded = Corpora.open(request.corpusSpec());
        CanonicalCorpus corpus = CorpusPipeline.canonicalize(loaded);
        log.println("      " + corpus.summary());
        PairDataset dataset = PairDatasetBuilder.build(corpus.programs(), request.config().pairs());
        String inputHash = PairDatasetBuilder.inputHash(corpus.programs());
        RunManifest manifest = PairDatasetIO.manifest(dataset, inputHash).withMetrics(corpus.counts());
        PairDatasetIO.write(dataset, pairsDir, manifest);
        StatisticsWriter.write(corpus.programs(), dataset, StatisticsConfig.defaults(), request.out()
                .resolve("figure2"));
        Language language = majorityLanguage(loaded);
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("language", language.name());
        saved.put("dataHash", inputHash);
        saved.put("corpus", corpus.counts());
        JSON.writeValue(info.toFile(), saved);
        // continue from what was written, exactly as a resumed run will (about a second of reading)
        return new Data(PairDatasetIO.read(pairsDir), language, corpus.counts(), inputHash);
    }

    private static Language majorityLanguage(Corpus corpus) {
        return corpus.submissions().stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s.language(),
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Language.JAVA);
    }

    private static Map<ReproduceDecoders.ModelRun, ModelOutcome> trainAndSample(
            Request request, List<ReproduceDecoders.ModelRun> runs, List<TestInput> tests, Language language,
            StageTimes times, PrintStream log)
            throws IOException {
        ReproduceConfig config = request.config();
        // the request's threads, shared by the models in training or sampling: two models get one
        // each; the last one left gets them all from its next step on (the numbers do not depend on it)
        java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
        org.editvq.models.Workers workers = org.editvq.models.Workers.sharing(request.threads(), active::get);
        ExecutorService pool = Executors.newFixedThreadPool(config.jobs(), r -> {
            Thread t = new Thread(r, "reproduce-model");
            t.setDaemon(true);
            return t;
        });
        Map<ReproduceDecoders.ModelRun, Future<ModelOutcome>> futures = new LinkedHashMap<>();
        try {
            for (ReproduceDecoders.ModelRun run : runs) {
                futures.put(run, pool.submit(() -> {
                    Thread.currentThread().setName("reproduce-" + run.name()); // names the model in log lines
                    active.incrementAndGet();
                    try {
                        return trainAndSample(request, run, tests, language, times, log, workers);
                    } finally {
                        active.decrementAndGet();
                    }
                }));
            }
            Map<ReproduceDecoders.ModelRun, ModelOutcome> out = new LinkedHashMap<>();
            for (Map.Entry<ReproduceDecoders.ModelRun, Future<ModelOutcome>> e : futures.entrySet()) {
                try {
                    out.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException ex) {
                    Throwable cause = ex.getCause();
                    if (cause instanceof InterruptedReproduction stop) {
                        throw new IOException(stop.getMessage() + "; rerun the same command to continue", stop);
                    }
                    LOG.error("{} failed", e.getKey().name(), cause);
                    out.put(e.getKey(), new ModelOutcome(e.getKey().name(), null, null,
                            cause.getClass().getSimpleName() + ": " + cause.getMessage()));
                    log.printf("      %s FAILED: %s%n", e.getKey().name(), cause.getMessage());
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted; rerun the same command to continue", e);
        } finally {
            pool.shutdownNow();
            workers.close();
        }
    }

    /** Thrown when a training run was stopped (Ctrl-C): the reproduction stops and can be resumed. */
    static final class InterruptedReproduction extends RuntimeException {
        InterruptedReproduction(String message) {
            super(message);
        }
    }

    private static ModelOutcome trainAndSample(Request request, ReproduceDecoders.ModelRun run, List<TestInput> tests,
                                               Language language,
                                               StageTimes times, PrintStream log, org.editvq.models.Workers workers)
            throws IOException {
        ReproduceConfig config = request.config();
        ModelKind kind = run.kind();
        String name = run.name();
        Path dir = modelDir(request.out(), name);
        Path done = dir.resolve("training-result.json");
        TrainingResult training;
        if (Files.exists(done)) {
            training = JSON.readValue(done.toFile(), TrainingResult.class);
            log.printf("      %s: trained already (%s at step %d)%n", name, training.outcome(),
                    training.step());
        } else {
            boolean resume = Files.exists(dir.resolve(ModelBundle.BUNDLE_JSON));
            log.printf("      %s: %s training (%s preset, %s)%n", name, resume ? "resuming" : "starting",
                    config.preset().cliName(), config.stepsFor(kind) == 0 ? "preset's step limit"
                            : config.stepsFor(kind) + " steps");
            training = times.time("train " + name, () -> TrainingRuns.run(new TrainRequest(kind,
                    request.out().resolve("pairs"), dir, config.preset(), config.stepsFor(kind), config.seed(),
                    resume, request.progress() && config.jobs() == 1, config.codebook(), run.decoder()),
                    workers));
            if (training.outcome() == TrainingOutcome.STOPPED) {
                throw new InterruptedReproduction(name + " training stopped at step " + training.step());
            }
            if (!training.outcome().ok()) {
                throw new IOException(name + " diverged: " + training.message());
            }
            JSON.writeValue(done.toFile(), training);
            log.printf("      %s: %s after %d steps, best validation loss %.3f (step %d), %.0f ms/step%n",
                    name, training.outcome(), training.step(), training.bestValidLoss(),
                    training.bestStep(), training.meanMsPerStep());
        }
        times.time("sample " + name, () -> {
            sample(request, name, tests, language, log, workers);
            return null;
        });
        return new ModelOutcome(name, null, training, null);
    }

    private static void sample(Request request, String name, List<TestInput> tests, Language language,
                               PrintStream log, org.editvq.models.Workers workers) throws IOException {
        ReproduceConfig config = request.config();
        Path samplesDir = request.out().resolve("samples");
        Files.createDirectories(samplesDir);
        Path file = samplesDir.resolve(name + ".jsonl");
        Map<String, SampleFile.Entry> existing = SampleFile.readForAppend(file);
        if (tests.stream().allMatch(t -> existing.containsKey(t.input().submissionId()))) {
            return;
        }
        ModelBundle bundle = ModelBundle.load(modelDir(request.out(), name), ModelBundle.Weights.BEST);
        sample(request, name, tests, log, new ModelSampler(bundle.model(), bundle.vocabulary(), config.samples(),
                config.temperature(), config.topK(), config.seed(), workers, config.editDecoding(),
                Canonicalizers.forLanguage(language)), existing, file); // one per model: two models sample at once
    }

    private static void sample(Request request, String name, List<TestInput> tests, PrintStream log,
                               ModelSampler sampler, Map<String, SampleFile.Entry> existing, Path file)
            throws IOException {
        ReproduceConfig config = request.config();
        long t0 = System.nanoTime();
        int drawn = 0;
        for (int i = 0; i < tests.size(); i++) {
            TestInput test = tests.get(i);
            if (existing.containsKey(test.input().submissionId())) {
                continue;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedReproduction("sampling of " + name + " interrupted");
            }
            long s0 = System.nanoTime();
            List<SampleFile.Sample> samples = sampler.sample(test, i);
            SampleFile.append(file, new SampleFile.Entry(test.input().submissionId(), test.input().problemId(),
                    test.input().runtimeMs(), (System.nanoTime() - s0) / 1e9, samples));
            drawn++;
        }
        log.printf("      %s: %d samples for each of %d test inputs in %.0f s%n", name, config.samples(),
                drawn, (System.nanoTime() - t0) / 1e9);
    }

    private static void writeCopySamples(Path out, List<TestInput> tests, int n) throws IOException {
        Path file = out.resolve("samples").resolve(COPY + ".jsonl");
        Files.createDirectories(file.getParent());
        Map<String, SampleFile.Entry> existing = SampleFile.readForAppend(file);
        for (TestInput t : tests) {
            if (!existing.containsKey(t.input().submissionId())) {
                SampleFile.Sample copy = new SampleFile.Sample(-1, t.input().tokens(), true, 0);
                SampleFile.append(file, new SampleFile.Entry(t.input().submissionId(), t.input().problemId(),
                        t.input().runtimeMs(), 0, Collections.nCopies(n, copy)));
            }
        }
    }

    /**
     * {@code suggestions.csv}: for every model with samples (and copy-input), the distinct outputs per test input,
     * the share of outputs that are the input unchanged, and how many distinct changed outputs parse
     * ({@link SuggestionHealth}).
     *
     * @return the CSV's lines, header first
     */
    static List<String> writeSuggestionHealth(Path out, Map<String, SuggestionHealth> health) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(SuggestionHealth.CSV_HEADER);
        health.forEach((model, h) -> lines.add(h.csvRow(model)));
        Files.write(out.resolve("suggestions.csv"), lines, StandardCharsets.UTF_8);
        return lines;
    }

    /**
     * Scores the samples of one model (Table 1 row), writes {@code scores/<model>.jsonl} and puts the model's
     * {@link SuggestionHealth} into {@code health}, from one reading of its samples file.
     */
    static EfficiencyReport score(Path out, String model, List<TestInput> tests, Canonicalizer canonicalizer,
                                  Map<String, SuggestionHealth> health) throws IOException {
        Map<String, SampleFile.Entry> samples = SampleFile.read(out.resolve("samples").resolve(model + ".jsonl"));
        List<EfficiencyExample> examples = new ArrayList<>(tests.size());
        List<SampleFile.Entry> entries = new ArrayList<>(tests.size());
        SuggestionHealth suggestions = new SuggestionHealth(canonicalizer);
        for (TestInput t : tests) {
            SampleFile.Entry e = samples.get(t.input().submissionId());
            if (e == null) {
                throw new IOException(out.resolve("samples").resolve(model + ".jsonl") + " has no samples for "
                        + t.input().submissionId());
            }
            List<TimedReference> refs = t.references().stream()
                    .map(r -> new TimedReference(r.program().tokens(), r.program().runtimeMs())).toList();
            List<List<String>> programs = e.samples().stream().map(SampleFile.Sample::tokens).toList();
            examples.add(new EfficiencyExample(e.id(), refs, programs));
            suggestions.add(t.input().tokens(), programs);
            entries.add(e);
        }
        EfficiencyReport report = new EfficiencyMetrics().evaluate(examples);
        ScoreFile.write(out.resolve("scores").resolve(model + ".jsonl"), model, report, entries);
        health.put(model, suggestions);
        return report;
    }

    private static void writeManifest(Request request, Data data, Result result, StageTimes times)
            throws IOException {
        Map<String, Object> parameters = new LinkedHashMap<>(request.config().toMap());
        parameters.put("corpus", request.corpusSpec());
        parameters.put("jobs", request.config().jobs());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("corpus", data.corpusCounts());
        metrics.put("trainPairs", data.dataset().train().size());
        metrics.put("validPairs", data.dataset().valid().size());
        metrics.put("trainStarPairs", data.dataset().trainStar().size());
        metrics.put("testInputs", result.testInputs());
        Map<String, Object> table = new LinkedHashMap<>();
        for (ModelOutcome m : result.models()) {
            table.put(m.model(), m.report() == null ? Map.of("failure", m.failure()) : m.report().row());
        }
        metrics.put("table1", table);
        metrics.put("stageMinutes", times.minutes());
        metrics.put("totalMinutes", times.totalMinutes());
        RunManifest.of("reproduce", request.config().seed(), parameters, data.dataHash(), metrics)
                .write(request.out().resolve("manifest.json"));
    }
}
