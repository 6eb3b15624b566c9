package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairBuilderTest {

    private static CanonicalProgram prog(String problem, String id, String tokens, double runtime) {
        return new CanonicalProgram(problem, id, List.of(tokens.split(" ")), runtime);
    }

    @Test
    void smallHandWorkedProblem() {
        // ROUGE-2: a has 5 bigrams (x=, =y, y+, +1, 1;), b shares 3 of its 5: F = 2*3/(5+5) = 0.6.
        // c shares no bigram with them.
        CanonicalProgram a = prog("P", "a", "x = y + 1 ;", 30);
        CanonicalProgram b = prog("P", "b", "x = y + 2 ;", 20);
        CanonicalProgram c = prog("P", "c", "while ( true ) { }", 10);
        CanonicalProgram d = prog("Q", "d", "x = y + 1 ;", 1);    // other problem: never paired with a
        CanonicalProgram e = prog("P", "e", "x = y + 1 ;", Double.NaN);
        PairBuildResult r = new PairBuilder(2, 0.6, 1.2).build(List.of(a, b, c, d, e));
        assertEquals(1, r.pairs().size());
        ProgramPair p = r.pairs().get(0);
        assertEquals("a", p.slow().submissionId());
        assertEquals("b", p.fast().submissionId());
        assertEquals(1.5, p.speedup(), 0.0);
        assertEquals(0.6, p.rouge(), 0.0);
        assertEquals(1, r.stats().withoutRuntime());
        assertEquals(2, r.stats().problems());
        assertEquals(3, r.stats().bruteForceComparisons());
        assertEquals(1, r.stats().similarPairs());
        // Just above the gate: nothing.
        assertEquals(0, new PairBuilder(2, 0.6000001, 1.2).build(List.of(a, b, c)).pairs().size());
        // Speedup 1.5 passes 1.5 but not 1.51.
        assertEquals(1, new PairBuilder(2, 0.6, 1.5).build(List.of(a, b)).pairs().size());
        assertEquals(0, new PairBuilder(2, 0.6, 1.51).build(List.of(a, b)).pairs().size());
    }

    @Test
    void ignoredProgramsAreCounted() {
        List<CanonicalProgram> in = List.of(prog("P", "a", "a b c", Double.NaN), prog("P", "b", "a b c", 0),
                prog("P", "c", "a b c", Double.POSITIVE_INFINITY), prog("P", "d", "a", 5), prog("P", "e", "a b c", 5));
        PairBuildStats s = new PairBuilder(2, 0.5, 1.2).build(in).stats();
        assertEquals(5, s.programs());
        assertEquals(1, s.withoutRuntime());
        assertEquals(2, s.invalidRuntime());
        assertEquals(1, s.shorterThanN());
        assertEquals(0, s.pairs());
    }

    @Test
    void duplicateIdsAreRejectedNamingTheEntry() {
        List<CanonicalProgram> in = List.of(prog("P", "a", "a b c", 1), prog("P", "a", "a b d", 2));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> new PairBuilder(2, 0.5, 1.2).build(in));
        assertTrue(ex.getMessage().contains("'a'") && ex.getMessage().contains("#1"), ex.getMessage());
    }

    @Test
    void equalsBruteForceOnRandomData() {
        SplittableRandom rnd = new SplittableRandom(7);
        double[] gates = {0.1, 0.3, 0.5, 2.0 / 3, 0.75, 0.9, 1.0};
        long candidates = 0;
        long comparisons = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rnd.nextInt(4);
            double gate = gates[rnd.nextInt(gates.length)];
            double speed = rnd.nextBoolean() ? 1.0 : 1 + rnd.nextDouble();
            List<CanonicalProgram> programs = randomPrograms(rnd, 1 + rnd.nextInt(3), 1 + rnd.nextInt(25));
            PairBuildResult built = new PairBuilder(n, gate, speed).build(programs);
            List<ProgramPair> expected = BruteForcePairs.pairs(programs, n, gate, speed);
            assertEquals(expected, built.pairs(), "trial " + trial + " n=" + n + " gate=" + gate);
            candidates += built.stats().candidatesExamined();
            comparisons += built.stats().bruteForceComparisons();
        }
        assertTrue(candidates < comparisons, candidates + " vs " + comparisons);
    }

    @Test
    void equalsBruteForceOnTemplatedPrograms() {
        List<CanonicalProgram> programs = new SyntheticPrograms(2, 150, 60, 3, 30, 0.25, 99).generate();
        for (double gate : new double[] {0.3, 0.5, 0.8}) {
            PairBuildResult built = new PairBuilder(4, gate, 1.2).build(programs);
            assertEquals(BruteForcePairs.pairs(programs, 4, gate, 1.2), built.pairs(), "gate " + gate);
            // Speedup threshold 1 with distinct runtimes: every similar unordered pair gives exactly one ordered pair.
            assertEquals(BruteForcePairs.pairs(programs, 4, gate, 1.0).size(), built.stats().similarPairs());
            assertTrue(built.stats().candidatesExamined() < built.stats().bruteForceComparisons());
            assertTrue(built.stats().pairs() > 0);
        }
    }

    /** Small alphabet, many repeats and near-duplicates: the hard case for multiset handling. */
    private static List<CanonicalProgram> randomPrograms(SplittableRandom rnd, int problems, int perProblem) {
        List<CanonicalProgram> out = new ArrayList<>();
        int vocab = 2 + rnd.nextInt(4);
        for (int p = 0; p < problems; p++) {
            List<String> base = new ArrayList<>();
            int len = rnd.nextInt(20);
            for (int i = 0; i < len; i++) {
                base.add("v" + rnd.nextInt(vocab));
            }
            for (int s = 0; s < perProblem; s++) {
                List<String> tokens = new ArrayList<>();
                for (String t : base) {
                    int op = rnd.nextInt(10);
                    if (op == 0) {
                        continue;
                    }
                    tokens.add(op == 1 ? "v" + rnd.nextInt(vocab) : t);
                    if (op == 2) {
                        tokens.add("v" + rnd.nextInt(vocab));
                    }
                }
                double runtime = switch (rnd.nextInt(12)) {
                    case 0 -> Double.NaN;
                    case 1 -> 0.0;
                    case 2 -> 10.0; // exact ties and exact ratios (10/8 = 1.25 etc.)
                    case 3 -> 8.0;
                    default -> 1 + rnd.nextInt(50);
                };
                out.add(new CanonicalProgram("P" + p, "s" + s, tokens, runtime));
            }
        }
        return out;
    }
}
