package org.editvq.dataset.pairs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.editvq.core.manifest.RunManifest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and writes a {@link PairDataset} as a directory of JSON Lines files plus {@code manifest.json}.
 *
 * <pre>
 * train.jsonl, valid.jsonl, train_star.jsonl, valid_star.jsonl — one pair per line:
 *   {"problem":"P","slow":{"id":"s1","runtimeMs":30.0,"tokens":["x","=","y"]},
 *    "fast":{"id":"s2","runtimeMs":20.0,"tokens":[...]},"speedup":1.5,"rouge":0.6}
 * test.jsonl — one test input per line, references fastest first:
 *   {"problem":"P","input":{...program...},
 *    "references":[{"id":"s2","runtimeMs":20.0,"tokens":[...],"speedup":1.5,"rouge":0.6,"weight":1.0}]}
 * manifest.json — {@link RunManifest}: parameters = the {@link PairConfig}, dataHash = hash of the
 *   input programs, metrics = the {@link PairCounts}.
 * </pre>
 * Tokens are JSON arrays (a token may contain spaces, e.g. a string literal); doubles are written in
 * shortest round-trip form, so reading gives back an equal dataset. {@code weight} is derived
 * (fastest reference runtime / this runtime) and ignored when reading.
 */
public final class PairDatasetIO {
    /** Training pairs file. */
    public static final String TRAIN = "train.jsonl";
    /** Validation pairs file. */
    public static final String VALID = "valid.jsonl";
    /** Transformer* training pairs file. */
    public static final String TRAIN_STAR = "train_star.jsonl";
    /** Transformer* validation pairs file. */
    public static final String VALID_STAR = "valid_star.jsonl";
    /** Test inputs with reference sets. */
    public static final String TEST = "test.jsonl";
    /** The run manifest. */
    public static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PairDatasetIO() {
    }

    /** A manifest for the dataset: command {@code pairs}, its config as parameters, its counts as metrics. */
    public static RunManifest manifest(PairDataset dataset, String inputHash) {
        return RunManifest.of("pairs", dataset.config().seed(), dataset.config().toMap(), inputHash,
                dataset.counts().toMap());
    }

    /**
     * Writes the dataset into {@code dir} (created if needed). The manifest written is the given one
     * with the dataset's configuration merged into its parameters, its counts into its metrics and
     * the configuration's seed; it is returned. Each file is written beside its final name and then
     * moved into place, so a failed write never leaves a half file under a final name.
     */
    public static RunManifest write(PairDataset dataset, Path dir, RunManifest manifest) throws IOException {
        Files.createDirectories(dir);
        writeLines(dir.resolve(TRAIN), dataset.train(), PairDatasetIO::pairNode);
        writeLines(dir.resolve(VALID), dataset.valid(), PairDatasetIO::pairNode);
        writeLines(dir.resolve(TRAIN_STAR), dataset.trainStar(), PairDatasetIO::pairNode);
        writeLines(dir.resolve(VALID_STAR), dataset.validStar(), PairDatasetIO::pairNode);
        writeLines(dir.resolve(TEST), dataset.test(), PairDatasetIO::testNode);
        Map<String, Object> params = new LinkedHashMap<>(manifest.parameters());
        params.putAll(dataset.config().toMap());
        Map<String, Object> metrics = new LinkedHashMap<>(manifest.metrics());
        metrics.putAll(dataset.counts().toMap());
        RunManifest written = new RunManifest(manifest.command(), manifest.version(), dataset.config().seed(), params,
                manifest.dataHash(), manifest.environment(), metrics, manifest.created());
        Path tmp = dir.resolve(MANIFEST + ".tmp");
        written.write(tmp);
        Files.move(tmp, dir.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING);
        return written;
    }

