package org.editvq.core.edits;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditScriptsTest {
    private static final ScriptMarkers<String> M = ScriptMarkers.TEXT;

    private static List<String> t(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    @Test
    void equalProgramsGiveTheEmptyScriptAndTheEmptyScriptGivesXExactly() {
        List<String> x = t("int v = 0 ; v ++ ;");
        assertEquals(List.of(), EditScripts.between(x, x, M));
        AppliedScript<String> a = EditScripts.apply(x, List.of(), M);
        assertEquals(x, a.program());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, a.origin());
        assertEquals(0, a.hunks());
    }

    @Test
    void contextGrowsUntilTheHunkIsUnique() {
        // "a b" occurs twice; the change at index 4 needs the context "c a" to be unique
        List<String> x = t("a b c a b d");
        List<String> y = t("a b c a X d");
        List<String> script = EditScripts.between(x, y, M);
        assertEquals(t("<hunk> c a <del> b <ins> X"), script);
        AppliedScript<String> a = EditScripts.apply(x, script, M);
        assertEquals(y, a.program());
        assertArrayEquals(new int[] {0, 1, 2, 3, -1, 5}, a.origin());
        assertEquals(1, a.applied());
    }

    @Test
    void aChangeAtTheStartIsAnchoredThere() {
        List<String> x = t("a b");
        List<String> y = t("c a b");
        assertEquals(t("<hunk> <start> <del> <ins> c"), EditScripts.between(x, y, M));
        assertEquals(y, EditScripts.apply(x, EditScripts.between(x, y, M), M).program());
    }

    @Test
    void aPeriodicProgramFallsBackToTheStartAnchor() {
        // every context of the second "a" also precedes the third one: only the start anchor is unique
        List<String> x = t("a a a b");
        List<String> y = t("a a Z a b");
        List<String> script = EditScripts.between(x, y, M);
        assertEquals(y, EditScripts.apply(x, script, M).program());
        assertTrue(script.contains("<start>") || script.size() < 7, script.toString());
    }

    @Test
    void pureDeletionAndTwoHunks() {
        List<String> x = t("for ( v = 0 ; v < n ; v ++ ) { s = s + v ; }");
        List<String> y = t("for ( v = 0 ; v < n ; ++ v ) { s += v ; }");
        List<String> script = EditScripts.between(x, y, M);
        // Myers deletes "v" before "++" and inserts it after: one hunk, as the changes are MERGE_GAP apart
        assertEquals(t("<hunk> ; <del> v ++ <ins> ++ v <hunk> s <del> = s + <ins> +="), script);
        AppliedScript<String> a = EditScripts.apply(x, script, M);
        assertEquals(y, a.program());
        assertEquals(2, a.applied());
        assertEquals(0, a.dropped());
    }

    @Test
    void aHunkMatchingSeveralPlacesOrNoneIsDroppedAndCounted() {
        List<String> x = t("a b a b");
        AppliedScript<String> ambiguous = EditScripts.apply(x, t("<hunk> a <del> b <ins> c"), M);
        assertEquals(x, ambiguous.program());
        assertEquals(1, ambiguous.dropped());
        AppliedScript<String> missing = EditScripts.apply(x, t("<hunk> z <del> <ins> q <hunk> b a <del> b <ins> c"),
                M);
        assertEquals(t("a b a c"), missing.program());
        assertEquals(2, missing.hunks());
        assertEquals(1, missing.applied());
        assertEquals(1, missing.dropped());
    }

    @Test
    void malformedAndOutOfOrderHunksAreDropped() {
        List<String> x = t("a b c d");
        // leading tokens, missing <ins>, a hunk changing nothing, a hunk before the cursor
        List<String> script = t("q <hunk> c <del> d <ins> e <hunk> a <del> b <hunk> b <del> <ins> "
                + "<hunk> a <del> b <ins> z");
        AppliedScript<String> a = EditScripts.apply(x, script, M);
        assertEquals(t("a b c e"), a.program());
        assertEquals(5, a.hunks());
        assertEquals(1, a.applied());
        assertEquals(4, a.dropped());
    }

    @Test
    void inputsContainingAMarkerAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> EditScripts.between(t("a <del>"), t("a"), M));
    }

    @Test
    void roundTripOnRandomTokenLists() {
        SplittableRandom random = new SplittableRandom(7);
        int withStart = 0;
        for (int trial = 0; trial < 3000; trial++) {
            int alphabet = 1 + random.nextInt(trial % 3 == 0 ? 2 : 6);
            List<String> x = randomList(random, random.nextInt(25), alphabet);
            List<String> y = trial % 2 == 0 ? randomList(random, random.nextInt(25), alphabet + 1)
                    : mutate(random, x, alphabet + 1);
            List<String> script = EditScripts.between(x, y, M);
            AppliedScript<String> a = EditScripts.apply(x, script, M);
            assertEquals(y, a.program(), () -> "x=" + x + " y=" + y + " script=" + script);
            assertEquals(0, a.dropped());
            int[] origin = a.origin();
            int last = -1;
            for (int i = 0; i < origin.length; i++) {
                if (origin[i] >= 0) {
                    assertEquals(x.get(origin[i]), y.get(i));
                    assertTrue(origin[i] > last, "kept tokens stay in order");
                    last = origin[i];
                }
            }
            withStart += script.contains("<start>") ? 1 : 0;
        }
        assertTrue(withStart > 0, "the start anchor was exercised");
    }

    @Test
    void roundTripOnProgramLikeSequencesAndIds() {
        List<String> x = t("import java.util.* ; class v { void f ( ) { Scanner v = new Scanner ( System.in ) ; "
                + "int v = v . nextInt ( ) ; for ( int v = 0 ; v < v ; v ++ ) { System.out.println ( v ) ; } } }");
        List<String> y = t("import java.util.* ; class v { void f ( ) { Scanner v = new Scanner ( System.in ) ; "
                + "int v = v . nextInt ( ) ; StringBuilder v = new StringBuilder ( ) ; for ( int v = 0 ; v < v ; "
                + "v ++ ) { v . append ( v ) . append ( STRING ) ; } System.out.print ( v ) ; } }");
        List<String> script = EditScripts.between(x, y, M);
        assertEquals(y, EditScripts.apply(x, script, M).program());
        assertTrue(script.size() < 45, "the script is much shorter than the program (" + y.size() + "): " + script);
        // the same over integer ids with integer markers
        ScriptMarkers<Integer> ids = new ScriptMarkers<>(-1, -2, -3, -4);
        List<Integer> xi = x.stream().map(String::hashCode).toList();
        List<Integer> yi = y.stream().map(String::hashCode).toList();
        assertEquals(yi, EditScripts.apply(xi, EditScripts.between(xi, yi, ids), ids).program());
    }

    private static List<String> randomList(SplittableRandom random, int n, int alphabet) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(String.valueOf((char) ('a' + random.nextInt(alphabet))));
        }
        return out;
    }

    private static List<String> mutate(SplittableRandom random, List<String> x, int alphabet) {
        List<String> y = new ArrayList<>(x);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int op = random.nextInt(3);
            if (op == 0 || y.isEmpty()) {
                y.add(random.nextInt(y.size() + 1), String.valueOf((char) ('a' + random.nextInt(alphabet))));
            } else if (op == 1) {
                y.remove(random.nextInt(y.size()));
            } else {
                y.set(random.nextInt(y.size()), String.valueOf((char) ('a' + random.nextInt(alphabet))));
            }
        }
        return y;
    }
}
