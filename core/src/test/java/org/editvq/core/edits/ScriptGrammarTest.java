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

class ScriptGrammarTest {
    // ids: 0 end, 1..5 markers, 10.. program tokens (a = 10, b = 11, …)
    private static final int END = 0;
    private static final ScriptMarkers<Integer> M = new ScriptMarkers<>(1, 2, 3, 4, 5);
    private static final ScriptMarkers<Integer> M4 = new ScriptMarkers<>(1, 2, 3, 4);
    private static final int VOCAB = 20;
    private static final int HUNK = 1;
    private static final int START = 2;
    private static final int DEL = 3;
    private static final int INS = 4;
    private static final int SKIP = 5;
    private static final int A = 10;
    private static final int B = 11;
    private static final int C = 12;
    private static final int D = 13;

    /** Token ids allowed after {@code prefix}, from {@link ScriptGrammar.Walk#restrict}. */
    private static List<Integer> allowedAfter(ScriptGrammar grammar, int... prefix) {
        ScriptGrammar.Walk walk = grammar.walk();
        for (int t : prefix) {
            walk.accept(t);
        }
        return allowed(walk);
    }

    /** Token ids the walk allows next, from {@link ScriptGrammar.Walk#restrict} (checked against {@code allows}). */
    private static List<Integer> allowed(ScriptGrammar.Walk walk) {
        double[] scores = new double[VOCAB];
        walk.restrict(scores);
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < VOCAB; t++) {
            if (scores[t] == 0.0) {
                out.add(t);
            }
            assertEquals(scores[t] == 0.0, walk.allows(t), "restrict and allows agree on " + t);
        }
        return out;
    }

    @Test
    void aContextMustContinueAMatchAndTheDeletionMustFixOnePlace() {
        ScriptGrammar g = new ScriptGrammar(new int[] {A, B, A, C}, M, END);
        assertEquals(List.of(END, HUNK), allowedAfter(g));
        assertEquals(List.of(START, A, B, C), allowedAfter(g, HUNK));
        // after the context "a": a change at 1 or 3; no further context token: "a a" does not occur, and "a b"
        // or "a c" would have a tail that occurs once (the shortest context of those places is "b" or "c")
        assertEquals(List.of(DEL), allowedAfter(g, HUNK, A));
        // "a <del>" matches two places: only deleted tokens that tell them apart, no <ins> yet
        assertEquals(List.of(B, C), allowedAfter(g, HUNK, A, DEL));
        // "a <del> b" is unique: close it, skip to a tail (a, c follow), or delete on
        assertEquals(List.of(INS, SKIP, A), allowedAfter(g, HUNK, A, DEL, B));
        // inserted tokens: anything but a marker; the hunk changes something, so it may end
        assertEquals(List.of(END, HUNK, 6, 7, 8, 9, A, B, C, D, 14, 15, 16, 17, 18, 19),
                allowedAfter(g, HUNK, A, DEL, B, INS));
        // the next hunk starts after the deleted "b" (cursor 2): "a <del>" now only fits position 3, so it
        // may close at once (an insertion before "c") or delete "c"
        assertEquals(List.of(INS, C), allowedAfter(g, HUNK, A, DEL, B, INS, D, HUNK, A, DEL));
        // a context grows only while its tail occurs twice: "a c" is impossible ("c" occurs once) …
        assertEquals(List.of(DEL), allowedAfter(g, HUNK, A, DEL, B, INS, D, HUNK, A));
        // … and "b a" is allowed only when "a" occurs twice (it does)
        assertEquals(List.of(DEL, A), allowedAfter(g, HUNK, B));
        assertEquals(List.of(INS), allowedAfter(g, HUNK, A, DEL, B, INS, D, HUNK, A, DEL, C));
    }

    @Test
    void aHunkEndsOnlyWhenItChangesSomethingAndInsertionsNeedAnAnchor() {
        ScriptGrammar g = new ScriptGrammar(new int[] {A, B}, M, END);
        // "<hunk> <del>" would be an unanchored insertion: an empty context cannot close
        assertFalse(allowedAfter(g, HUNK).contains(DEL));
        // "a <del> <ins>" changes nothing yet: neither <hunk> nor the end
        List<Integer> afterEmpty = allowedAfter(g, HUNK, A, DEL, INS);
        assertFalse(afterEmpty.contains(END) || afterEmpty.contains(HUNK));
        assertTrue(afterEmpty.contains(C));
        // the start anchor: the context is x from its first token, so "<start> b" is impossible
        assertEquals(List.of(DEL, A), allowedAfter(g, HUNK, START));
        assertEquals(List.of(INS, SKIP, B), allowedAfter(g, HUNK, START, DEL, A));
    }

    @Test
    void aSkipTailMustOccurAfterTheHeadAndItsFirstOccurrenceEndsTheDeletion() {
        int[] x = {A, B, C, B, C, D};
        ScriptGrammar g = new ScriptGrammar(x, M, END);
        // "<start> <del> a <skip>": the tail can start anywhere after the head
        assertEquals(List.of(B, C, D), allowedAfter(g, HUNK, START, DEL, A, SKIP));
        assertEquals(List.of(INS, C), allowedAfter(g, HUNK, START, DEL, A, SKIP, B));
        // the tail "b c" first ends at 3: x becomes d, then the kept "b c d"
        int[] script = {HUNK, START, DEL, A, SKIP, B, C, INS, D, END};
        ScriptGrammar.Walk walk = g.walk();
        for (int t : script) {
            walk.accept(t);
        }
        assertTrue(walk.ended());
        AppliedScript<Integer> applied = EditScripts.apply(boxed(x), boxed(Arrays.copyOf(script, script.length - 1)), M);
        assertEquals(List.of(D, B, C, D), applied.program());
        // and the next hunk starts after it: "<start>" would need a change at or after 3
        ScriptGrammar.Walk next = g.walk();
        for (int t : Arrays.copyOf(script, script.length - 1)) {
            next.accept(t);
        }
        next.accept(HUNK);
        next.accept(START);
        assertFalse(next.allows(DEL), "a start-anchored change at 0 lies before the cursor 3");
    }

    @Test
    void aContextStartsOnlyWhereAShortestContextCouldReachTheCursor() {
        // every token of x occurs once, so every context has one token; after a hunk that deletes "c" (cursor
        // 3), a context can only be "c" (an insertion before "d") or "d" (a change at its end)
        ScriptGrammar g = new ScriptGrammar(new int[] {A, B, C, D}, M, END);
        assertEquals(List.of(START, C, D), allowedAfter(g, HUNK, B, DEL, C, INS, A, HUNK));
        assertEquals(List.of(DEL), allowedAfter(g, HUNK, B, DEL, C, INS, A, HUNK, C));
        // in "a b a b c" a hunk "b a <del> b <ins> d" ends at 4. A next context "a" can only be the one at 2
        // (from 0, "a b a b" would have the unique tail "b a b"): it must grow to "a b" and then stop
        ScriptGrammar r = new ScriptGrammar(new int[] {A, B, A, B, C}, M, END);
        int[] first = {HUNK, B, A, DEL, B, INS, D, HUNK};
        assertEquals(List.of(START, A, B, C), allowedAfter(r, first));
        assertEquals(List.of(B), allowedAfter(r, concat(first, A)));
        assertEquals(List.of(DEL), allowedAfter(r, concat(first, A, B)));
    }

    private static int[] concat(int[] head, int... tail) {
        int[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    @Test
    void fourMarkerScriptsHaveNoSkip() {
        ScriptGrammar g = new ScriptGrammar(new int[] {A, B, C}, M4, END);
        assertEquals(List.of(INS, B), allowedAfter(g, HUNK, START, DEL, A));
        assertThrows(IllegalArgumentException.class, () -> new ScriptGrammar(new int[] {A, DEL}, M, END));
        ScriptGrammar.Walk walk = g.walk();
        assertThrows(IllegalArgumentException.class, () -> walk.accept(DEL));
    }

    @Test
    void anEmptyProgramTakesOnlyAStartAnchoredInsertion() {
        ScriptGrammar g = new ScriptGrammar(new int[0], M, END);
        assertEquals(List.of(START), allowedAfter(g, HUNK));
        assertEquals(List.of(DEL), allowedAfter(g, HUNK, START));
        assertEquals(List.of(INS), allowedAfter(g, HUNK, START, DEL));
    }

    @Test
    void everyScriptBetweenTwoProgramsIsAccepted() {
        SplittableRandom random = new SplittableRandom(3);
        int skips = 0;
        int guarded = 0;
        for (int trial = 0; trial < 3000; trial++) {
            int alphabet = 1 + random.nextInt(trial % 3 == 0 ? 2 : 6);
            int[] x = randomIds(random, random.nextInt(25), alphabet);
            int[] y = trial % 2 == 0 ? randomIds(random, random.nextInt(25), alphabet + 1) : mutate(random, x, alphabet);
            for (ScriptMarkers<Integer> markers : List.of(M, M4)) {
                List<Integer> script = EditScripts.between(boxed(x), boxed(y), markers);
                ScriptGrammar.Walk walk = new ScriptGrammar(x, markers, END).walk();
                boolean looped = false;
                for (int i = 0; i < script.size() && !looped; i++) {
                    int token = script.get(i);
                    int at = i;
                    if (!walk.allows(token) && loops(script.subList(0, i + 1))) {
                        looped = true; // the loop guard: this insertion repeats a block REPEATS times
                        guarded++;
                        continue;
                    }
                    assertTrue(walk.allows(token), () -> "token " + at + " of " + script + " over "
                            + Arrays.toString(x));
                    walk.accept(token);
                }
                assertTrue(looped || walk.allows(END), () -> "end after " + script);
                skips += script.contains(SKIP) ? 1 : 0;
            }
        }
        assertTrue(skips > 100, "skips were exercised: " + skips);
        assertTrue(guarded > 0, "the loop guard was exercised (random insertions over 1-7 letters repeat often)");
    }

    /** Whether the script prefix ends inside an insertion with a block repeated REPEATS times (counted by hand). */
    private static boolean loops(List<Integer> prefix) {
        int ins = prefix.lastIndexOf(INS);
        if (ins < 0 || prefix.subList(ins, prefix.size()).contains(HUNK)) {
            return false;
        }
        List<Integer> inserted = prefix.subList(ins + 1, prefix.size());
        for (int period = 1; period <= ScriptGrammar.MAX_PERIOD; period++) {
            int span = ScriptGrammar.REPEATS * period;
            if (inserted.size() < span) {
                continue;
            }
            List<Integer> tail = inserted.subList(inserted.size() - span, inserted.size());
            boolean periodic = true;
            for (int i = 0; i + period < span; i++) {
                periodic &= tail.get(i).equals(tail.get(i + period));
            }
            if (periodic) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theLoopGuardStopsABlockRepeatedSixTimes() {
        assertEquals(6, ScriptGrammar.REPEATS);
        ScriptGrammar g = new ScriptGrammar(new int[] {A, B}, M, END);
        int[] open = {HUNK, A, DEL, B, INS};
        assertTrue(allowedAfter(g, concat(open, C, C, C, C, C)).contains(D));
        assertFalse(allowedAfter(g, concat(open, C, C, C, C, C)).contains(C), "a sixth c in a row");
        assertTrue(allowedAfter(g, concat(open, C, D, C, D, C, D, C, D, C, D)).contains(C));
        assertFalse(allowedAfter(g, concat(open, C, D, C, D, C, D, C, D, C, D, C)).contains(D), "a sixth c d");
        assertTrue(allowedAfter(g, concat(open, C, D, C, D, C, D, C, D, C, C)).contains(D), "not periodic");
        // the guard is per hunk: the next hunk's insertion starts afresh
        assertTrue(allowedAfter(g, concat(open, C, C, C, C, C, HUNK, B, DEL, INS, C, C)).contains(C));
    }

    @Test
    void everyScriptTheGrammarAllowsApplies() {
        // random walks that pick uniformly among the allowed tokens: every hunk applies, where the walk placed it
        SplittableRandom random = new SplittableRandom(5);
        int hunks = 0;
        for (int trial = 0; trial < 2000; trial++) {
            int alphabet = 1 + random.nextInt(4);
            int[] x = randomIds(random, random.nextInt(20), alphabet);
            ScriptMarkers<Integer> markers = trial % 4 == 0 ? M4 : M;
            ScriptGrammar.Walk walk = new ScriptGrammar(x, markers, END).walk();
            List<Integer> script = new ArrayList<>();
            while (!walk.ended() && script.size() < 60) {
                List<Integer> allowed = allowed(walk);
                assertFalse(allowed.isEmpty(), () -> "a dead end after " + script + " over " + Arrays.toString(x));
                // favour the end and markers a little so that scripts close
                int token = allowed.contains(END) && random.nextInt(4) == 0 ? END
                        : allowed.get(random.nextInt(allowed.size()));
                walk.accept(token);
                if (token != END) {
                    script.add(token);
                }
            }
            if (!walk.ended()) {
                continue;
            }
            AppliedScript<Integer> applied = EditScripts.apply(boxed(x), script, markers);
            assertEquals(0, applied.dropped(), () -> script + " over " + Arrays.toString(x));
            hunks += applied.hunks();
        }
        assertTrue(hunks > 500, "hunks were written: " + hunks);
    }

    private static List<Integer> boxed(int[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }

    private static int[] randomIds(SplittableRandom random, int n, int alphabet) {
        return unboxed(RandomTokens.list(random, n, alphabet, k -> A + k));
    }

    /** x with 1–3 random edits by tokens of an alphabet one larger than x's. */
    private static int[] mutate(SplittableRandom random, int[] x, int alphabet) {
        return unboxed(RandomTokens.mutate(random, boxed(x), alphabet + 1, k -> A + k));
    }

    private static int[] unboxed(List<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void restrictKeepsTheScoresOfAllowedTokens() {
        ScriptGrammar g = new ScriptGrammar(new int[] {A, B}, M, END);
        ScriptGrammar.Walk walk = g.walk();
        double[] scores = new double[VOCAB];
        Arrays.fill(scores, -1.5);
        walk.restrict(scores);
        double[] expected = new double[VOCAB];
        Arrays.fill(expected, Double.NEGATIVE_INFINITY);
        expected[END] = -1.5;
        expected[HUNK] = -1.5;
        assertArrayEquals(expected, scores);
    }
}
