package org.editvq.canonicalizer.format;

import java.util.Objects;

/**
 * A token sequence laid out as code, and whether exactly this text parses.
 *
 * @param code   the text shown to the user
 * @param layout how the text was laid out
 * @param parse  the parse check of {@code code} itself
 */
public record FormattedCode(String code, Layout layout, ParseCheck parse) {
    /** How a token sequence became text. */
    public enum Layout {
        /** Parsed and printed by the language's pretty printer (Java: JavaParser). */
        PRETTY_PRINTED,
        /**
         * Laid out from the tokens alone: spacing by token kinds, lines and indentation from the layout tokens
         * (Python) or from braces and statement ends (Java that does not parse).
         */
        TOKEN_LAYOUT
    }

    public FormattedCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(parse, "parse");
    }

    /** Whether {@link #code()} parses. */
    public boolean parses() {
        return parse.ok();
    }
}
