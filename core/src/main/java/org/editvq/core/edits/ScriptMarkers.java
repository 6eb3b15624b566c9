package org.editvq.core.edits;

import java.util.List;
import java.util.Objects;

/**
 * The four marker tokens of an edit script in some token representation (text or vocabulary
 * ids). All four must differ.
 *
 * @param hunk   opens a hunk
 * @param start  first token of a context that is anchored at the start of the program
 * @param delete ends the context; the deleted tokens follow
 * @param insert ends the deleted tokens; the inserted tokens follow
 * @param <T>    token type
 */
public record ScriptMarkers<T>(T hunk, T start, T delete, T insert) {
    /** Text of the hunk marker. */
    public static final String HUNK = "<hunk>";
    /** Text of the start-of-program anchor. */
    public static final String START = "<start>";
    /** Text of the marker before the deleted tokens. */
    public static final String DELETE = "<del>";
    /** Text of the marker before the inserted tokens. */
    public static final String INSERT = "<ins>";
    /** The marker texts, in the order a vocabulary appends them. */
    public static final List<String> TEXTS = List.of(HUNK, START, DELETE, INSERT);
    /** The markers as text tokens. */
    public static final ScriptMarkers<String> TEXT = new ScriptMarkers<>(HUNK, START, DELETE, INSERT);

    public ScriptMarkers {
        Objects.requireNonNull(hunk, "hunk");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(delete, "delete");
        Objects.requireNonNull(insert, "insert");
        if (java.util.Set.of(hunk, start, delete, insert).size() != 4) {
            throw new IllegalArgumentException("the four script markers must differ: " + List.of(hunk, start,
                    delete, insert));
        }
    }

    /** Whether {@code token} is one of the four markers. */
    public boolean isMarker(T token) {
        return hunk.equals(token) || start.equals(token) || delete.equals(token) || insert.equals(token);
    }
}
