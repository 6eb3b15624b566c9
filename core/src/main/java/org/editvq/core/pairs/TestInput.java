package org.editvq.core.pairs;

import org.editvq.core.data.CanonicalProgram;

import java.util.List;
import java.util.Objects;

/**
 * A held-out test input program x with its reference set R(x) (paper, eq. 1): the faster programs
 * of the same problem in x's similarity neighbourhood, i.e. exactly the fast sides of x's pairs
 * (same ROUGE gate and speedup threshold as the training pairs, never capped).
 *
 * @param input      the test input x
 * @param references R(x), non-empty, fastest first (ties by submission id)
 */
public record TestInput(CanonicalProgram input, List<Reference> references) {
    public TestInput {
        Objects.requireNonNull(input, "input");
        references = List.copyOf(references);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("test input " + input.submissionId() + " has an empty reference set");
        }
        for (Reference r : references) {
            if (!r.program().problemId().equals(input.problemId())) {
                throw new IllegalArgumentException("reference " + r.program().submissionId() + " of test input "
                        + input.submissionId() + " solves another problem");
            }
        }
    }

    /** Runtime of the fastest reference. */
    public double fastestRuntimeMs() {
        return references.get(0).program().runtimeMs();
    }

    /** The efficiency weight of a reference: fastest runtime in R(x) / its runtime, in (0, 1]. */
    public double efficiencyWeight(Reference reference) {
        return fastestRuntimeMs() / reference.program().runtimeMs();
    }
}
