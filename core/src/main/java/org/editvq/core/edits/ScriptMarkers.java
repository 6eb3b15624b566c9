package org.editvq.core.edits;

import java.util.List;
import java.util.Objects;

/**
 * The marker tokens of an edit script in some token representation (text or vocabulary ids). All
 * must differ.
 *
 * @param hunk   opens a hunk
 * @param start  first token of a context that is anchored at the start of the program
 * @param delete ends the context; the deleted tokens follow
 * @param insert ends the deleted tokens; the inserted tokens follow
 * @param skip   inside the deleted tokens: "and everything up to the first occurrence of what
 *               follows" ({@link EditScripts}); null for the four-marker scripts of vocabularies
 *               built before it existed, whose long deletions list every token
 * @param <T>    token type
 */
public record ScriptMarkers<T>(T hunk, T start, T delete, T insert, T skip) {
    /** Text of the hunk marker. */
    public static final String HUNK = "<hunk>";
    /** Text of the start-of-program anchor. */
    public static final String START = "<start>";
    /** Text of the marker before the deleted tokens. */
    public static final String DELETE = "<del>";
    /** Text of the marker before the inserted tokens. */
    public static final String INSERT = "<ins>";
    /** Text of the marker that skips to the end of a long deletion. */
    public static final String SKIP = "<skip>";
    /** The four markers every edit vocabulary has, in the order a vocabulary appends them. */
    public static final List<String> REQUIRED_TEXTS = List.of(HUNK, START, DELETE, INSERT);
    /** The marker texts a new edit vocabulary appends, in order ({@link #REQUIRED_TEXTS}, then {@link #SKIP}). */
    public static final List<String> TEXTS = List.of(HUNK, START, DELETE, INSERT, SKIP);
    /** The markers as text tokens. */
    public static final ScriptMarkers<String> TEXT = new ScriptMarkers<>(HUNK, START, DELETE, INSERT, SKIP);
    /** The four-marker text form (scripts without skips). */
    public static final ScriptMarkers<String> TEXT_WITHOUT_SKIP = new ScriptMarkers<>(HUNK, START, DELETE, INSERT);

    public ScriptMarkers {
        Objects.requireNonNull(hunk, "hunk");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(delete, "delete");
        Objects.requireNonNull(insert, "insert");
        java.util.List<T> all = new java.util.ArrayList<>(List.of(hunk, start, delete, insert));
        if (skip != null) {
            all.add(skip);
        }
        if (new java.util.HashSet<>(all).size() != all.size()) {
            throw new IllegalArgumentException("the script markers must differ: " + all);
        }
    }

    /** Four markers, no skip: every deleted token is listed. */
    public ScriptMarkers(T hunk, T start, T delete, T insert) {
        this(hunk, start, delete, insert, null);
    }

    /** Whether {@code token} is one of the markers. */
    public boolean isMarker(T token) {
        return hunk.equals(token) || start.equals(token) || delete.equals(token) || insert.equals(token)
                || (skip != null && skip.equals(token));
    }
}
