package org.editvq.evaluation.metrics;

import java.util.List;

/**
 * A reference program of R(x): a faster solution of the same problem, with its measured runtime.
 *
 * @param tokens    canonical tokens of the program
 * @param runtimeMs measured runtime in milliseconds, finite and positive
 */
public record TimedReference(List<String> tokens, double runtimeMs) {
    public TimedReference {
        tokens = List.copyOf(tokens);
        if (!(runtimeMs > 0) || Double.isInfinite(runtimeMs)) {
            throw new IllegalArgumentException("reference runtime must be finite and > 0 ms: " + runtimeMs);
        }
    }
}
