package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;

import java.util.List;
import java.util.Objects;

/**
 * A held-out test input program x with its reference set R(x) (paper, eq. 1): every program y of the
 * same problem with runtime(y) &lt; runtime(x) and ROUGE-N F(y, x) &gt;= {@link PairConfig#referenceMinRouge()},
 * independent of the training pairs' gate and speedup threshold.
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
