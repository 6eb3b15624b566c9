package org.editvq.canonicalizer.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Java laid out from its tokens alone, for text JavaParser cannot parse (so no pretty printer can print it):
 * Java spacing by token kinds, a line break after <code>{</code>, after <code>}</code> (unless {@code else},
 * {@code catch}, {@code finally}, {@code )}, {@code ;} or {@code ,} follows) and after a {@code ;} outside
 * parentheses (of the innermost block, so that an unclosed parenthesis does not join the lines of the following
 * blocks), so that {@code for (int i = 0; i < n; i++)} stays on one line; four spaces per open brace, and a
 * blank line after the imports and before each member of a class, interface or enum body (as JavaParser's
 * printer does, so that diffs against pretty-printed code show the changes, not the layouts).
 * Only spaces are chosen, never tokens: wherever two tokens could lex as one, a space stays.
 */
final class JavaLayout {

    static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null");
    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "double", "float", "int", "long",
            "short", "void");
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final",
            "abstract", "synchronized", "native", "default");
    /** Keywords after which an operator starts an operand ({@code return -x}). */
    private static final Set<String> BEFORE_OPERAND = Set.of("return", "case", "throw", "assert", "else", "do");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(";", ",", ")", "]", ".", "::", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", ".", "@", "::");
    /** Tokens that stay on the line of a closing brace. */
    private static final Set<String> AFTER_CLOSE_SAME_LINE = Set.of("else", "catch", "finally", ")", ";", ",");
    private static final Set<String> IN_TYPE_ARGUMENTS = Set.of(",", ".", "?", "&", "[", "]", "extends", "super");
    private static final String INDENT = "    ";

    private JavaLayout() {
    }

    static String layOut(List<String> tokens) {
        int n = tokens.size();
        boolean[] angle = typeArgumentBrackets(tokens);
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        int parens = 0;
        boolean lineStart = true;
        String lineFirst = null;
        int lineTokens = 0;
        String prev = null;
        boolean prevAngle = false;
        boolean prevPrefix = false;
        boolean prevPostfix = false;
        Deque<Integer> outerParens = new ArrayDeque<>();
        Deque<Boolean> typeBodies = new ArrayDeque<>(); // per open brace: whether it opens a class, interface or enum
        boolean lineHasType = false;
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i);
            if (t.equals("}")) {
                depth = Math.max(0, depth - 1);
                if (!lineStart) {
                    lineStart = newline(sb);
                }
            }
            if (lineStart) {
                if (!t.equals("}") && Boolean.TRUE.equals(typeBodies.peek())
                        || depth == 0 && "import".equals(lineFirst) && !t.equals("import")) {
                    sb.append('\n'); // a blank line after the imports and before each member of a type
                }
                lineHasType = false;
                sb.append(INDENT.repeat(depth));
                lineFirst = t;
                lineTokens = 0;
            } else if (space(prev, prevAngle, prevPrefix, t, angle[i], lineFirst, lineTokens)) {
                sb.append(' ');
            }
            sb.append(t);
            lineStart = false;
            lineTokens++;
            boolean postfix = (t.equals("++") || t.equals("--")) && (isName(prev) || ")".equals(prev)
                    || "]".equals(prev));
            boolean prefix = switch (t) {
                case "!", "~" -> true;
                case "++", "--" -> !postfix;
                case "-", "+" -> prev == null || BEFORE_OPERAND.contains(prev)
                        || !(isWord(prev) || prev.equals(")") || prev.equals("]") || prevAngle || prevPostfix);
                default -> false;
            };
            switch (t) {
                case "(" -> parens++;
                case ")" -> parens = Math.max(0, parens - 1);
                case "class", "interface", "enum" -> lineHasType = true;
                case "{" -> {
                    depth++;
                    typeBodies.push(lineHasType);
                    outerParens.push(parens); // a block inside parentheses (lambda, anonymous class) has statements
                    parens = 0;
                    lineStart = newline(sb);
                }
                case "}" -> {
                    parens = outerParens.isEmpty() ? 0 : outerParens.pop();
                    typeBodies.poll();
                    if (i + 1 >= n || !AFTER_CLOSE_SAME_LINE.contains(tokens.get(i + 1))) {
                        lineStart = newline(sb);
                    }
                }
                case ";" -> {
                    if (parens == 0) {
                        lineStart = newline(sb);
                    }
                }
                default -> {
                }
            }
            prev = t;
            prevAngle = angle[i];
            prevPrefix = prefix;
            prevPostfix = postfix;
        }
        if (!lineStart) {
            newline(sb);
        }
        return sb.toString();
    }

    /** Ends the line (dropping trailing blanks); always true, the new line-start state. */
    private static boolean newline(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
        return true;
    }

    private static boolean space(String prev, boolean prevAngle, boolean prevPrefix, String t, boolean angle,
                                 String lineFirst, int lineTokens) {
        if (NO_SPACE_BEFORE.contains(t) || NO_SPACE_AFTER.contains(prev)) {
            return false;
        }
        if (angle) {
            // List<Integer>, Map<K, List<V>>, new ArrayList<>(); but public <T> void f()
            return t.equals("<") && !isName(prev) && !prev.equals(".") && !prevAngle;
        }
        if (prevAngle) {
            if (prev.equals("<")) {
                return false;
            }
            return !(t.equals("(") || t.equals("["));
        }
        if (t.equals("(")) {
            return !(isName(prev) || prev.equals("this") || prev.equals("super"));
        }
        if (t.equals("[")) {
            return !(isWord(prev) || prev.equals(")") || prev.equals("]"));
        }
        if ((t.equals("++") || t.equals("--")) && (isName(prev) || prev.equals(")") || prev.equals("]"))) {
            return false;
        }
        if (prevPrefix && (isWord(t) || t.equals("("))) {
            return false;
        }
        if (t.equals(":") && (lineTokens == 1 && isName(lineFirst)
                || lineFirst.equals("case") || lineFirst.equals("default"))) {
            return false; // a label, case 1:, default:
        }
        return true;
    }

    /** Which {@code <} and {@code >} tokens bracket type arguments or parameters (not comparisons). */
    static boolean[] typeArgumentBrackets(List<String> tokens) {
        int n = tokens.size();
        boolean[] angle = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!tokens.get(i).equals("<") || i == 0) {
                continue;
            }
            String before = tokens.get(i - 1);
            if (!(isName(before) || before.equals(".") || MODIFIERS.contains(before))) {
                continue;
            }
            int depth = 0;
            for (int j = i; j < n && j < i + 64; j++) {
                String s = tokens.get(j);
                if (s.equals("<")) {
                    depth++;
                } else if (s.equals(">")) {
                    depth--;
                    if (depth == 0) {
                        for (int k = i; k <= j; k++) {
                            angle[k] = tokens.get(k).equals("<") || tokens.get(k).equals(">");
                        }
                        i = j;
                        break;
                    }
                } else if (!(isName(s) || PRIMITIVES.contains(s) || IN_TYPE_ARGUMENTS.contains(s))) {
                    break;
                }
            }
        }
        return angle;
    }

    /** A name, keyword, number or literal: a token that would run into a neighbouring word without a space. */
    static boolean isWord(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        return Character.isJavaIdentifierStart(c) || Character.isDigit(c) || c == '"' || c == '\'';
    }

    /** An identifier that is not a keyword. */
    static boolean isName(String token) {
        return token != null && !token.isEmpty() && Character.isJavaIdentifierStart(token.charAt(0))
                && !KEYWORDS.contains(token);
    }
}
