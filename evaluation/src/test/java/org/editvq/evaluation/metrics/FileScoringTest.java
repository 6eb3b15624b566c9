package org.editvq.evaluation.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring files of one segment per line: the pinned sacrebleu value through files, and errors naming files. */
class FileScoringTest {
    @TempDir
    Path dir;

    Path write(String name, List<String> lines) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, lines);
        return p;
    }

    @Test
    void corpusBleuOfFilesIsSacrebleusPinnedValue() throws Exception {
        Path hyp = write("hyp.txt", BleuTest.HYPS);
        Path r1 = write("r1.txt", BleuTest.REF_STREAMS.get(0));
        Path r2 = write("r2.txt", BleuTest.REF_STREAMS.get(1));
        ScoreReport report = FileScoring.bleu(hyp, List.of(r1, r2), BleuConfig.corpusDefault(), false);
        assertEquals(49.1919566, report.corpus().score(), 1e-8);
        List<String> out = report.outputLines();
        assertEquals("nrefs:2|case:mixed|eff:no|tok:none|smooth:exp|order:4|version:editvq-" + org.editvq.core.manifest.EditVqVersion.VERSION, out.get(0));
        assertEquals("49.191957", out.get(out.size() - 1));
    }

    @Test
    void sentenceReportHasOneBareScorePerLine() throws Exception {
        Path hyp = write("hyp.txt", List.of("a b c d", "x"));
        Path ref = write("ref.txt", List.of("a b c d", "y"));
        ScoreReport report = FileScoring.bleu(hyp, List.of(ref), BleuConfig.sentenceDefault(), true);
        assertEquals(List.of("100.000000", "0.000000"), report.outputLines());
    }

    @Test
    void deltaBleuOfFilesWithUniformWeightsIsBleu() throws Exception {
        Path hyp = write("hyp.txt", BleuTest.HYPS);
        Path r1 = write("r1.txt", BleuTest.REF_STREAMS.get(0));
        Path r2 = write("r2.txt", BleuTest.REF_STREAMS.get(1));
        ScoreReport report = FileScoring.deltaBleu(hyp, List.of(r1, r2), List.of(1.0, 1.0),
                DeltaBleuConfig.corpusDefault(), false);
        assertEquals(49.1919566, report.corpus().score(), 1e-8);
    }

    @Test
    void lineCountMismatchNamesTheFiles() throws Exception {
        Path hyp = write("hyp.txt", List.of("a", "b", "c"));
        Path ref = write("short-ref.txt", List.of("a", "b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FileScoring.bleu(hyp, List.of(ref), BleuConfig.corpusDefault(), false));
        assertTrue(e.getMessage().contains("short-ref.txt") && e.getMessage().contains("has 2 lines")
                && e.getMessage().contains("hyp.txt"), e.getMessage());
    }

    @Test
    void unreadableAndBadWeightInputsAreNamed() throws Exception {
        Path hyp = write("hyp.txt", List.of("a"));
        Path missing = dir.resolve("missing.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FileScoring.bleu(hyp, List.of(missing), BleuConfig.corpusDefault(), false));
        assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
        Path ref = write("ref.txt", List.of("a"));
        e = assertThrows(IllegalArgumentException.class, () -> FileScoring.deltaBleu(hyp, List.of(ref),
                List.of(2.0), DeltaBleuConfig.corpusDefault(), false));
        assertTrue(e.getMessage().contains("ref.txt"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FileScoring.deltaBleu(hyp, List.of(ref),
                List.of(1.0, 0.5), DeltaBleuConfig.corpusDefault(), false));
        assertThrows(IllegalArgumentException.class, () -> FileScoring.deltaBleu(hyp, List.of(ref),
                List.of(-0.5), DeltaBleuConfig.corpusDefault(), false));
        Files.write(dir.resolve("latin1.txt"), new byte[]{(byte) 0xE9, '\n'});
        e = assertThrows(IllegalArgumentException.class, () -> FileScoring.readSegments(dir.resolve("latin1.txt")));
        assertTrue(e.getMessage().contains("latin1.txt") && e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
