package org.editvq.canonicalizer.format;

import java.util.List;
import org.editvq.core.canon.CanonicalizationProblem;

/**
 * Whether a text parses in its language, as a value: no problems means it parses.
 *
 * @param problems the parser's problems with 1-based line and column in the checked text (empty = it parses)
 */
public record ParseCheck(List<CanonicalizationProblem> problems) {
    private static final ParseCheck PARSES = new ParseCheck(List.of());

    public ParseCheck {
        problems = List.copyOf(problems);
    }

    /** The check of a text that parses. */
    public static ParseCheck parses() {
        return PARSES;
    }

    /** Whether the text parsed. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The first problem as {@code line L, column C: message}, or the empty string when the text parses. */
    public String firstProblem() {
        if (problems.isEmpty()) {
            return "";
        }
        CanonicalizationProblem p = problems.get(0);
        return p.line() == 0 ? p.message() : "line " + p.line() + ", column " + p.column() + ": " + p.message();
    }
}
