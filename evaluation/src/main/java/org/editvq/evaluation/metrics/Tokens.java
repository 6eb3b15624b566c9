package org.editvq.evaluation.metrics;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whitespace tokenization, the equivalent of sacrebleu's {@code tokenize='none'} followed by Python's
 * {@code str.split()}: runs of (Unicode) whitespace separate tokens, leading and trailing whitespace is
 * ignored, and an empty or blank line has no tokens.
 */
public final class Tokens {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Tokens() {
    }

    /** The whitespace-separated tokens of {@code line}. */
    public static List<String> split(String line) {
        String trimmed = WHITESPACE.matcher(line).replaceAll(" ").strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return List.of(trimmed.split(" "));
    }
}
