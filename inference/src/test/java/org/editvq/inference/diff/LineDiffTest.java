package org.editvq.inference.diff;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineDiffTest {
    @Test
    void unifiedDiffOfOneChangedLine() {
        List<String> a = List.of("a", "b", "c", "d", "e");
        List<String> b = List.of("a", "b", "X", "d", "e");
        assertEquals("@@ -2,3 +2,3 @@\n b\n-c\n+X\n d\n", LineDiff.unified(a, b, 1));
        assertEquals("", LineDiff.unified(a, a, 3));
    }

    @Test
    void insertionAtTheEndAndDeletionAtTheStart() {
        assertEquals("@@ -1,2 +1,1 @@\n-a\n b\n", LineDiff.unified(List.of("a", "b"), List.of("b"), 1));
        assertEquals("@@ -1,1 +1,2 @@\n a\n+b\n", LineDiff.unified(List.of("a"), List.of("a", "b"), 1));
    }

    @Test
    void scriptRebuildsBothSidesAndKeepsALongestCommonSubsequence() {
        SplittableRandom r = new SplittableRandom(1);
        for (int trial = 0; trial < 200; trial++) {
            List<String> a = random(r);
            List<String> b = random(r);
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            int kept = 0;
            for (LineDiff.Line l : LineDiff.script(a, b)) {
                if (l.op() != LineDiff.Op.INSERT) {
                    left.add(l.text());
                }
                if (l.op() != LineDiff.Op.DELETE) {
                    right.add(l.text());
                }
                kept += l.op() == LineDiff.Op.KEEP ? 1 : 0;
            }
            assertEquals(a, left);
            assertEquals(b, right);
            assertEquals(lcsLength(a, b), kept);
        }
    }

    private static List<String> random(SplittableRandom r) {
        List<String> out = new ArrayList<>();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            out.add(String.valueOf((char) ('a' + r.nextInt(3))));
        }
        return out;
    }

    private static int lcsLength(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.get(0).equals(b.get(0))) {
            return 1 + lcsLength(a.subList(1, a.size()), b.subList(1, b.size()));
        }
        return Math.max(lcsLength(a.subList(1, a.size()), b), lcsLength(a, b.subList(1, b.size())));
    }
}
