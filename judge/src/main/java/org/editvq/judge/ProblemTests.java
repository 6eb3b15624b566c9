package org.editvq.judge;

import java.util.Objects;
import java.util.Optional;

/**
 * The test of one problem: one input (Code Jam style: all cases in one file) and how to judge
 * the output. With an expected output, outputs are compared by {@link OutputComparison}; with a
 * checker, the checker decides (and the expected output is ignored); with neither, outputs are
 * left {@link JudgeStatus#UNVERIFIED} or decided by majority (see {@link JudgeConfig#majorityFallback()}).
 *
 * @param problemId      the problem these tests belong to
 * @param input          stdin of every run
 * @param expectedOutput the reference output, or null
 * @param checker        a problem-specific checker, or null
 */
public record ProblemTests(String problemId, String input, String expectedOutput, OutputChecker checker) {
    public ProblemTests {
        Objects.requireNonNull(problemId, "problemId");
        Objects.requireNonNull(input, "input");
        if (problemId.isBlank()) {
            throw new IllegalArgumentException("problemId is blank");
        }
    }

    /** Tests judged by comparing with an expected output. */
    public static ProblemTests withExpectedOutput(String problemId, String input, String expectedOutput) {
        return new ProblemTests(problemId, input, Objects.requireNonNull(expectedOutput, "expectedOutput"), null);
    }

    /** Tests judged by a checker. */
    public static ProblemTests withChecker(String problemId, String input, OutputChecker checker) {
        return new ProblemTests(problemId, input, null, Objects.requireNonNull(checker, "checker"));
    }

    /** Tests with an input only (outputs judged by majority, if enabled). */
    public static ProblemTests inputOnly(String problemId, String input) {
        return new ProblemTests(problemId, input, null, null);
    }

    /** Judges one output; empty when these tests have no oracle. */
    public Optional<CheckResult> judge(String output) {
        if (checker != null) {
            return Optional.of(checker.check(input, output));
        }
        if (expectedOutput != null) {
            return Optional.of(OutputComparison.compare(expectedOutput, output));
        }
        return Optional.empty();
    }
}
