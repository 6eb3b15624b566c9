package org.editvq.core.manifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What produced an artifact (a pair set, a model bundle, a table): enough to rerun it and to
 * tell two artifacts apart. Written as {@code manifest.json} beside every artifact.
 *
 * @param command     the editvq operation, e.g. {@code pairs}, {@code train}
 * @param version     editvq version that ran it
 * @param seed        the one explicit seed of the run (0 when the run draws nothing at random)
 * @param parameters  every parameter of the run, by name (configuration records as nested maps)
 * @param dataHash    hex SHA-256 of the input data (see {@link Hashing})
 * @param environment Java version, OS, architecture, processors (see {@link #currentEnvironment()})
 * @param metrics     measured results (counts, losses, timings) by name
 * @param created     when the run finished
 */
public record RunManifest(String command, String version, long seed, Map<String, Object> parameters,
                          String dataHash, Map<String, String> environment, Map<String, Object> metrics,
                          Instant created) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public RunManifest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dataHash, "dataHash");
        Objects.requireNonNull(created, "created");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        environment = java.util.Collections.unmodifiableMap(new TreeMap<>(environment));
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A manifest stamped now with the current environment and editvq version. */
    public static RunManifest of(String command, long seed, Map<String, Object> parameters, String dataHash,
                                 Map<String, Object> metrics) {
        return new RunManifest(command, EditVqVersion.VERSION, seed, parameters, dataHash, currentEnvironment(),
                metrics, Instant.now());
    }

    /**
     * Java version and vendor, OS name and version, architecture, available processors and max heap, and the
     * numerical libraries on the class path: {@code nd4j.version}, {@code nd4j.backend} and
     * {@code openblas.version} (read from the jars' Maven metadata, without starting ND4J; {@value #ABSENT}
     * when a library is not on the class path, e.g. for a run of the core module alone).
     */
    public static Map<String, String> currentEnvironment() {
        Map<String, String> env = new TreeMap<>(LIBRARIES);
        env.put("java.version", System.getProperty("java.version"));
        env.put("java.vendor", System.getProperty("java.vendor"));
        env.put("os.name", System.getProperty("os.name"));
        env.put("os.version", System.getProperty("os.version"));
        env.put("os.arch", System.getProperty("os.arch"));
        env.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        env.put("maxHeapMiB", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
        return env;
    }

    /** The value of a library's environment entry when it is not on the class path. */
    public static final String ABSENT = "not on the class path";

    private static final Map<String, String> LIBRARIES = libraries();

    private static Map<String, String> libraries() {
        Map<String, String> m = new TreeMap<>();
        m.put("nd4j.version", mavenVersion("org.nd4j", "nd4j-api"));
        String backend = ABSENT;
        if (present("org.nd4j.linalg.cpu.nativecpu.CpuBackend")) {
            backend = "nd4j-native " + mavenVersion("org.nd4j", "nd4j-native") + " (CPU)";
        } else if (present("org.nd4j.linalg.jcublas.JCublasBackend")) {
            backend = "nd4j-cuda (CUDA)";
        }
        m.put("nd4j.backend", backend);
        m.put("openblas.version", mavenVersion("org.bytedeco", "openblas"));
        return m;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, RunManifest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String mavenVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        ClassLoader loader = RunManifest.class.getClassLoader();
        try (java.io.InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in == null) {
                return ABSENT;
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", ABSENT);
        } catch (IOException e) {
            return ABSENT;
        }
    }

    /** A copy with more metrics (later values win). */
    public RunManifest withMetrics(Map<String, Object> more) {
        Map<String, Object> merged = new LinkedHashMap<>(metrics);
        merged.putAll(more);
        return new RunManifest(command, version, seed, parameters, dataHash, environment, merged, created);
    }

    /** This manifest as indented JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@link #toJson()} output. */
    public static RunManifest fromJson(String json) throws IOException {
        return JSON.readValue(json, RunManifest.class);
    }

    /** Writes {@link #toJson()} to a file, creating parent folders. */
    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, toJson());
    }

    /** Reads a manifest file. */
    public static RunManifest read(Path file) throws IOException {
        return fromJson(Files.readString(file));
    }

}
