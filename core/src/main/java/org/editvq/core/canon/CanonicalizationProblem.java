package org.editvq.core.canon;

import java.util.Objects;

/**
 * Why a program could not be canonicalized (or not fully): a syntax error, an empty input, ...
 *
 * @param line    1-based line of the problem, 0 when the location is unknown
 * @param column  1-based column of the problem, 0 when the location is unknown
 * @param message human-readable description
 */
public record CanonicalizationProblem(int line, int column, String message) {
    public CanonicalizationProblem {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0 (0 = unknown): " + line + ":" + column);
        }
        Objects.requireNonNull(message, "message");
    }

    /** A problem without a known location. */
    public static CanonicalizationProblem unlocated(String message) {
        return new CanonicalizationProblem(0, 0, message);
    }

    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