    /** The manifest of a dataset directory. */
    public static RunManifest readManifest(Path dir) throws IOException {
        Path file = dir.resolve(MANIFEST);
        try {
            return RunManifest.read(file);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read manifest: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a directory written by {@link #write}. Errors name the file and line; the number of
     * lines of each file must match the manifest's counts (a truncated file is an error).
     */
    public static PairDataset read(Path dir) throws IOException {
        RunManifest manifest = readManifest(dir);
        if (!manifest.parameters().containsKey("referenceMinRouge")) {
            throw new IOException(dir.resolve(MANIFEST) + ": written before reference sets followed the paper's "
                    + "equation 1 (no 'referenceMinRouge'; its test.jsonl holds the fast sides of the pairs instead); "
                    + "rerun `editvq pairs` to rebuild this folder");
        }
        PairConfig config;
        PairCounts counts;
        try {
            config = PairConfig.fromMap(manifest.parameters());
            counts = PairCounts.fromMap(manifest.metrics());
        } catch (IllegalArgumentException e) {
            throw new IOException(dir.resolve(MANIFEST) + ": " + e.getMessage(), e);
        }
        List<ProgramPair> train = readLines(dir.resolve(TRAIN), PairDatasetIO::pairFrom, counts.trainPairs());
        List<ProgramPair> valid = readLines(dir.resolve(VALID), PairDatasetIO::pairFrom, counts.validPairs());
        List<ProgramPair> trainStar = readLines(dir.resolve(TRAIN_STAR), PairDatasetIO::pairFrom, counts.trainStarPairs());
        List<ProgramPair> validStar = readLines(dir.resolve(VALID_STAR), PairDatasetIO::pairFrom, counts.validStarPairs());
        List<TestInput> test = readLines(dir.resolve(TEST), PairDatasetIO::testFrom, counts.testInputs());
        return new PairDataset(config, train, valid, trainStar, validStar, test, counts);
    }

    // --- writing

    private static <T> void writeLines(Path file, List<T> items, Function<T, ObjectNode> toNode) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (T item : items) {
                w.write(JSON.writeValueAsString(toNode.apply(item)));
                w.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static ObjectNode programNode(CanonicalProgram p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", p.submissionId());
        n.put("runtimeMs", p.runtimeMs());
        ArrayNode tokens = n.putArray("tokens");
        p.tokens().forEach(tokens::add);
        return n;
    }

    private static ObjectNode pairNode(ProgramPair p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("problem", p.slow().problemId());
        n.set("slow", programNode(p.slow()));
        n.set("fast", programNode(p.fast()));
        n.put("speedup", p.speedup());
        n.put("rouge", p.rouge());
        return n;
    }

    private static ObjectNode testNode(TestInput t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("problem", t.input().problemId());
        n.set("input", programNode(t.input()));
        ArrayNode refs = n.putArray("references");
        for (Reference r : t.references()) {
            ObjectNode rn = programNode(r.program());
            rn.put("speedup", r.speedup());
            rn.put("rouge", r.rouge());
            rn.put("weight", t.efficiencyWeight(r));
            refs.add(rn);
        }
        return n;
    }

    // --- reading

    /** Parses one JSON line; an {@link IllegalArgumentException} message becomes "file:line: message". */
    private interface LineParser<T> {
        T parse(JsonNode node);
    }

    private static <T> List<T> readLines(Path file, LineParser<T> parser, int expected) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + ": missing");
        }
        List<T> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parser.parse(JSON.readTree(line)));
                } catch (IOException | IllegalArgumentException | NullPointerException e) {
                    throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        if (out.size() != expected) {
            throw new IOException(file + ": " + out.size() + " entries but the manifest counts " + expected);
        }
        return out;
    }

    private static ProgramPair pairFrom(JsonNode n) {
        String problem = text(n, "problem");
        return new ProgramPair(programFrom(problem, field(n, "slow")), programFrom(problem, field(n, "fast")),
                number(n, "speedup"), number(n, "rouge"));
    }

    private static TestInput testFrom(JsonNode n) {
        String problem = text(n, "problem");
        CanonicalProgram input = programFrom(problem, field(n, "input"));
        JsonNode refs = field(n, "references");
        if (!refs.isArray()) {
            throw new IllegalArgumentException("'references' is not an array");
        }
        List<Reference> references = new ArrayList<>();
        for (JsonNode r : refs) {
            references.add(new Reference(programFrom(problem, r), number(r, "speedup"), number(r, "rouge")));
        }
        return new TestInput(input, references);
    }

    private static CanonicalProgram programFrom(String problem, JsonNode n) {
        JsonNode tokens = field(n, "tokens");
        if (!tokens.isArray()) {
            throw new IllegalArgumentException("'tokens' is not an array");
        }
        List<String> list = new ArrayList<>(tokens.size());
        for (JsonNode t : tokens) {
            if (!t.isTextual()) {
                throw new IllegalArgumentException("token is not a string: " + t);
            }
            list.add(t.asText());
        }
        return new CanonicalProgram(problem, text(n, "id"), list, number(n, "runtimeMs"));
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + name + "'");
        }
        return v;
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field '" + name + "' is not a string");
        }
        return v.asText();
    }

    private static double number(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("field '" + name + "' is not a number");
        }
        return v.doubleValue();
    }
}
