package org.editvq.models.bundle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.editvq.core.manifest.EditVqVersion;
import org.editvq.core.manifest.RunManifest;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.EditModel;
import org.editvq.models.ModelConfig;
import org.editvq.models.nn.Param;
import org.editvq.models.nn.VectorQuantizer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A trained (or training) model as one versioned folder:
 *
 * <pre>
 * bundle.json    format version, editvq version, model kind, data type, parameter count
 * config.json    the {@link ModelConfig}
 * vocab.txt      the {@link Vocabulary}, one token per line
 * weights.bin    every parameter (see {@link TensorFile}), checked against the config's model on load
 * codebook.json  quantizer usage statistics, step count, EMA statistics and restart reservoir (VQ models only)
 * manifest.json  the {@link RunManifest} (command, seed, hyperparameters, data hash, environment, metrics)
 * history.jsonl  one JSON object per evaluation / logged training window
 * optimizer.bin  Adam moments m/NAME, v/NAME; header = Adam step      (training state only)
 * trainer.json   {@link TrainerState}                                   (training state only)
 * best-weights.bin, best-codebook.json   the weights at the best validation so far; header = its step
 * </pre>
 * {@link #load(Path)} gives the latest weights (a checkpoint to continue); {@link #load(Path, Weights)}
 * with {@link Weights#BEST} gives the best-validated ones (the model to evaluate).
 * A save writes a fresh folder beside the target and swaps it in by renames, so an interrupted
 * save leaves the previous bundle intact (see {@link #save}).
 *
 * @param path       folder the bundle was loaded from
 * @param info       the bundle.json header
 * @param model      the model with its trained weights and codebook statistics
 * @param vocabulary its vocabulary (size equals {@code config().vocabSize()})
 * @param manifest   what produced it
 * @param history    metrics history, oldest first
 * @param training   state to continue training, when the bundle has it (latest weights only)
 * @param best       the best-validated weights, when the bundle has them (latest weights only)
 */
public record ModelBundle(Path path, BundleInfo info, EditModel model, Vocabulary vocabulary, RunManifest manifest,
                          List<Map<String, Object>> history, Optional<TrainingState> training,
                          Optional<WeightSnapshot> best) {

    /** Which weights to load into the model. */
    public enum Weights {
        /** The last checkpoint's weights (what training continues from). */
        LATEST,
        /** The weights at the best validation loss; the latest when the bundle has no best copy. */
        BEST
    }

    /** Version of the bundle layout this build writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** Header file. */
    public static final String BUNDLE_JSON = "bundle.json";
    /** Model configuration file. */
    public static final String CONFIG_JSON = "config.json";
    /** Vocabulary file. */
    public static final String VOCAB_TXT = "vocab.txt";
    /** Parameter file. */
    public static final String WEIGHTS_BIN = "weights.bin";
    /** Codebook statistics file (VQ models). */
    public static final String CODEBOOK_JSON = "codebook.json";
    /** Run manifest file. */
    public static final String MANIFEST_JSON = "manifest.json";
    /** Metrics history file. */
    public static final String HISTORY_JSONL = "history.jsonl";
    /** Optimizer state file. */
    public static final String OPTIMIZER_BIN = "optimizer.bin";
    /** Trainer state file. */
    public static final String TRAINER_JSON = "trainer.json";
    /** Best-validated weights file. */
    public static final String BEST_WEIGHTS_BIN = "best-weights.bin";
    /** Codebook statistics of the best-validated weights (VQ models). */
    public static final String BEST_CODEBOOK_JSON = "best-codebook.json";

    private static final Logger LOG = LoggerFactory.getLogger(ModelBundle.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINES = new ObjectMapper().findAndRegisterModules();

    public ModelBundle {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(manifest, "manifest");
        history = List.copyOf(history);
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(best, "best");
    }

    /**
     * The bundle.json header.
     *
     * @param formatVersion   layout version ({@link #FORMAT_VERSION} when written by this build)
     * @param editvqVersion   editvq version that wrote the bundle
     * @param modelKind       the model's CLI name, e.g. {@code edit-vqvae}
     * @param dataType        parameter data type, FLOAT or DOUBLE
     * @param parameterCount  scalar parameters
     * @param trainingState   whether optimizer.bin and trainer.json are present
     * @param bestStep        step of the best-validated weights in best-weights.bin (-1: none)
     */
    public record BundleInfo(int formatVersion, String editvqVersion, String modelKind, String dataType,
                             long parameterCount, boolean trainingState, long bestStep) {
    }

    /**
     * The codebook.json content.
     *
     * @param steps training steps the quantizer has seen
     * @param usage moving-average share of assignments per code
     * @param ema   EMA counts, sums and step of an EMA codebook (null for the gradient update)
     * @param reservoir     recent encoder outputs dead codes restart from, rows in ring order, flattened
     *                      (null in bundles without a reservoir)
     * @param reservoirNext the ring position written next
     */
    public record CodebookState(long steps, double[] usage, double[][] ema, double[] reservoir, int reservoirNext) {
        /** State without EMA statistics or reservoir. */
        public CodebookState(long steps, double[] usage) {
            this(steps, usage, null, null, 0);
        }
    }

    /** The model's architecture. */
    public ModelConfig config() {
        return model.config();
    }

    /**
     * Saves a bundle into {@code dir}, replacing the bundle there (a folder that exists and is
     * not an editvq bundle is refused). Everything is first written into a hidden sibling
     * folder; then the old bundle is renamed aside, the new one renamed into place and the old
     * one deleted. An interruption at any point leaves either the old or the new bundle complete;
     * {@link #load} recovers the old one if the process died between the two renames.
     *
     * @param training optimizer and trainer state, or null for a model-only bundle
     */
    public static void save(Path dir, EditModel model, Vocabulary vocabulary, RunManifest manifest,
                            List<Map<String, Object>> history, TrainingState training) throws IOException {
        save(dir, model, vocabulary, manifest, history, training, null);
    }

    /**
     * {@link #save(Path, EditModel, Vocabulary, RunManifest, List, TrainingState)} with a copy of
     * the best-validated weights (null: none).
     */
    public static void save(Path dir, EditModel model, Vocabulary vocabulary, RunManifest manifest,
                            List<Map<String, Object>> history, TrainingState training, WeightSnapshot best)
            throws IOException {
        ModelConfig config = model.config();
        if (vocabulary.size() != config.vocabSize()) {
            throw new IllegalArgumentException("vocabulary has " + vocabulary.size() + " tokens but the model "
                    + config.vocabSize());
        }
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (Files.exists(target) && !Files.exists(target.resolve(BUNDLE_JSON)) && !isEmptyDir(target)) {
            throw new IOException(target + ": exists and is not an editvq bundle (no " + BUNDLE_JSON
                    + "); refusing to replace it");
        }
        String name = target.getFileName().toString();
        // Not Files.createTempDirectory: that makes the folder owner-only (0700) on POSIX, and the
        // bundle keeps the permissions of the folder it was written in.
        Path tmp = Files.createDirectory(parent.resolve("." + name + ".tmp-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime()));
        Path old = parent.resolve("." + name + ".old");
        try {
            writeContents(tmp, model, vocabulary, manifest, history, training, best);
            deleteRecursively(old);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(old);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(tmp);
            if (!Files.exists(target) && Files.exists(old)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
    }

    private static void writeContents(Path dir, EditModel model, Vocabulary vocabulary, RunManifest manifest,
                                      List<Map<String, Object>> history, TrainingState training, WeightSnapshot best)
            throws IOException {
        ModelConfig config = model.config();
        BundleInfo info = new BundleInfo(FORMAT_VERSION, EditVqVersion.VERSION, config.kind().cliName(),
                model.params().dataType().name(), model.params().count(), training != null,
                best == null ? -1 : best.step());
        JSON.writeValue(dir.resolve(BUNDLE_JSON).toFile(), info);
        JSON.writeValue(dir.resolve(CONFIG_JSON).toFile(), config.toMap());
        vocabulary.write(dir.resolve(VOCAB_TXT));
        TensorFile.write(dir.resolve(WEIGHTS_BIN), 0, values(model));
        VectorQuantizer q = model.quantizer();
        if (q != null) {
            JSON.writeValue(dir.resolve(CODEBOOK_JSON).toFile(), new CodebookState(q.steps(), q.usage(), q.emaState(),
                    q.reservoirState().length == 0 ? null : q.reservoirState(), q.reservoirNext()));
        }
        manifest.write(dir.resolve(MANIFEST_JSON));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(HISTORY_JSONL), StandardCharsets.UTF_8)) {
            for (Map<String, Object> entry : history) {
                w.write(LINES.writeValueAsString(entry));
                w.write('\n');
            }
        }
        if (training != null) {
            Map<String, INDArray> moments = new LinkedHashMap<>();
            for (Param p : model.params().all()) {
                moments.put("m/" + p.name(), require(training.firstMoments(), p.name()));
            }
            for (Param p : model.params().all()) {
                moments.put("v/" + p.name(), require(training.secondMoments(), p.name()));
            }
            TensorFile.write(dir.resolve(OPTIMIZER_BIN), training.optimizerStep(), moments);
            JSON.writeValue(dir.resolve(TRAINER_JSON).toFile(), training.trainer());
        }
        if (best != null) {
            Map<String, INDArray> weights = new LinkedHashMap<>();
            for (Param p : model.params().all()) {
                weights.put(p.name(), require(best.weights(), p.name()));
            }
            TensorFile.write(dir.resolve(BEST_WEIGHTS_BIN), best.step(), weights);
            if (q != null) {
                JSON.writeValue(dir.resolve(BEST_CODEBOOK_JSON).toFile(),
                        new CodebookState(best.codebookSteps(), best.codebookUsage()));
            }
        }
    }

    private static INDArray require(Map<String, INDArray> moments, String name) {
        INDArray a = moments.get(name);
        if (a == null) {
            throw new IllegalArgumentException("saved state lacks parameter " + name);
        }
        return a;
    }

    private static Map<String, INDArray> values(EditModel model) {
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (Param p : model.params().all()) {
            out.put(p.name(), p.value());
        }
        return out;
    }

    /** Reads only bundle.json (cheap: no model is built), checking the format version. */
    public static BundleInfo readInfo(Path dir) throws IOException {
        Path file = dir.resolve(BUNDLE_JSON);
        if (!Files.exists(file)) {
            throw new BundleFormatException(dir + ": not an editvq model bundle (no " + BUNDLE_JSON + ")");
        }
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BundleFormatException(file + ": unreadable bundle header: " + e.getMessage(), e);
        }
        // The version is checked before the rest is mapped, so that another format's header
        // (with other fields) still gets the version message.
        com.fasterxml.jackson.databind.JsonNode version = tree == null ? null : tree.get("formatVersion");
        if (version == null || !version.canConvertToInt() || version.intValue() != FORMAT_VERSION) {
            com.fasterxml.jackson.databind.JsonNode by = tree == null ? null : tree.get("editvqVersion");
            throw new BundleFormatException("bundle " + dir + " has format version "
                    + (version == null ? "(none)" : version.asText()) + " (written by editvq "
                    + (by == null ? "?" : by.asText()) + "); this editvq " + EditVqVersion.VERSION
                    + " reads format version " + FORMAT_VERSION + " only");
        }
        try {
            return JSON.treeToValue(tree, BundleInfo.class);
        } catch (IOException e) {
            throw new BundleFormatException(file + ": unreadable bundle header: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a bundle: builds the model its config.json describes and fills it from weights.bin
     * (names, shapes and data types must match exactly), restores codebook statistics and, when
     * present, the training state.
     *
     * @throws BundleFormatException naming the bundle and the problem on any mismatch
     */
    public static ModelBundle load(Path dir) throws IOException {
        return load(dir, Weights.LATEST);
    }

    /**
     * Loads a bundle with the chosen weights. With {@link Weights#BEST} the model holds the
     * best-validated weights (or the latest when the bundle has none) and the result carries no
     * training state.
     */
    public static ModelBundle load(Path dir, Weights which) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (!Files.exists(target)) {
            Path old = target.getParent().resolve("." + target.getFileName() + ".old");
            if (Files.exists(old.resolve(BUNDLE_JSON))) {
                LOG.warn("{} is missing but an interrupted save left {}; recovering it", target, old);
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                throw new NoSuchFileException(target.toString(), null, "no such model bundle");
            }
        }
        BundleInfo info = readInfo(target);
        String where = "bundle " + target;
        ModelConfig config;
        try {
            config = ModelConfig.fromMap(JSON.readValue(target.resolve(CONFIG_JSON).toFile(),
                    new TypeReference<LinkedHashMap<String, Object>>() { }));
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleFormatException(where + ": " + CONFIG_JSON + ": " + e.getMessage(), e);
        }
        if (!config.kind().cliName().equals(info.modelKind())) {
            throw new BundleFormatException(where + ": " + BUNDLE_JSON + " says " + info.modelKind() + " but "
                    + CONFIG_JSON + " says " + config.kind().cliName());
        }
        Vocabulary vocabulary = Vocabulary.read(target.resolve(VOCAB_TXT));
        if (vocabulary.size() != config.vocabSize()) {
            throw new BundleFormatException(where + ": " + VOCAB_TXT + " has " + vocabulary.size()
                    + " tokens but the config says vocabSize " + config.vocabSize());
        }
        DataType dataType;
        try {
            dataType = DataType.valueOf(info.dataType());
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(where + ": unknown data type " + info.dataType(), e);
        }
        EditModel model = new EditModel(config, dataType);
        TensorFile.read(target.resolve(WEIGHTS_BIN), values(model), where + ": " + WEIGHTS_BIN);
        if (model.quantizer() != null) {
            CodebookState cb = readCodebook(target.resolve(CODEBOOK_JSON), model, where);
            model.quantizer().restoreState(cb.usage(), cb.steps());
            if (cb.ema() != null && model.quantizer().update() == VectorQuantizer.Update.EMA) {
                model.quantizer().restoreEma(cb.ema());
            }
            if (cb.reservoir() != null) {
                try {
                    model.quantizer().restoreReservoir(cb.reservoir(), cb.reservoirNext());
                } catch (IllegalArgumentException e) {
                    throw new BundleFormatException(where + ": " + CODEBOOK_JSON + ": " + e.getMessage(), e);
                }
            }
        }
        RunManifest manifest = RunManifest.read(target.resolve(MANIFEST_JSON));
        List<Map<String, Object>> history = readHistory(target.resolve(HISTORY_JSONL));
        Optional<WeightSnapshot> best = Optional.empty();
        if (info.bestStep() >= 0) {
            Map<String, INDArray> weights = new LinkedHashMap<>();
            for (Param p : model.params().all()) {
                weights.put(p.name(), Nd4j.create(p.value().dataType(), p.value().shape(), 'c'));
            }
            long step = TensorFile.read(target.resolve(BEST_WEIGHTS_BIN), weights, where + ": " + BEST_WEIGHTS_BIN);
            CodebookState cb = model.quantizer() == null ? new CodebookState(0, new double[0])
                    : readCodebook(target.resolve(BEST_CODEBOOK_JSON), model, where);
            best = Optional.of(new WeightSnapshot(step, weights, cb.usage(), cb.steps()));
        }
        if (which == Weights.BEST) {
            best.ifPresent(b -> b.applyTo(model));
            return new ModelBundle(target, info, model, vocabulary, manifest, history, Optional.empty(),
                    Optional.empty());
        }
        Optional<TrainingState> training = Optional.empty();
        if (info.trainingState()) {
            Map<String, INDArray> moments = new LinkedHashMap<>();
            Map<String, INDArray> m = new LinkedHashMap<>();
            Map<String, INDArray> v = new LinkedHashMap<>();
            for (Param p : model.params().all()) {
                INDArray a = Nd4j.create(p.value().dataType(), p.value().shape(), 'c');
                m.put(p.name(), a);
                moments.put("m/" + p.name(), a);
            }
            for (Param p : model.params().all()) {
                INDArray a = Nd4j.create(p.value().dataType(), p.value().shape(), 'c');
                v.put(p.name(), a);
                moments.put("v/" + p.name(), a);
            }
            long step = TensorFile.read(target.resolve(OPTIMIZER_BIN), moments, where + ": " + OPTIMIZER_BIN);
            TrainerState trainer = readJson(target.resolve(TRAINER_JSON), TrainerState.class, where);
            training = Optional.of(new TrainingState(trainer, step, m, v));
        }
        return new ModelBundle(target, info, model, vocabulary, manifest, history, training, best);
    }

    private static CodebookState readCodebook(Path file, EditModel model, String where) throws IOException {
        CodebookState cb = readJson(file, CodebookState.class, where);
        if (cb.usage() == null || cb.usage().length != model.quantizer().size()) {
            throw new BundleFormatException(where + ": " + file.getFileName() + " has "
                    + (cb.usage() == null ? 0 : cb.usage().length) + " usage entries but the codebook has "
                    + model.quantizer().size() + " codes");
        }
        return cb;
    }

    private static <T> T readJson(Path file, Class<T> type, String where) throws IOException {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleFormatException(where + ": " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static List<Map<String, Object>> readHistory(Path file) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(LINES.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() { }));
                } catch (IOException e) {
                    throw new BundleFormatException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
