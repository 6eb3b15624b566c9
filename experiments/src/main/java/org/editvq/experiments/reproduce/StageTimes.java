package org.editvq.experiments.reproduce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall minutes spent in each stage of a reproduction, summed over all the sessions that worked
 * on the folder and saved to {@code stages.json} after every stage (thread-safe: models train
 * in parallel). Stages that run concurrently each count their own wall time.
 */
final class StageTimes {
    /** A stage's work. */
    interface Work<T> {
        T call() throws IOException;
    }

    private final Path file;
    private final Map<String, Double> minutes;
    private final long sessionStart = System.nanoTime();
    private final double previousSessions;

    private StageTimes(Path file, Map<String, Double> minutes, double previousSessions) {
        this.file = file;
        this.minutes = minutes;
        this.previousSessions = previousSessions;
    }

    @SuppressWarnings("unchecked")
    static StageTimes load(Path file) throws IOException {
        Map<String, Double> minutes = new LinkedHashMap<>();
        double sessions = 0;
        if (Files.exists(file)) {
            Map<String, Object> saved = Reproduction.JSON.readValue(file.toFile(), Map.class);
            ((Map<String, Number>) saved.get("stageMinutes")).forEach((k, v) -> minutes.put(k, v.doubleValue()));
            sessions = ((Number) saved.get("wallMinutes")).doubleValue();
        }
        return new StageTimes(file, minutes, sessions);
    }

    <T> T time(String stage, Work<T> work) throws IOException {
        long t0 = System.nanoTime();
        try {
            return work.call();
        } finally {
            add(stage, (System.nanoTime() - t0) / 6e10);
        }
    }

    private synchronized void add(String stage, double m) throws IOException {
        minutes.merge(stage, m, Double::sum);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stageMinutes", minutes);
        out.put("wallMinutes", totalMinutes());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Reproduction.JSON.writeValue(tmp.toFile(), out);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    synchronized Map<String, Double> minutes() {
        return new LinkedHashMap<>(minutes);
    }

    /** Wall minutes of the whole reproduction over all sessions (this one up to now). */
    synchronized double totalMinutes() {
        return previousSessions + (System.nanoTime() - sessionStart) / 6e10;
    }
}
