package org.editvq.core.data;

import java.util.Objects;

/**
 * A (slow x, fast y) training pair of programs solving the same problem.
 *
 * @param slow    the input program x
 * @param fast    the faster program y
 * @param speedup runtime(x) / runtime(y), at least the builder's threshold (1.2 by default)
 * @param rouge   ROUGE-N F-measure between x and y that admitted the pair
 */
public record ProgramPair(CanonicalProgram slow, CanonicalProgram fast, double speedup, double rouge) {
    public ProgramPair {
        Objects.requireNonNull(slow, "slow");
        Objects.requireNonNull(fast, "fast");
        if (!slow.problemId().equals(fast.problemId())) {
            throw new IllegalArgumentException("pair crosses problems: " + slow.problemId() + " vs " + fast.problemId());
        }
        if (!(speedup > 0)) {
            throw new IllegalArgumentException("speedup must be > 0: " + speedup);
        }
    }
}
