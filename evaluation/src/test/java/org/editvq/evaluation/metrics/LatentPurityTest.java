package org.editvq.evaluation.metrics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatentPurityTest {
    @Test
    void scikitLearnDocumentedValues() {
        // normalized_mutual_info_score docstring: identical and relabelled partitions score 1.0,
        // a class split completely across clusters scores 0.0
        assertEquals(1.0, LatentPurity.nmi(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 1}), 1e-12);
        assertEquals(1.0, LatentPurity.nmi(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}), 1e-12);
        assertEquals(0.0, LatentPurity.nmi(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}), 1e-12);
        // limit case: both labelings a single class
        assertEquals(1.0, LatentPurity.nmi(new int[] {3, 3, 3}, new int[] {7, 7, 7}), 1e-12);
    }

    @Test
    void independentLabelingsScoreZero() {
        // every (a, b) combination exactly once: p(a, b) = p(a) p(b)
        assertEquals(0.0, LatentPurity.nmi(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}), 1e-12);
        assertEquals(0.5, LatentPurity.purity(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}), 1e-12);
    }

    @Test
    void handWorkedExample() {
        // latents [0,0,0,1] vs categories [a,a,b,b]; table: latent 0 -> (a 2, b 1), latent 1 -> (b 1)
        // I = 1/2 ln(4/3) + 1/4 ln(2/3) + 1/4 ln 2; H(C) = ln 2; H(L) = -(3/4 ln 3/4 + 1/4 ln 1/4)
        double mi = 0.5 * Math.log(4.0 / 3) + 0.25 * Math.log(2.0 / 3) + 0.25 * Math.log(2);
        double hc = Math.log(2);
        double hl = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
        double expected = mi / ((hc + hl) / 2); // 0.34371...
        assertEquals(0.3437, expected, 1e-4);
        LatentPurity.Report r = LatentPurity.evaluate(new int[] {0, 0, 0, 1}, List.of("a", "a", "b", "b"), 1);
        assertEquals(expected, r.nmi(), 1e-12);
        assertEquals(0.75, r.purity(), 1e-12); // (2 + 1) / 4
        assertEquals(List.of(0, 1), r.latents());
        assertEquals(List.of("a", "b"), r.categories());
        assertArrayEquals(new long[] {2, 1}, r.table()[0]);
        assertArrayEquals(new long[] {0, 1}, r.table()[1]);
        assertEquals(4, r.n());
    }

    @Test
    void perfectLatentsBeatTheRandomFloor() {
        SplittableRandom random = new SplittableRandom(3);
        String[] names = {"input", "output", "memoization", "prefix-sums"};
        int n = 400;
        int[] latents = new int[n];
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(names.length);
            latents[i] = 10 + c; // a relabelling of the categories
            categories.add(names[c]);
        }
        LatentPurity.Report r = LatentPurity.evaluate(latents, categories, 5);
        assertEquals(1.0, r.nmi(), 1e-12);
        assertEquals(1.0, r.purity(), 1e-12);
        assertTrue(r.randomNmi() < 0.05, r.summary());
        assertTrue(r.randomPurity() < 0.4, r.summary());
        assertEquals(r.randomNmi(), LatentPurity.evaluate(latents, categories, 5).randomNmi(), 0.0);
        assertTrue(r.tableText().startsWith("latent\tinput"));
    }

    @Test
    void rejectsMismatchedInput() {
        assertThrows(IllegalArgumentException.class, () -> LatentPurity.evaluate(new int[] {1}, List.of("a", "b"), 1));
        assertThrows(IllegalArgumentException.class, () -> LatentPurity.evaluate(new int[0], List.of(), 1));
    }
}
