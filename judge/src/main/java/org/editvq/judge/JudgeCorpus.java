package org.editvq.judge;

import org.editvq.dataset.corpus.Corpora;
import org.editvq.core.data.Corpus;
import org.editvq.judge.gcj.GcjProblem;
import org.editvq.judge.gcj.InputScale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The library call behind {@code editvq judge}: loads a corpus, finds the tests of each of its
 * problems and judges it into an output folder.
 *
 * <p>Tests come from a user folder ({@code <problem>.in} and optionally {@code <problem>.out}
 * per problem id) or, without one, from the built-in Code Jam generators for the googlejam4
 * folders the judge knows (see {@link GcjProblem}). Problems with neither are judged
 * {@link JudgeStatus#NO_INPUT}.
 */
public final class JudgeCorpus {
    private JudgeCorpus() {
    }

    /** What was judged and how the tests were found. */
    public record Outcome(Corpus corpus, Map<String, String> testSources, JudgeReport report) {
    }

    /**
     * @param inputsDir folder of {@code <problem>.in}/{@code .out} files, or null for the built-in generators
     * @param seed      seed of generated inputs
     * @param scale     size of generated inputs
     */
    public static Outcome run(String corpusSpec, Path inputsDir, long seed, InputScale scale, JudgeConfig config,
                              Path outDir, ProgressListener progress) throws IOException {
        Corpus corpus = Corpora.open(corpusSpec);
        Map<String, ProblemTests> tests = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String problem : new TreeSet<>(corpus.byProblem().keySet())) {
            Optional<ProblemTests> t = inputsDir != null ? fromFolder(inputsDir, problem)
                    : GcjProblem.forFolder(problem).map(p -> p.tests(problem, seed, scale));
            t.ifPresent(pt -> tests.put(problem, pt));
            sources.put(problem, t.isEmpty() ? "none (judged NO_INPUT)"
                    : inputsDir != null ? inputsDir.resolve(problem + ".in").toString()
                    : "generated: " + GcjProblem.forFolder(problem).orElseThrow() + " " + scale + " seed " + seed);
        }
        JudgeReport report = JudgeRun.run(corpus.submissions(), config.withTests(tests), outDir, progress);
        return new Outcome(corpus, sources, report);
    }

    /** Tests of one problem from {@code <dir>/<problem>.in} and optional {@code .out}. */
    static Optional<ProblemTests> fromFolder(Path dir, String problem) throws IOException {
        Path in = dir.resolve(problem + ".in");
        if (!Files.isRegularFile(in)) {
            return Optional.empty();
        }
        String input = Files.readString(in, StandardCharsets.UTF_8);
        Path out = dir.resolve(problem + ".out");
        return Optional.of(Files.isRegularFile(out)
                ? ProblemTests.withExpectedOutput(problem, input, Files.readString(out, StandardCharsets.UTF_8))
                : ProblemTests.inputOnly(problem, input));
    }

}
