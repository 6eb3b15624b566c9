package org.editvq.evaluation.figures;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureCodebookUsageTest {

    @Test
    void uniformUsageHasPerplexityK() {
        for (int k : new int[] {1, 2, 16, 512}) {
            int[] counts = new int[k];
            Arrays.fill(counts, 7);
            assertEquals(k, CodebookUsageFigure.perplexity(counts), 1e-9 * k);
        }
    }

    @Test
    void handWorkedPerplexities() {
        assertEquals(2, CodebookUsageFigure.perplexity(new int[] {2, 2, 0, 0}), 1e-12);
        assertEquals(1, CodebookUsageFigure.perplexity(new int[] {0, 9, 0}), 0.0);
        // p = (1/4, 3/4): exp(-(.25 ln .25 + .75 ln .75))
        assertEquals(1.7547653506033232, CodebookUsageFigure.perplexity(new int[] {1, 3}), 1e-12);
        assertEquals(2.7494592739972052, CodebookUsageFigure.perplexity(new int[] {1, 0, 2, 3}), 1e-12);
    }

    @Test
    void writesBarChart(@TempDir Path dir) throws IOException {
        int[] counts = new int[64];
        for (int i = 0; i < 64; i += 2) {
            counts[i] = i + 1;
        }
        CodebookUsageFigure.Result result = CodebookUsageFigure.write(counts, "Edit-VQ-VAE K=64",
                dir.resolve("usage.png"));
        assertEquals(64, result.codes());
        assertEquals(32, result.usedCodes());
        assertEquals(Arrays.stream(counts).sum(), result.assignments());
        assertEquals(CodebookUsageFigure.perplexity(counts), result.perplexity(), 0.0);
        assertTrue(result.perplexity() > 1 && result.perplexity() < 32);
        FigureTestSupport.readPng(result.png(), CodebookUsageFigure.WIDTH, CodebookUsageFigure.HEIGHT);
        List<CSVRecord> rows = FigureTestSupport.readCsv(result.csv());
        assertEquals(64, rows.size());
        double share = 0;
        for (int i = 0; i < 64; i++) {
            assertEquals(i, Integer.parseInt(rows.get(i).get("code")));
            assertEquals(counts[i], Integer.parseInt(rows.get(i).get("count")));
            share += Double.parseDouble(rows.get(i).get("share"));
        }
        assertEquals(1, share, 1e-12);
    }

    @Test
    void rejectsBadCounts(@TempDir Path dir) {
        Path png = dir.resolve("u.png");
        assertThrows(IllegalArgumentException.class, () -> CodebookUsageFigure.write(new int[0], "t", png));
        assertThrows(IllegalArgumentException.class, () -> CodebookUsageFigure.write(new int[] {3, -1}, "t", png));
        assertThrows(IllegalArgumentException.class, () -> CodebookUsageFigure.write(new int[] {0, 0}, "t", png));
        assertThrows(IllegalArgumentException.class, () -> CodebookUsageFigure.perplexity(new int[] {0}));
    }
}
