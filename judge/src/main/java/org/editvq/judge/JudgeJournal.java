package org.editvq.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Append-only JSON-lines record of finished submissions ({@code journal.jsonl} in the output
 * folder): one {@link JudgeResult} per line, forced to disk after each line, so a killed run
 * loses at most the submissions in flight. On reading, a torn last line is ignored, a bad line
 * elsewhere is skipped with a warning naming it, later lines win over earlier ones for the same
 * key, and {@link JudgeStatus#JUDGE_ERROR} results are not counted as finished (they are retried).
 */
public final class JudgeJournal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JudgeJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path file;
    private final FileChannel channel;

    /** Opens (creating when missing) the journal for appending. */
    public JudgeJournal(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        long size = channel.size();
        if (size > 0) {
            ByteBuffer last = ByteBuffer.allocate(1);
            try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
                reader.read(last, size - 1);
            }
            if (last.get(0) != '\n') {
                channel.write(ByteBuffer.wrap(new byte[]{'\n'})); // end a torn line before appending
            }
        }
    }

    /** Finished results by {@link JudgeResult#key()}; empty when the file does not exist. */
    public static Map<String, JudgeResult> readFinished(Path file) throws IOException {
        Map<String, JudgeResult> finished = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return finished;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JudgeResult r = JSON.readValue(line, JudgeResult.class);
                if (r.status() == JudgeStatus.JUDGE_ERROR) {
                    finished.remove(r.key());
                } else {
                    finished.put(r.key(), r);
                }
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                if (i == lines.size() - 1) {
                    LOG.info("{}: ignoring the torn last line {} (a killed run)", file, i + 1);
                } else {
                    LOG.warn("{}: skipping unreadable line {}: {}", file, i + 1, e.getMessage());
                }
            }
        }
        return finished;
    }

    /** Appends one result and forces it to disk. */
    public synchronized void append(JudgeResult result) throws IOException {
        byte[] line = (JSON.writeValueAsString(result) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
