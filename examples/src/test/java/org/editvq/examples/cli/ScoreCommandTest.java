package org.editvq.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code editvq score bleu|delta-bleu}: the final score alone on the last line, clear errors. */
class ScoreCommandTest {
    @TempDir
    Path dir;

    String file(String name, String... lines) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines));
        return p.toString();
    }

    @Test
    void corpusBleuPrintsSacrebleusValueLast() throws Exception {
        String hyp = file("hyp", "The dog bit the man.", "It wasn't surprising.", "The man had just bitten him.");
        String r1 = file("r1", "The dog bit the man.", "It was not unexpected.", "The man bit him first.");
        String r2 = file("r2", "The dog had bit the man.", "No one was surprised.", "The man had bitten the dog.");
        CliRun r = CliRun.of("score", "bleu", "--hyp", hyp, "--ref", r1, "--ref", r2, "--no-effective-order");
        assertEquals(0, r.code(), r.err());
        assertEquals("nrefs:2|case:mixed|eff:no|tok:none|smooth:exp|order:4|version:editvq-" + org.editvq.core.manifest.EditVqVersion.VERSION, r.lines().get(0));
        assertEquals("49.191957", r.lastLine());
    }

    @Test
    void sentenceBleuPrintsOneScorePerLine() throws Exception {
        String hyp = file("hyp", "a b c d", "this is a cat");
        String ref = file("ref", "a b c d", "okay thanks");
        CliRun r = CliRun.of("score", "bleu", "--hyp", hyp, "--ref", ref, "--sentence", "--smooth", "floor");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("100.000000", "0.000000"), r.lines());
        assertTrue(r.err().contains("smooth:floor[0.10]"), r.err());
    }

    /** Hand-worked in DeltaBleuTest: "a a" vs "a" (1) and "a a" (0.5): formula 50, Galley's script sqrt(5000). */
    @Test
    void deltaBleuFormulaAndGalleyCompat() throws Exception {
        String hyp = file("hyp", "a a");
        String r1 = file("r1", "a");
        String r2 = file("r2", "a a");
        CliRun paper = CliRun.of("score", "delta-bleu", "--hyp", hyp, "--ref", r1, "--weight", "1", "--ref", r2,
                "--weight", "0.5");
        assertEquals(0, paper.code(), paper.err());
        assertTrue(paper.lines().get(0).startsWith("metric:delta-bleu|dbleu:paper|nrefs:2"), paper.lines().get(0));
        assertEquals("50.000000", paper.lastLine());
        CliRun galley = CliRun.of("score", "delta-bleu", "--hyp", hyp, "--ref", r1, "--weight", "1", "--ref", r2,
                "--weight", "0.5", "--galley-compat");
        assertEquals("70.710678", galley.lastLine());
    }

    @Test
    void lineCountMismatchIsAClearError() throws Exception {
        String hyp = file("hyp", "a", "b");
        String ref = file("only-one-line", "a");
        CliRun r = CliRun.of("score", "bleu", "--hyp", hyp, "--ref", ref);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("only-one-line has 1 lines but hypothesis file"), r.err());
    }

    @Test
    void rougePrintsTheMeanLineFmeasureLast() throws Exception {
        // rouge-score's cases on whitespace tokens: ROUGE-1 of "testing" vs "testing one two" is
        // P 1, R 1/3, F 1/2; ROUGE-1 of identical lines is 1.
        String hyp = file("hyp.txt", "testing", "a b = c ;");
        String ref = file("ref.txt", "testing one two", "a b = c ;");
        CliRun r = CliRun.of("score", "rouge", "--n", "1", "--hyp", hyp, "--ref", ref, "--sentence");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("0.500000", "1.000000", "0.750000"), r.lines());
        CliRun mismatch = CliRun.of("score", "rouge", "--hyp", hyp, "--ref", file("short.txt", "x"));
        assertTrue(mismatch.code() != 0);
        assertTrue(mismatch.err().contains("short.txt"), mismatch.err());
    }
}
