package org.editvq.synth;

import org.editvq.dataset.corpus.NormalizedCsv;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.editvq.core.data.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlantedEditCorpusTest {
    private static final SynthConfig SMALL = new SynthConfig(SynthProblems.count(), 12, 0.5, 99, false);

    /** What the source of the fast variant of each category contains (and the slow one does not). */
    private static final Map<EditCategory, Pattern> FAST_MARKER = Map.of(
            EditCategory.INPUT, Pattern.compile("StringTokenizer|StreamTokenizer"),
            EditCategory.OUTPUT, Pattern.compile("^(?![\\s\\S]*System\\.out\\.println)"),
            EditCategory.PREFIX_SUMS, Pattern.compile("new long\\[\\s*\\w+(\\.length)?\\s*\\+\\s*1\\s*\\]"),
            EditCategory.HASH_LOOKUP, Pattern.compile("HashSet|HashMap|binarySearch"),
            EditCategory.LIBRARY_SORT, Pattern.compile("Arrays\\.sort"),
            EditCategory.EARLY_EXIT, Pattern.compile("^(?![\\s\\S]*==\\s*-1)"),
            EditCategory.PRIORITY_QUEUE, Pattern.compile("PriorityQueue"),
            EditCategory.STRING_BUILDER, Pattern.compile("\\.toString\\(\\)"),
            EditCategory.MEMOIZATION, Pattern.compile("Arrays\\.fill"));

    @Test
    void outputIsPlantedOnlyInLargeOutputProblemsAndFixedElsewhere() {
        List<String> planting = SynthProblems.all().stream().filter(p -> p.categories().contains(EditCategory.OUTPUT))
                .map(SynthProblem::id).toList();
        assertEquals(List.of("running-sums", "running-max"), planting);
        PlantedEditCorpus corpus = PlantedEditCorpus.generate(SMALL);
        for (Submission s : corpus.submissions()) {
            GroundTruth gt = GroundTruth.of(s);
            if (planting.contains(s.problemId())) {
                assertTrue(gt.choices().containsKey(EditCategory.OUTPUT), s.submissionId());
                continue;
            }
            // not planted: no recorded choice, and always the one fixed style (println per line, nothing buffered)
            assertFalse(gt.choices().containsKey(EditCategory.OUTPUT), s.submissionId());
            assertTrue(s.source().contains("System.out.println("), s.submissionId());
            assertFalse(s.source().contains("PrintWriter"), s.submissionId());
            assertFalse(s.source().contains("System.out.print("), s.submissionId());
        }
        SynthProblem rangeSums = SynthProblems.byId("range-sums").orElseThrow();
        Map<EditCategory, Choice> withOutput = new java.util.EnumMap<>(Variants.all(rangeSums, Choice.FAST));
        withOutput.put(EditCategory.OUTPUT, Choice.FAST);
        assertThrows(IllegalArgumentException.class, () -> rangeSums.render(withOutput, 1));
    }

    @Test
    void configIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> new SynthConfig(0, 1, 0.5, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new SynthConfig(SynthProblems.count() + 1, 1, 0.5, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new SynthConfig(1, 0, 0.5, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new SynthConfig(1, 1, 1.5, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new SynthConfig(1, 1, Double.NaN, 1, false));
    }

    @Test
    void generationIsDeterministicFromTheSeed() {
        PlantedEditCorpus a = PlantedEditCorpus.generate(SMALL);
        PlantedEditCorpus b = PlantedEditCorpus.generate(SMALL);
        assertEquals(a.submissions(), b.submissions());
        assertEquals(a.groundTruth(), b.groundTruth());
        for (int i = 0; i < a.problems().size(); i++) {
            assertEquals(a.problems().get(i).input(), b.problems().get(i).input());
            assertEquals(a.problems().get(i).expectedOutput(), b.problems().get(i).expectedOutput());
        }
        PlantedEditCorpus c = PlantedEditCorpus.generate(new SynthConfig(SMALL.problems(), SMALL.submissionsPerProblem(),
                SMALL.fastProbability(), SMALL.seed() + 1, false));
        assertNotEquals(a.submissions().get(0).source(), c.submissions().get(0).source());
        assertNotEquals(a.problems().get(0).input(), c.problems().get(0).input());
    }

    @Test
    void submissionsCarryTheirGroundTruthAndTheSourceShowsEachChoice() {
        PlantedEditCorpus corpus = PlantedEditCorpus.generate(SMALL);
        assertEquals(SynthProblems.count() * 12, corpus.submissions().size());
        for (Submission s : corpus.submissions()) {
            assertEquals(Language.JAVA, s.language());
            assertFalse(s.hasRuntime());
            GroundTruth gt = GroundTruth.of(s);
            assertEquals(corpus.groundTruth(s.submissionId()), gt);
            SynthProblem problem = SynthProblems.byId(s.problemId()).orElseThrow();
            assertEquals(Set.copyOf(problem.categories()), gt.choices().keySet());
            assertTrue(s.source().contains("public class " + gt.className()), s.submissionId());
            gt.choices().forEach((category, choice) -> assertEquals(choice == Choice.FAST,
                    FAST_MARKER.get(category).matcher(s.source()).find(),
                    s.submissionId() + " " + category + "=" + choice + "\n" + s.source()));
        }
        assertTrue(corpus.groundTruth().stream().anyMatch(g -> g.fastCount() == 0));
        assertTrue(corpus.groundTruth().stream().anyMatch(g -> g.fastCount() > 0));
    }

    @Test
    void pairGroundTruthListsExactlyTheDifferingCategories() {
        PlantedEditCorpus corpus = PlantedEditCorpus.generate(SMALL);
        List<GroundTruth> all = corpus.groundTruth();
        int oneEditPairs = 0;
        for (GroundTruth a : all) {
            for (GroundTruth b : all) {
                if (!a.problemId().equals(b.problemId())) {
                    assertThrows(IllegalArgumentException.class, () -> a.differingEdits(b));
                    continue;
                }
                Set<EditCategory> expected = EnumSet.noneOf(EditCategory.class);
                for (EditCategory c : SynthProblems.byId(a.problemId()).orElseThrow().categories()) {
                    if (!a.choices().get(c).equals(b.choices().get(c))) {
                        expected.add(c);
                    }
                }
                assertEquals(expected, a.differingEdits(b));
                assertEquals(a.differingEdits(b), b.differingEdits(a));
                oneEditPairs += expected.size() == 1 ? 1 : 0;
            }
        }
        assertTrue(oneEditPairs > 0);
    }

    @Test
    void singleEditPairsAreExactlyThePairsDifferingInOneCategory() {
        PlantedEditCorpus corpus = PlantedEditCorpus.generate(SMALL);
        List<GroundTruth> all = corpus.groundTruth();
        long expected = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).problemId().equals(all.get(j).problemId())) {
                    int differing = 0;
                    for (EditCategory c : all.get(i).choices().keySet()) {
                        differing += all.get(i).choices().get(c) != all.get(j).choices().get(c) ? 1 : 0;
                    }
                    expected += differing == 1 ? 1 : 0;
                }
            }
        }
        List<PlantedPair> pairs = corpus.singleEditPairs();
        assertEquals(expected, pairs.size());
        for (PlantedPair p : pairs) {
            GroundTruth slow = corpus.groundTruth(p.slowId());
            GroundTruth fast = corpus.groundTruth(p.fastId());
            assertEquals(Set.of(p.category()), slow.differingEdits(fast));
            assertEquals(Choice.SLOW, slow.choices().get(p.category()));
            assertEquals(Choice.FAST, fast.choices().get(p.category()));
            assertEquals(p.problemId(), slow.problemId());
        }
    }

    @Test
    void plantedFixesFlipExactlyOneSlowCategoryOfTheSameSubmission() {
        PlantedEditCorpus corpus = PlantedEditCorpus.generate(SMALL);
        int checked = 0;
        for (Submission s : corpus.submissions()) {
            GroundTruth gt = corpus.groundTruth(s.submissionId());
            Map<EditCategory, SynthSource> fixes = corpus.plantedFixes(s.submissionId());
            Set<EditCategory> slow = EnumSet.noneOf(EditCategory.class);
            gt.choices().forEach((c, v) -> {
                if (v == Choice.SLOW) {
                    slow.add(c);
                }
            });
            assertEquals(slow, fixes.keySet(), s.submissionId());
            for (Map.Entry<EditCategory, SynthSource> e : fixes.entrySet()) {
                assertNotEquals(s.source(), e.getValue().text());
                // the fix is the submission's own rendering with one choice flipped: unflipped, it is the submission
                SynthProblem problem = corpus.problems().stream().map(ProblemData::problem)
                        .filter(p -> p.id().equals(gt.problemId())).findFirst().orElseThrow();
                assertEquals(s.source(), problem.render(gt.choices(), gt.styleSeed()).text());
                if (FAST_MARKER.get(e.getKey()).matcher(e.getValue().text()).find()) {
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "fixes show the fast variant: " + checked);
    }

    @Test
    void writeToProducesTheJudgeLayoutAndRoundTrips(@TempDir Path dir) throws Exception {
        PlantedEditCorpus corpus = PlantedEditCorpus.generate(SMALL);
        corpus.writeTo(dir);
        Corpus back = NormalizedCsv.read(dir.resolve("submissions.csv"));
        assertEquals(corpus.submissions().size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            Submission s = back.submissions().get(i);
            assertEquals(corpus.submissions().get(i).source(), s.source());
            assertEquals(corpus.groundTruth().get(i), GroundTruth.of(s));
        }
        assertEquals(corpus.groundTruth(), PlantedEditCorpus.readGroundTruth(dir.resolve("ground_truth.csv")));
        for (ProblemData p : corpus.problems()) {
            String in = Files.readString(dir.resolve("inputs").resolve(p.id() + ".in"));
            assertEquals(p.input(), in);
            assertEquals(p.problem().solve(in), Files.readString(dir.resolve("inputs").resolve(p.id() + ".out")));
        }
    }
}
