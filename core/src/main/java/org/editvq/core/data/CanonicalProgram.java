package org.editvq.core.data;

import java.util.List;
import java.util.Objects;

/**
 * A submission after canonicalization: the unit that pairs, splits and models work on.
 *
 * @param problemId    problem of the original submission
 * @param submissionId id of the original submission
 * @param tokens       canonical tokens (e.g. {@code int v = f ( v ) ;})
 * @param runtimeMs    measured runtime, {@link Double#NaN} when unknown
 */
public record CanonicalProgram(String problemId, String submissionId, List<String> tokens, double runtimeMs) {
    public CanonicalProgram {
        Objects.requireNonNull(problemId, "problemId");
        Objects.requireNonNull(submissionId, "submissionId");
        tokens = List.copyOf(tokens);
    }

    /** Tokens joined by single spaces. */
    public String text() {
        return String.join(" ", tokens);
    }

    /** Number of tokens. */
    public int length() {
        return tokens.size();
    }
}
