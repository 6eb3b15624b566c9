package org.editvq.judge.gcj;

import org.editvq.judge.OutputChecker;
import org.editvq.judge.ProblemTests;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Code Jam problems the judge can generate tests for, by googlejam4 folder.
 * Generators are deterministic in their seed; solvers are the reference (expected output);
 * problems with many correct outputs have a checker instead.
 */
public enum GcjProblem {
    /** Folder 1: Mushroom Monster, Code Jam 2015 Round 1A, problem A. */
    MUSHROOM_MONSTER("1", new MushroomMonster()),
    /** Folder 2: Counter Culture, Code Jam 2015 Round 1B, problem A. */
    COUNTER_CULTURE("2", new CounterCulture()),
    /** Folder 6: Rank and File, Code Jam 2016 Round 1A, problem B. */
    RANK_AND_FILE("6", new RankAndFile()),
    /** Folder 8: Senate Evacuation, Code Jam 2016 Round 1C, problem A (checker: any valid plan). */
    SENATE_EVACUATION("8", new SenateEvacuation()),
    /** Folder 9: Slides!, Code Jam 2016 Round 1C, problem B (checker: any valid slide matrix). */
    SLIDES("9", new Slides());

    private final String folder;
    private final ProblemSpec spec;

    GcjProblem(String folder, ProblemSpec spec) {
        this.folder = folder;
        this.spec = spec;
    }

    /** The googlejam4 folder name ({@code googlejam4_src/<folder>/}). */
    public String folder() {
        return folder;
    }

    /** The problem of a googlejam4 folder, if the judge knows it. */
    public static Optional<GcjProblem> forFolder(String folder) {
        return Arrays.stream(values()).filter(p -> p.folder.equals(folder)).findFirst();
    }

    /** A test input, the same for the same seed and scale. */
    public String generate(long seed, InputScale scale) {
        return spec.generate(seed, scale);
    }

    /** The reference output for an input. */
    public String solve(String input) {
        return spec.solve(input);
    }

    /** The checker, for problems with more than one correct output. */
    public Optional<OutputChecker> checker() {
        return Optional.ofNullable(spec.checker());
    }

    /**
     * Tests for a problem id: a generated input, judged by the checker when there is one, else by
     * comparison with the reference output.
     */
    public ProblemTests tests(String problemId, long seed, InputScale scale) {
        String input = generate(seed, scale);
        OutputChecker checker = spec.checker();
        return checker != null ? ProblemTests.withChecker(problemId, input, checker)
                : ProblemTests.withExpectedOutput(problemId, input, solve(input));
    }

    /** What each problem implements. */
    interface ProblemSpec {
        String generate(long seed, InputScale scale);

        String solve(String input);

        /** Null when outputs are compared with {@link #solve}. */
        OutputChecker checker();
    }
}
