package org.editvq.core.edits;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        int withSkip = 0;
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
            withSkip += script.contains("<skip>") ? 1 : 0;
            List<String> four = EditScripts.between(x, y, ScriptMarkers.TEXT_WITHOUT_SKIP);
            assertEquals(y, EditScripts.apply(x, four, ScriptMarkers.TEXT_WITHOUT_SKIP).program());
            assertTrue(!four.contains("<skip>") && four.size() >= script.size(), "a skip only ever shortens");
        }
        assertTrue(withStart > 0, "the start anchor was exercised");
        assertTrue(withSkip > 100, "skips were exercised: " + withSkip);
    }

    @Test
    void aLongDeletionIsWrittenByItsFirstTokenAndAUniqueTail() {
        // removing a helper method: its 26 tokens become "static <skip> }", the first deleted token and
        // the shortest tail whose first occurrence after it ends the deletion (the method's closing brace)
        List<String> x = t("class v { static int f ( int v ) { if ( v < 2 ) return v ; return f ( v - 1 ) ; } "
                + "void g ( ) { h ( ) ; } }");
        List<String> y = t("class v { void g ( ) { h ( ) ; } }");
        List<String> script = EditScripts.between(x, y, M);
        assertEquals(t("<hunk> { <del> static <skip> } <ins>"), script);
        assertEquals(y, EditScripts.apply(x, script, M).program());
        List<String> listed = EditScripts.between(x, y, ScriptMarkers.TEXT_WITHOUT_SKIP);
        assertEquals(30, listed.size(), listed.toString());
        // a skip whose tail never occurs, or with nothing before or after it, is a dropped hunk
        for (String bad : List.of("<hunk> { <del> static <skip> ] <ins>", "<hunk> { <del> <skip> ; } <ins>",
                "<hunk> { <del> static <skip> <ins>", "<hunk> { <del> static <skip> ; <skip> } <ins>")) {
            AppliedScript<String> a = EditScripts.apply(x, t(bad), M);
            assertEquals(x, a.program(), bad);
            assertEquals(1, a.dropped(), bad);
        }
        // the four-marker form reads <skip> as an ordinary token: the hunk then matches nowhere
        assertEquals(x, EditScripts.apply(x, script, ScriptMarkers.TEXT_WITHOUT_SKIP).program());
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

    @Test
    void aHunkThatWouldUnbalanceTheBracketsIsLeftOutAndCounted() {
        List<String> x = t("v = f ( f ( ) ) ; g ( v ) ;");
        // hunk 1 drops a ")" (the decoder's typical slip), hunk 2 is a clean change
        List<String> script = t("<hunk> ( ) <del> ) <ins> <hunk> g <del> ( v <ins> ( v + 1");
        AppliedScript<String> all = EditScripts.apply(x, script, M);
        assertEquals(t("v = f ( f ( ) ; g ( v + 1 ) ;"), all.program());
        AppliedScript<String> kept = EditScripts.applyWellFormed(x, script, M, Brackets::wellNested);
        assertEquals(t("v = f ( f ( ) ) ; g ( v + 1 ) ;"), kept.program());
        assertEquals(2, kept.hunks());
        assertEquals(1, kept.applied());
        assertEquals(1, kept.dropped());
        assertEquals(1, kept.unbalanced());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, -1, -1, -1, 12, 13}, kept.origin());
    }

    @Test
    void hunksThatOnlyBalanceTogetherAreKeptTogether() {
        // moving a closing parenthesis: each hunk alone unbalances, both together do not
        List<String> x = t("f ( a ) + g ( b ) ;");
        List<String> y = t("f ( a + g ( b ) ) ;");
        List<String> script = EditScripts.between(x, y, M);
        AppliedScript<String> a = EditScripts.applyWellFormed(x, script, M, Brackets::wellNested);
        assertEquals(y, a.program());
        assertEquals(0, a.unbalanced());
        // with a third, unbalancing hunk the largest nesting subset is the two that belong together
        List<String> noisy = new ArrayList<>(script);
        noisy.addAll(t("<hunk> ) <del> ; <ins> ] ;"));
        AppliedScript<String> b = EditScripts.applyWellFormed(x, noisy, M, Brackets::wellNested);
        assertEquals(y, b.program());
        assertEquals(1, b.unbalanced());
    }

    @Test
    void anInputThatDoesNotNestIsEditedAsTheScriptSays() {
        List<String> x = t("f ( a ;");
        List<String> script = t("<hunk> a <del> ; <ins> ) ) ;");
        assertEquals(EditScripts.apply(x, script, M).program(),
                EditScripts.applyWellFormed(x, script, M, Brackets::wellNested).program());
        // and when nothing but x nests, x comes back
        List<String> y = t("f ( a ) ;");
        AppliedScript<String> none = EditScripts.applyWellFormed(y, t("<hunk> a <del> ) <ins> ] <hunk> ; <del> <ins> {"),
                M, Brackets::wellNested);
        assertEquals(y, none.program());
        assertEquals(2, none.unbalanced());
        assertEquals(0, none.applied());
    }

    @Test
    void theScriptOfANestedProgramIsNeverCut() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 2000; trial++) {
            List<String> x = nested(random, 1 + random.nextInt(6));
            List<String> y = trial % 2 == 0 ? nested(random, 1 + random.nextInt(6)) : nestedMutation(random, x);
            List<String> script = EditScripts.between(x, y, M);
            AppliedScript<String> a = EditScripts.applyWellFormed(x, script, M, Brackets::wellNested);
            assertEquals(y, a.program(), () -> "x=" + x + " y=" + y + " script=" + script);
            assertEquals(0, a.dropped());
        }
    }

    @Test
    void bracketsNestOverEveryKindAndPythonLayout() {
        assertTrue(Brackets.wellNested(t("")));
        assertTrue(Brackets.wellNested(t("f ( a [ v ] ) { }")));
        assertTrue(Brackets.wellNested(t("def f ( v ) : NEWLINE INDENT return v NEWLINE DEDENT")));
        assertFalse(Brackets.wellNested(t("f ( a ]")));
        assertFalse(Brackets.wellNested(t(") (")));
        assertFalse(Brackets.wellNested(t("{ ( } )")));
        assertFalse(Brackets.wellNested(t("INDENT ( DEDENT )")));
        assertFalse(Brackets.wellNested(t("INDENT v")));
    }

    /** A random token list whose brackets nest: atoms and groups of ( ), [ ], { }, INDENT DEDENT. */
    @Test
    void whenTheSubsetSearchRunsOutTheGoodHunksAreKeptOneByOne() {
        // 30 insertions, 4 of them an unmatched "(": the subsets of sizes 29, 28 and 27 (4,525) exceed the budget
        // before the one of size 26 that nests, so the hunks are then added one at a time
        List<String> x = new ArrayList<>();
        List<String> script = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String a = "a" + i;
            x.addAll(List.of(a, ";"));
            boolean bad = i % 8 == 3;
            script.addAll(List.of("<hunk>", a, "<del>", "<ins>", bad ? "(" : "b"));
            expected.addAll(bad ? List.of(a, ";") : List.of(a, "b", ";"));
        }
        AppliedScript<String> a = EditScripts.applyWellFormed(x, script, M, Brackets::wellNested);
        assertEquals(expected, a.program());
        assertEquals(4, a.unbalanced());
        assertEquals(26, a.applied());
    }

    @Test
    void hunksThatTheCostlyCheckRejectsAreLeftOutOneByOne() {
        // the check (standing in for "parses") rejects any program with an X; brackets nest throughout
        List<String> x = t("a ; b ; c ;");
        List<String> script = t("<hunk> a <del> <ins> Y <hunk> b <del> <ins> X <hunk> c <del> <ins> Z");
        java.util.function.Predicate<List<String>> nests = Brackets::wellNested;
        AppliedScript<String> a = EditScripts.applyWellFormed(x, script, M, nests,
                r -> !r.program().contains("X"));
        assertEquals(t("a Y ; b ; c Z ;"), a.program());
        assertEquals(3, a.hunks());
        assertEquals(2, a.applied());
        assertEquals(1, a.unbalanced());
        // a script the check accepts whole is applied whole; the check is not asked about x then
        int[] asked = {0};
        AppliedScript<String> b = EditScripts.applyWellFormed(x, t("<hunk> a <del> <ins> Y"), M, nests, r -> {
            asked[0]++;
            return true;
        });
        assertEquals(t("a Y ; b ; c ;"), b.program());
        assertEquals(1, asked[0]);
        // when x itself is rejected there is nothing to keep: the script applies as without the check
        AppliedScript<String> c = EditScripts.applyWellFormed(x, script, M, nests, r -> false);
        assertEquals(t("a Y ; b X ; c Z ;"), c.program());
        assertEquals(0, c.unbalanced());
    }

    private static List<String> nested(SplittableRandom random, int items) {
        List<String> out = new ArrayList<>();
        String[][] kinds = {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"INDENT", "DEDENT"}};
        for (int i = 0; i < items; i++) {
            if (random.nextInt(3) == 0) {
                String[] k = kinds[random.nextInt(kinds.length)];
                out.add(k[0]);
                out.addAll(nested(random, random.nextInt(3)));
                out.add(k[1]);
            } else {
                out.add(String.valueOf((char) ('a' + random.nextInt(3))));
            }
        }
        return out;
    }

    /** x with one atom changed and a nested group inserted somewhere: still nested. */
    private static List<String> nestedMutation(SplittableRandom random, List<String> x) {
        List<String> y = new ArrayList<>(x);
        for (int i = 0; i < y.size(); i++) {
            if (y.get(i).length() == 1 && Character.isLetter(y.get(i).charAt(0)) && random.nextBoolean()) {
                y.set(i, "z");
                break;
            }
        }
        int at = random.nextInt(y.size() + 1);
        while (at > 0 && at < y.size() && !Brackets.wellNested(y.subList(0, at))) {
            at--; // insert at a point where the prefix nests, so the group lands between siblings
        }
        y.addAll(at, nested(random, 1));
        return y;
    }

    private static List<String> randomList(SplittableRandom random, int n, int alphabet) {
        return RandomTokens.list(random, n, alphabet, EditScriptsTest::letter);
    }

    private static List<String> mutate(SplittableRandom random, List<String> x, int alphabet) {
        return RandomTokens.mutate(random, x, alphabet, EditScriptsTest::letter);
    }

    private static String letter(int k) {
        return String.valueOf((char) ('a' + k));
    }
}
