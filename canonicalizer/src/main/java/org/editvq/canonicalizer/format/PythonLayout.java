package org.editvq.canonicalizer.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.editvq.canonicalizer.python.PythonCanonicalizer;

/**
 * Python laid out from canonical tokens: one line per {@code NEWLINE}, four spaces per open {@code INDENT}
 * (a {@code DEDENT} closes one; more {@code DEDENT}s than open levels are ignored), PEP 8 blank lines (two
 * around top-level functions and classes, one between methods) and PEP 8 spacing: none
 * after an opening or before a closing bracket, before {@code ,}, {@code :} or {@code ;}, around {@code .},
 * between a callee and its {@code (} or {@code [}, after a unary operator, around the {@code =} of a keyword
 * argument or default; one space elsewhere. Only spaces are chosen, never tokens: wherever two tokens could
 * lex as one, a space stays.
 */
final class PythonLayout {

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
    /** Keywords that are values: an operator after them is binary. */
    private static final Set<String> VALUES = Set.of("False", "None", "True");
    private static final Set<String> OPENING = Set.of("(", "[", "{");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ")", "]", "}", ":", ";");
    /** Operators that are unary where an operand is expected; {@code *} and {@code **} only in argument lists. */
    private static final Set<String> UNARY = Set.of("-", "+", "~");
    private static final Set<String> STARS = Set.of("*", "**");
    private static final String INDENT = "    ";

    private PythonLayout() {
    }

    static String layOut(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        Deque<String> brackets = new ArrayDeque<>();
        int depth = 0;
        boolean lineStart = true;
        String prev = null;
        boolean prevUnary = false;
        List<Line> lines = new ArrayList<>();
        for (String t : tokens) {
            switch (t) {
                case PythonCanonicalizer.NEWLINE -> {
                    sb.append('\n');
                    lineStart = true;
                    brackets.clear();
                    prev = null;
                    prevUnary = false;
                    continue;
                }
                case PythonCanonicalizer.INDENT -> {
                    depth++;
                    continue;
                }
                case PythonCanonicalizer.DEDENT -> {
                    depth = Math.max(0, depth - 1);
                    continue;
                }
                default -> {
                }
            }
            if (lineStart) {
                blankLines(sb, lines, depth, t);
                sb.append(INDENT.repeat(depth));
                lines.add(new Line(depth, t));
            } else if (space(prev, prevUnary, t, brackets.peek())) {
                sb.append(' ');
            }
            sb.append(t);
            lineStart = false;
            boolean operandExpected = prev == null || OPENING.contains(prev) || prev.equals(",")
                    || prev.equals(":") || KEYWORDS.contains(prev) && !VALUES.contains(prev)
                    || !(isWord(prev) || prev.equals(")") || prev.equals("]") || prev.equals("}"));
            boolean unary = UNARY.contains(t) && operandExpected
                    || STARS.contains(t) && (prev == null || prev.equals("(") || prev.equals(",") || prev.equals("[")
                    || prev.equals("{"))
                    || t.equals("@") && prev == null;
            if (OPENING.contains(t)) {
                brackets.push(t);
            } else if ((t.equals(")") || t.equals("]") || t.equals("}")) && !brackets.isEmpty()) {
                brackets.pop();
            }
            prev = t;
            prevUnary = unary;
        }
        if (!lineStart) {
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A laid-out line: its indentation depth and first token. */
    private record Line(int depth, String first) {
    }

    private static boolean definition(String first) {
        return first.equals("def") || first.equals("class") || first.equals("async") || first.equals("@");
    }

    /**
     * PEP 8 blank lines before a line starting with {@code first} at {@code depth}: two around top-level
     * functions and classes, one between methods; none after a decorator or a block header.
     */
    private static void blankLines(StringBuilder sb, List<Line> lines, int depth, String first) {
        if (lines.isEmpty()) {
            return;
        }
        Line previous = lines.get(lines.size() - 1);
        int blanks = 0;
        if (definition(first)) {
            if (!previous.first().equals("@")) {
                blanks = depth == 0 ? 2 : previous.depth() < depth ? 0 : 1;
            }
        } else if (depth == 0 && previous.depth() > 0) {
            // leaving a block: two blank lines when it was a top-level function or class
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).depth() == 0) {
                    blanks = definition(lines.get(i).first()) ? 2 : 0;
                    break;
                }
            }
        }
        sb.append("\n".repeat(blanks));
    }

    private static boolean space(String prev, boolean prevUnary, String t, String bracket) {
        if (NO_SPACE_BEFORE.contains(t) || OPENING.contains(prev)) {
            return false;
        }
        if (t.equals(".")) {
            // 1 .real: a number followed by a dot would lex as a float; from . import x keeps its spaces
            return isNumber(prev) || KEYWORDS.contains(prev);
        }
        if (prev.equals(".")) {
            return KEYWORDS.contains(t);
        }
        if (t.equals("(") || t.equals("[")) {
            return !(isName(prev) || prev.equals(")") || prev.equals("]") || prev.equals("}") || isString(prev));
        }
        if (prev.equals(":") && "[".equals(bracket)) {
            return false; // a[i:j]
        }
        if ("(".equals(bracket) && (t.equals("=") || prev.equals("="))) {
            return false; // f(x, end=''), def f(a=1)
        }
        if (prevUnary && (isWord(t) || OPENING.contains(t) || t.startsWith("."))) {
            return false;
        }
        return true;
    }

    /** A name, keyword, number or string: a token that would run into a neighbouring word without a space. */
    static boolean isWord(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        return Character.isLetterOrDigit(c) || c == '_' || c == '"' || c == '\'';
    }

    private static boolean isName(String token) {
        return token != null && !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_')
                && !KEYWORDS.contains(token) && !isString(token);
    }

    private static boolean isNumber(String token) {
        return token != null && !token.isEmpty() && Character.isDigit(token.charAt(0));
    }

    /** A string literal, prefixes included ({@code rb'...'}). */
    private static boolean isString(String token) {
        int i = 0;
        while (i < token.length() && i < 3 && Character.isLetter(token.charAt(i))) {
            i++;
        }
        return i < token.length() && (token.charAt(i) == '"' || token.charAt(i) == '\'');
    }
}
