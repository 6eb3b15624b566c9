package org.editvq.experiments.reproduce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples one model drew for the test inputs, one JSON line per test input, appended (and
 * flushed) as soon as an input is decoded so that an interrupted run keeps what it drew:
 * <pre>{"id": "...", "problem": "...", "runtime_ms": 812.5, "seconds": 4.1,
 *  "samples": [{"latent": 3, "tokens": ["int", "v", "=", "0", ";"], "finished": true, "log_prob": -12.5}, ...]}</pre>
 * {@code latent} is the codebook entry for the VQ models and -1 otherwise. A torn last line
 * (the process died while writing it) is ignored on reading.
 */
public final class SampleFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One drawn program. */
    public record Sample(int latent, List<String> tokens, boolean finished, double logProb) {
        public Sample {
            tokens = List.copyOf(tokens);
        }
    }

    /** All samples of one test input. */
    public record Entry(String id, String problem, double runtimeMs, double seconds, List<Sample> samples) {
        public Entry {
            samples = List.copyOf(samples);
        }
    }

    private SampleFile() {
    }

    /** The entries of a file in order, keyed by test-input id (empty when the file does not exist). */
    public static Map<String, Entry> read(Path file) throws IOException {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (IOException e) {
                if (i == lines.size() - 1) {
                    break; // torn last line of an interrupted run: decode that input again
                }
                throw new IOException(file + ": line " + (i + 1) + " is not JSON: " + e.getMessage(), e);
            }
            List<Sample> samples = new ArrayList<>();
            for (JsonNode s : n.get("samples")) {
                List<String> tokens = new ArrayList<>();
                s.get("tokens").forEach(t -> tokens.add(t.asText()));
                samples.add(new Sample(s.get("latent").asInt(), tokens, s.get("finished").asBoolean(),
                        s.get("log_prob").asDouble()));
            }
            Entry e = new Entry(n.get("id").asText(), n.get("problem").asText(), n.get("runtime_ms").asDouble(),
                    n.get("seconds").asDouble(), samples);
            out.put(e.id(), e);
        }
        return out;
    }

    /**
     * Like {@link #read} but first cuts a torn last line (an interrupted write) off the file, so
     * that entries appended next start on a line of their own.
     */
    public static Map<String, Entry> readForAppend(Path file) throws IOException {
        if (Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            if (end < bytes.length) {
                try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(end);
                }
            }
        }
        return read(file);
    }

    /** Appends one entry and flushes it to disk. */
    public static void append(Path file, Entry entry) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", entry.id());
        m.put("problem", entry.problem());
        m.put("runtime_ms", entry.runtimeMs());
        m.put("seconds", entry.seconds());
        List<Map<String, Object>> samples = new ArrayList<>();
        for (Sample s : entry.samples()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("latent", s.latent());
            sm.put("tokens", s.tokens());
            sm.put("finished", s.finished());
            sm.put("log_prob", s.logProb());
            samples.add(sm);
        }
        m.put("samples", samples);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            w.write(JSON.writeValueAsString(m));
            w.write('\n');
        }
    }
}
