package org.editvq.synth;

import java.util.Objects;

/**
 * A generated problem with its test data.
 *
 * @param problem        the problem
 * @param input          the {@code <problem>.in} text
 * @param expectedOutput the {@code <problem>.out} text, from the reference solver
 */
public record ProblemData(SynthProblem problem, String input, String expectedOutput) {
    public ProblemData {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(expectedOutput, "expectedOutput");
    }

    /** The problem id. */
    public String id() {
        return problem.id();
    }
}
