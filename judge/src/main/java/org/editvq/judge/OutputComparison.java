package org.editvq.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tolerant comparison of a program's output with an expected output, as Code Jam judges did:
 * tokens are compared after splitting on any whitespace (so line breaks, trailing spaces and
 * blank lines do not matter), {@code Case #} is matched case-insensitively, and two tokens that
 * both parse as numbers, at least one with a fraction or exponent, are equal within an absolute
 * or relative error of {@value #TOLERANCE}.
 */
public final class OutputComparison {
    /** Absolute-or-relative tolerance for floating-point tokens. */
    public static final double TOLERANCE = 1e-6;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private OutputComparison() {
    }

    /** Output split into comparison tokens, {@code case} lower-cased. */
    public static List<String> tokens(String output) {
        List<String> tokens = new ArrayList<>();
        for (String t : WHITESPACE.split(output.strip())) {
            if (t.isEmpty()) {
                continue;
            }
            tokens.add(t.equalsIgnoreCase("case") ? "case" : t);
        }
        return tokens;
    }

    /** Output normalized to single spaces between tokens (used to hash outputs for majority votes). */
    public static String normalize(String output) {
        return String.join(" ", tokens(output));
    }

    /** Compares an output with the expected output. */
    public static CheckResult compare(String expected, String actual) {
        List<String> want = tokens(expected);
        List<String> got = tokens(actual);
        int n = Math.min(want.size(), got.size());
        for (int i = 0; i < n; i++) {
            if (!tokenEquals(want.get(i), got.get(i))) {
                return CheckResult.reject(String.format(Locale.ROOT, "token %d: expected '%s', got '%s'", i + 1,
                        abbreviate(want.get(i)), abbreviate(got.get(i))));
            }
        }
        if (want.size() != got.size()) {
            return CheckResult.reject("expected " + want.size() + " tokens, got " + got.size());
        }
        return CheckResult.accept();
    }

    /** Whether two tokens are equal, numerically with tolerance when either is a floating-point number. */
    public static boolean tokenEquals(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (NUMBER.matcher(expected).matches() && NUMBER.matcher(actual).matches()
                && (isFloating(expected) || isFloating(actual))) {
            double e = Double.parseDouble(expected);
            double a = Double.parseDouble(actual);
            double diff = Math.abs(e - a);
            return diff <= TOLERANCE || diff <= TOLERANCE * Math.abs(e);
        }
        return false;
    }

    private static boolean isFloating(String token) {
        return token.indexOf('.') >= 0 || token.indexOf('e') >= 0 || token.indexOf('E') >= 0;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
