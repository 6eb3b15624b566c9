package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;

import java.util.Objects;

/**
 * One member y of a test input's reference set R(x).
 *
 * @param program the faster program y (same problem as x)
 * @param speedup runtime(x) / runtime(y)
 * @param rouge   ROUGE-N F-measure between x and y
 */
public record Reference(CanonicalProgram program, double speedup, double rouge) {
    public Reference {
        Objects.requireNonNull(program, "program");
        if (!(speedup > 0)) {
            throw new IllegalArgumentException("speedup must be > 0: " + speedup);
        }
    }
}
