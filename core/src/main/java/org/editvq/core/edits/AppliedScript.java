package org.editvq.core.edits;

import java.util.List;

/**
 * The result of applying an edit script to a program x: x with every hunk that applied.
 *
 * @param program the edited program
 * @param origin  for each token of {@code program}, its index in x, or -1 for an inserted token
 *                (lets a caller keep x's own text for every untouched token)
 * @param hunks   hunks in the script
 * @param applied hunks that matched exactly one place of x and were applied
 * @param dropped hunks that were malformed, matched no place or several places, or were left out to
 *                keep the result well formed, and were skipped
 * @param unbalanced of the dropped hunks, those that applied but were left out because the result
 *                would not have been well formed ({@link EditScripts#applyWellFormed}); 0 for
 *                {@link EditScripts#apply}
 * @param <T>     token type
 */
public record AppliedScript<T>(List<T> program, int[] origin, int hunks, int applied, int dropped, int unbalanced) {
    public AppliedScript {
        program = List.copyOf(program);
        origin = origin.clone();
        if (origin.length != program.size()) {
            throw new IllegalArgumentException("origin has " + origin.length + " entries for " + program.size()
                    + " tokens");
        }
        if (hunks != applied + dropped || applied < 0 || dropped < 0) {
            throw new IllegalArgumentException("hunks " + hunks + " != applied " + applied + " + dropped " + dropped);
        }
        if (unbalanced < 0 || unbalanced > dropped) {
            throw new IllegalArgumentException("unbalanced hunks " + unbalanced + " outside 0.." + dropped);
        }
    }

    /** The origin indices (a copy). */
    @Override
    public int[] origin() {
        return origin.clone();
    }
}
