package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.editvq.core.rouge.RougeN;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairDatasetBuilderTest {
    static final List<CanonicalProgram> PROGRAMS = new SyntheticPrograms(3, 120, 80, 3, 40, 0.2, 5).generate();
    static final PairConfig CONFIG = new PairConfig(4, 0.5, 1.2, 25, 0.2, 11, 0);

    private static ProgramKey key(CanonicalProgram p) {
        return ProgramKey.of(p);
    }

    @Test
    void fourIdenticalProgramsChainOfSpeedups() {
        // four near-identical programs (ROUGE-2 F 0.8 between any two; token-identical ones are no references)
        List<CanonicalProgram> in = new java.util.ArrayList<>();
        for (int r : new int[]{40, 30, 20, 10}) {
            in.add(new CanonicalProgram("P", "r" + r, List.of("a", "b", "c", "d", "e", "t" + r), r));
        }
        for (long seed = 0; seed < 10; seed++) {
            PairDataset ds = PairDatasetBuilder.build(in, new PairConfig(2, 0.5, 1.2, 1, 0.0, seed, 0));
            assertEquals(6, ds.counts().build().pairs());
            assertEquals(3, ds.counts().testInputsEligible()); // r10 is fastest: empty reference set
            assertEquals(1, ds.test().size());
            assertEquals(3, ds.counts().pairsRemovedBySplit()); // whichever input is held out, it is on 3 pairs
            assertEquals(3, ds.train().size());
            TestInput ti = ds.test().get(0);
            // references: every faster program, fastest first, weight = 10 / runtime
            assertEquals("r10", ti.references().get(0).program().submissionId());
            assertEquals(1.0, ti.efficiencyWeight(ti.references().get(0)));
            double x = ti.input().runtimeMs();
            assertEquals((int) (x / 10) - 1, ti.references().size());
            assertEquals(x / 10, ti.references().get(0).speedup());
        }
        // Speedup threshold 1.4 removes 40 -> 30 (1.33x) only.
        PairDataset strict = PairDatasetBuilder.build(in, new PairConfig(2, 0.5, 1.4, 0, 0.0, 0, 0));
        assertEquals(5, strict.train().size());
        // Transformer*: the largest speedup per input, i.e. always to r10.
        assertEquals(List.of("r10", "r10", "r10"),
                strict.trainStar().stream().map(p -> p.fast().submissionId()).toList());
    }

    @Test
    void splitInvariants() {
        PairDataset ds = PairDatasetBuilder.build(PROGRAMS, CONFIG);
        PairCounts c = ds.counts();
        assertEquals(25, ds.test().size());
        Set<ProgramKey> test = ds.test().stream().map(t -> key(t.input())).collect(Collectors.toSet());
        for (List<ProgramPair> split : List.of(ds.train(), ds.valid(), ds.trainStar(), ds.validStar())) {
            for (ProgramPair p : split) {
                assertFalse(test.contains(key(p.slow())) || test.contains(key(p.fast())), "test program in a pair");
            }
        }
        Set<ProgramKey> trainInputs = ds.train().stream().map(p -> key(p.slow())).collect(Collectors.toSet());
        Set<ProgramKey> validInputs = ds.valid().stream().map(p -> key(p.slow())).collect(Collectors.toSet());
        assertTrue(disjoint(trainInputs, validInputs));
        assertEquals(c.trainInputs(), trainInputs.size());
        assertEquals(c.validInputs(), validInputs.size());
        assertEquals(Math.round(0.2 * (trainInputs.size() + validInputs.size())), validInputs.size());
        assertEquals(c.build().pairs(), ds.train().size() + ds.valid().size() + c.pairsRemovedBySplit());
        // Brute-force count of pairs touching a test input.
        List<ProgramPair> all = BruteForcePairs.pairs(PROGRAMS, 4, 0.5, 1.2);
        assertEquals(all.size(), c.build().pairs());
        long touching = all.stream().filter(p -> test.contains(key(p.slow())) || test.contains(key(p.fast()))).count();
        assertEquals(touching, c.pairsRemovedBySplit());
        assertTrue(c.pairsRemovedBySplit() > 0 && ds.valid().size() > 0 && ds.train().size() > 0);
    }

    @Test
    void referenceSetsAreEquationOneIndependentOfThePairGate() {
        // pairs at ROUGE-4 >= 0.5 and 1.2x; references at ROUGE-4 >= 0.3 (the default) and any speedup
        PairDataset ds = PairDatasetBuilder.build(PROGRAMS, CONFIG);
        assertEquals(0.3, CONFIG.referenceMinRouge());
        RougeN rouge = new RougeN(4);
        boolean widerThanPairs = false;
        for (TestInput t : ds.test()) {
            Set<String> expected = new HashSet<>();
            for (CanonicalProgram y : PROGRAMS) {
                if (y.problemId().equals(t.input().problemId()) && y != t.input()
                        && !y.tokens().equals(t.input().tokens())
                        && rouge.fmeasure(y.tokens(), t.input().tokens()) >= 0.3
                        && y.runtimeMs() < t.input().runtimeMs()) {
                    expected.add(y.submissionId());
                    widerThanPairs |= rouge.fmeasure(y.tokens(), t.input().tokens()) < 0.5
                            || t.input().runtimeMs() / y.runtimeMs() < 1.2;
                }
            }
            assertEquals(expected, t.references().stream().map(r -> r.program().submissionId()).collect(Collectors.toSet()));
            double previous = 0;
            for (Reference r : t.references()) {
                assertTrue(r.program().runtimeMs() >= previous, "fastest first");
                previous = r.program().runtimeMs();
                double w = t.efficiencyWeight(r);
                assertTrue(w > 0 && w <= 1);
            }
        }
        assertTrue(widerThanPairs, "some reference lies outside the pair gate");
    }

    @Test
    void referenceOfASmallSpeedupIsNotAPair() {
        // 11 ms vs 10 ms: 1.1x, below the 1.2x pair threshold, but faster: a reference (ROUGE-2 F 2/3 >= 0.5)
        List<CanonicalProgram> in = List.of(new CanonicalProgram("P", "slow", List.of("a", "b", "c", "d"), 11),
                new CanonicalProgram("P", "fast", List.of("a", "b", "c", "e"), 10),
                new CanonicalProgram("P", "tie", List.of("a", "b", "c", "f"), 10));
        PairDataset ds = PairDatasetBuilder.build(in, new PairConfig(2, 0.5, 1.2, 5, 0.0, 0, 0, 0.5));
        assertEquals(0, ds.counts().build().pairs());
        assertEquals(1, ds.test().size());
        assertEquals("slow", ds.test().get(0).input().submissionId());
        assertEquals(List.of("fast", "tie"), ds.test().get(0).references().stream()
                .map(r -> r.program().submissionId()).toList());
    }

    @Test
    void aTokenIdenticalFasterProgramIsNoReference() {
        List<String> t = List.of("a", "b", "c", "d");
        // the same canonical program timed at 10 and 20 ms: noise, not a more efficient program
        List<CanonicalProgram> in = List.of(new CanonicalProgram("P", "slow", t, 20),
                new CanonicalProgram("P", "again", t, 10),
                new CanonicalProgram("P", "other", List.of("a", "b", "c", "e"), 15));
        List<TestInput> refs = PairDatasetBuilder.referenceSets(in, new PairConfig(2, 0.5, 1.2, 5, 0.0, 0, 0, 0.5));
        TestInput slow = refs.stream().filter(r -> r.input().submissionId().equals("slow")).findFirst().orElseThrow();
        assertEquals(List.of("other"), slow.references().stream().map(r -> r.program().submissionId()).toList());
    }

    @Test
    void testInputsAreStratifiedAcrossProblems() {
        // 3 problems; 7 test inputs: round robin gives 3, 2, 2 (or all of a problem's eligible programs)
        PairDataset ds = PairDatasetBuilder.build(PROGRAMS, CONFIG.withTestInputs(7));
        Map<String, Long> perProblem = ds.test().stream()
                .collect(Collectors.groupingBy(t -> t.input().problemId(), Collectors.counting()));
        Set<String> eligibleProblems = PairDatasetBuilder.referenceSets(PROGRAMS, CONFIG).stream()
                .map(t -> t.input().problemId()).collect(Collectors.toSet());
        assertEquals(eligibleProblems, perProblem.keySet());
        assertEquals(3, eligibleProblems.size());
        assertEquals(List.of(2L, 2L, 3L), perProblem.values().stream().sorted().toList());
        // the first three drawn cover the three problems
        assertEquals(3, ds.test().subList(0, 3).stream().map(t -> t.input().problemId()).distinct().count());
        assertEquals(ds.test(), PairDatasetBuilder.build(PROGRAMS, CONFIG.withTestInputs(7)).test());
    }

    @Test
    void transformerStarKeepsTheLargestSpeedupOfEachInput() {
        PairDataset ds = PairDatasetBuilder.build(PROGRAMS, CONFIG);
        Map<ProgramKey, Double> best = ds.train().stream()
                .collect(Collectors.toMap(p -> key(p.slow()), ProgramPair::speedup, Math::max));
        assertEquals(best.size(), ds.trainStar().size());
        for (ProgramPair p : ds.trainStar()) {
            assertEquals(best.get(key(p.slow())), p.speedup());
        }
    }

    @Test
    void capKeepsTheMostSimilarPairsAndCountsTheRest() {
        PairDataset capped = PairDatasetBuilder.build(PROGRAMS, new PairConfig(4, 0.5, 1.2, 25, 0.2, 11, 2));
        PairDataset free = PairDatasetBuilder.build(PROGRAMS, CONFIG);
        Map<ProgramKey, List<ProgramPair>> byInput = free.train().stream().collect(Collectors.groupingBy(p -> key(p.slow())));
        long expectedKept = byInput.values().stream().mapToLong(l -> Math.min(2, l.size())).sum();
        assertEquals(expectedKept, capped.train().size());
        for (ProgramPair p : capped.train()) {
            List<ProgramPair> group = byInput.get(key(p.slow()));
            long moreSimilar = group.stream().filter(q -> q.rouge() > p.rouge()).count();
            assertTrue(moreSimilar < 2);
        }
        long dropped = free.train().size() + free.valid().size() - capped.train().size() - capped.valid().size();
        assertEquals(dropped, capped.counts().pairsDroppedByCap());
    }

    @Test
    void deterministicFromTheSeed() {
        PairDataset a = PairDatasetBuilder.build(PROGRAMS, CONFIG);
        assertEquals(a, PairDatasetBuilder.build(PROGRAMS, CONFIG));
        PairDataset b = PairDatasetBuilder.build(PROGRAMS, CONFIG.withSeed(12));
        assertNotEquals(a.test(), b.test());
    }

    @Test
    void fewerEligibleThanRequestedTakesAllWhenTheShareCapIsLifted() {
        PairDataset ds = PairDatasetBuilder.build(PROGRAMS, CONFIG.withTestInputs(100000).withMaxTestShare(1.0));
        assertEquals(ds.counts().testInputsEligible(), ds.test().size());
        assertEquals(100000, ds.counts().testInputsRequested());
        assertEquals(0, ds.train().size() + ds.valid().size());
    }

    @Test
    void theDefaultShareCapLeavesTrainingData() {
        PairDataset ds = PairDatasetBuilder.build(PROGRAMS, CONFIG.withTestInputs(100000));
        int eligible = ds.counts().testInputsEligible();
        assertEquals(0.2, CONFIG.maxTestShare());
        assertEquals((int) Math.floor(0.2 * eligible), ds.test().size());
        assertTrue(ds.train().size() > 0);
    }

    @Test
    void testCountIsTheRequestCappedByTheShareAndAtLeastOne() {
        PairConfig c = CONFIG.withTestInputs(100);
        assertEquals(0, PairDatasetBuilder.testCount(c, 0));
        assertEquals(1, PairDatasetBuilder.testCount(c, 3));     // floor(0.6) = 0, but one is held out
        assertEquals(2, PairDatasetBuilder.testCount(c, 14));    // floor(2.8)
        assertEquals(100, PairDatasetBuilder.testCount(c, 1000)); // the request, below 200
        assertEquals(0, PairDatasetBuilder.testCount(c.withTestInputs(0), 1000));
        assertEquals(14, PairDatasetBuilder.testCount(c.withMaxTestShare(1.0), 14));
        assertThrows(IllegalArgumentException.class, () -> c.withMaxTestShare(0));
    }

    @Test
    void inputHashSeesEveryField() {
        List<CanonicalProgram> a = List.of(new CanonicalProgram("P", "s", List.of("ab"), 1));
        List<CanonicalProgram> b = List.of(new CanonicalProgram("P", "s", List.of("a", "b"), 1));
        List<CanonicalProgram> c = List.of(new CanonicalProgram("P", "s", List.of("ab"), 2));
        assertEquals(PairDatasetBuilder.inputHash(a), PairDatasetBuilder.inputHash(List.copyOf(a)));
        assertNotEquals(PairDatasetBuilder.inputHash(a), PairDatasetBuilder.inputHash(b));
        assertNotEquals(PairDatasetBuilder.inputHash(a), PairDatasetBuilder.inputHash(c));
        assertEquals(64, PairDatasetBuilder.inputHash(a).length());
    }

    private static boolean disjoint(Set<?> a, Set<?> b) {
        return a.stream().noneMatch(b::contains);
    }
}
