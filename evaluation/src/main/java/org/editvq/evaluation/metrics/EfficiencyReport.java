package org.editvq.evaluation.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of an evaluation: the Table 1 row and the per-input breakdown it averages.
 *
 * @param row        the averaged row
 * @param perExample one entry per test input, in input order
 */
public record EfficiencyReport(Table1Row row, List<ExampleScores> perExample) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public EfficiencyReport {
        Objects.requireNonNull(row, "row");
        perExample = List.copyOf(perExample);
    }

    /** One example's scores as a single JSON line (no trailing newline). */
    public static String toJsonLine(ExampleScores scores) {
        try {
            return JSON.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the per-example breakdown as JSON Lines, one {@link ExampleScores} object per line. */
    public void writeJsonl(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ExampleScores e : perExample) {
                out.write(toJsonLine(e));
                out.write('\n');
            }
        }
    }
}
