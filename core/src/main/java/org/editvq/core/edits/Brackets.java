package org.editvq.core.edits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The structural check behind {@link EditScripts#applyWellFormed}: whether the brackets of a
 * canonical token sequence nest. Language-neutral over editvq's canonical tokens: {@code ( )},
 * {@code [ ]}, {@code { }} and Python's layout tokens {@code INDENT DEDENT} (string and character
 * literals are single tokens, so a bracket inside one is not a token of its own). A sequence whose
 * brackets nest is not necessarily a program, but a sequence whose brackets do not nest is never
 * one, in Java or in Python.
 */
public final class Brackets {
    private static final Map<String, String> CLOSING = Map.of(")", "(", "]", "[", "}", "{", "DEDENT", "INDENT");

    private Brackets() {
    }

    /** True when every closing bracket closes the innermost open one of its kind and none is left open. */
    public static boolean wellNested(List<String> tokens) {
        Deque<String> open = new ArrayDeque<>();
        for (String t : tokens) {
            if (CLOSING.containsValue(t)) {
                open.push(t);
            } else {
                String opening = CLOSING.get(t);
                if (opening != null && (open.isEmpty() || !open.pop().equals(opening))) {
                    return false;
                }
            }
        }
        return open.isEmpty();
    }
}
