package org.editvq.synth;

import org.editvq.core.data.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every variant of every Python problem, in 3 styles, runs under {@code python3} and prints exactly
 * the reference output on a small input (skipped when {@code python3} is not installed); plus the
 * markers of each choice in the source.
 */
class PythonProgramsTest {
    private static boolean python;

    @BeforeAll
    static void findPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            python = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            python = false;
        }
    }

    @Test
    void pythonProblemsAreTheDocumentedOnes() {
        assertEquals(List.of("running-sums-py", "range-sums-py", "membership-py", "kth-smallest-py", "stairs-py"),
                SynthProblems.python().stream().map(SynthProblem::id).toList());
        for (SynthProblem p : SynthProblems.python()) {
            assertEquals(Language.PYTHON, p.language());
            assertEquals(EditCategory.INPUT, p.categories().get(0));
            assertEquals(p.id().equals("running-sums-py"), p.categories().contains(EditCategory.OUTPUT), p.id());
        }
    }

    @Test
    void everyVariantRunsUnderPython3AndMatchesTheReference(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(python, "python3 not installed");
        int programs = 0;
        for (SynthProblem p : SynthProblems.python()) {
            String input = p.generateInput(5, false);
            String expected = p.solve(input);
            Set<String> texts = new HashSet<>();
            for (int mask = 0; mask < 1 << p.categories().size(); mask++) {
                for (long style = 0; style < 3; style++) {
                    Map<EditCategory, Choice> choices = Variants.mask(p, mask);
                    SynthSource s = p.render(choices, 31L * mask + style);
                    texts.add(s.text());
                    assertEquals(expected, run(s, input, tmp), p.id() + " " + choices + "\n" + s.text());
                    programs++;
                }
            }
            assertEquals(3 << p.categories().size(), texts.size(), p.id() + ": every rendering differs");
        }
        assertEquals(3 * (4 + 4 + 4 + 4 + 4), programs);
    }

    @Test
    void choicesAreVisibleInTheSource() {
        for (SynthProblem p : SynthProblems.python()) {
            for (int mask = 0; mask < 1 << p.categories().size(); mask++) {
                Map<EditCategory, Choice> choices = Variants.mask(p, mask);
                for (long style = 0; style < 4; style++) {
                    String text = p.render(choices, style).text();
                    assertEquals(choices.get(EditCategory.INPUT) == Choice.FAST, text.contains("sys.stdin.buffer.read()"), text);
                    assertEquals(choices.get(EditCategory.INPUT) == Choice.SLOW, text.contains("input()"), text);
                    boolean joined = text.contains("\"\\n\".join(");
                    assertEquals(choices.get(EditCategory.OUTPUT) == Choice.FAST, joined, text);
                    if (choices.containsKey(EditCategory.PREFIX_SUMS)) {
                        assertEquals(choices.get(EditCategory.PREFIX_SUMS) == Choice.FAST,
                                text.contains("accumulate(") || text.contains("[0] * ("), text);
                    }
                    if (choices.containsKey(EditCategory.HASH_LOOKUP)) {
                        assertEquals(choices.get(EditCategory.HASH_LOOKUP) == Choice.FAST,
                                text.contains("set(") || text.contains(" = {"), text);
                    }
                    if (choices.containsKey(EditCategory.LIBRARY_SORT)) {
                        assertEquals(choices.get(EditCategory.LIBRARY_SORT) == Choice.FAST,
                                text.contains("sorted(") || text.contains(".sort()"), text);
                        assertEquals(choices.get(EditCategory.LIBRARY_SORT) == Choice.SLOW, text.contains("while "), text);
                    }
                    if (choices.containsKey(EditCategory.MEMOIZATION)) {
                        assertEquals(choices.get(EditCategory.MEMOIZATION) == Choice.FAST,
                                text.contains("lru_cache(maxsize=None)") || text.contains(", {})"), text);
                    }
                    assertFalse(text.contains("$"), text);
                }
            }
        }
    }

    @Test
    void pythonCorpusIsDeterministicAndRecordsGroundTruth() {
        SynthConfig config = new SynthConfig(4, 6, 0.5, 7, false, SynthLanguage.PYTHON);
        PlantedEditCorpus a = PlantedEditCorpus.generate(config);
        PlantedEditCorpus b = PlantedEditCorpus.generate(config);
        assertEquals(a.submissions(), b.submissions());
        assertEquals(24, a.submissions().size());
        a.submissions().forEach(s -> {
            assertEquals(Language.PYTHON, s.language());
            assertTrue(s.problemId().endsWith("-py"), s.problemId());
            assertEquals(Set.copyOf(SynthProblems.byId(s.problemId()).orElseThrow().categories()),
                    GroundTruth.of(s).choices().keySet());
        });
        PlantedEditCorpus both = PlantedEditCorpus.generate(new SynthConfig(SynthLanguage.BOTH.problems().size(), 2, 0.5,
                7, false, SynthLanguage.BOTH));
        assertEquals(2 * (SynthProblems.count() + 5), both.submissions().size());
        assertEquals(SynthProblems.count() * 2, both.submissions().stream().filter(s -> s.language() == Language.JAVA).count());
    }

    private static String run(SynthSource s, String input, Path tmp) throws Exception {
        Path file = Files.createTempFile(tmp, s.className(), ".py");
        Files.writeString(file, s.text());
        Path in = Files.createTempFile(tmp, "in", ".txt");
        Files.writeString(in, input);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Process proc = new ProcessBuilder("python3", file.toString()).redirectInput(in.toFile())
                .redirectOutput(out.toFile()).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(proc.waitFor(30, TimeUnit.SECONDS), s.className() + " timed out");
        assertEquals(0, proc.exitValue(), s.text());
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
