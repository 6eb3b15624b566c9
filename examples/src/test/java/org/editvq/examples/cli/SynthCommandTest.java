package org.editvq.examples.cli;

import org.editvq.dataset.corpus.NormalizedCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SynthCommandTest {
    @Test
    void writesTheCorpusAndRejectsBadOptions(@TempDir Path tmp) throws Exception {
        assertEquals(0, EditVqCli.execute("synth", "--out", tmp.toString(), "--problems", "2", "--per-problem", "3",
                "--small", "--seed", "4"));
        assertEquals(6, NormalizedCsv.read(tmp.resolve("submissions.csv")).size());
        assertEquals(7, Files.readAllLines(tmp.resolve("ground_truth.csv")).size());
        assertTrue(Files.exists(tmp.resolve("inputs/range-sums.in")));
        assertTrue(Files.exists(tmp.resolve("inputs/membership.out")));
        Path py = tmp.resolve("py");
        assertEquals(0, EditVqCli.execute("synth", "--out", py.toString(), "--language", "python", "--per-problem", "2",
                "--small"));
        assertEquals(10, NormalizedCsv.read(py.resolve("submissions.csv")).size());
        assertTrue(Files.exists(py.resolve("inputs/range-sums-py.in")));
        assertTrue(Files.exists(py.resolve("inputs/kth-smallest-py.out")));
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, EditVqCli.execute("synth", "--out", tmp.toString(), "--fast-probability", "2"));
        } finally {
            System.setErr(oldErr);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("fastProbability"));
    }
}
