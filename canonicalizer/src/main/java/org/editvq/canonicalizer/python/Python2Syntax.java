package org.editvq.canonicalizer.python;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.editvq.canonicalizer.python.grammar.PythonLexer;
import org.editvq.core.canon.CanonicalizationProblem;

/**
 * Recognises Python 2 constructs in a file that failed to parse as Python 3, so that the problem says
 * "Python 2 syntax is not supported (line 3: print statement)" instead of a parser's "extraneous input".
 * Looked for, in token order: {@code print x} and {@code print >>f, x}, {@code exec "code"},
 * {@code except E, e:}, {@code raise E, "message"}, the {@code <>} operator, backquotes, long integer
 * literals ({@code 10L}), old octal literals ({@code 0777}) and {@code ur""} strings.
 */
final class Python2Syntax {

    private Python2Syntax() {
    }

    /**
     * The first Python 2 construct among the tokens of a file that did not parse, as a problem at its line
     * and column; empty when there is none (the parser's problems then stand).
     *
     * @param tokens          every token the lexer produced (all channels)
     * @param lexerBackquotes 1-based lines where the lexer met a backquote, in order, or empty
     */
    static Optional<CanonicalizationProblem> find(List<Token> tokens, List<int[]> lexerBackquotes) {
        List<Token> code = tokens.stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL
                && t.getType() != Token.EOF).toList();
        for (int i = 0; i < code.size(); i++) {
            Token t = code.get(i);
            Token next = i + 1 < code.size() ? code.get(i + 1) : null;
            int[] backquote = lexerBackquotes.isEmpty() ? null : lexerBackquotes.get(0);
            if (backquote != null && (backquote[0] < t.getLine()
                    || (backquote[0] == t.getLine() && backquote[1] <= t.getCharPositionInLine() + 1))) {
                return Optional.of(problem(backquote[0], backquote[1], "backquote repr"));
            }
            String what = construct(code, i, t, next);
            if (what != null) {
                return Optional.of(problem(t.getLine(), t.getCharPositionInLine() + 1, what));
            }
        }
        if (!lexerBackquotes.isEmpty()) {
            return Optional.of(problem(lexerBackquotes.get(0)[0], lexerBackquotes.get(0)[1], "backquote repr"));
        }
        return Optional.empty();
    }

    private static String construct(List<Token> code, int i, Token t, Token next) {
        int type = t.getType();
        boolean statementStart = i == 0 || startsStatement(code.get(i - 1).getType());
        if (type == PythonLexer.NAME && next != null && statementStart) {
            int n = next.getType();
            if (t.getText().equals("print") && (n == PythonLexer.NAME || n == PythonLexer.NUMBER
                    || n == PythonLexer.STRING || n == PythonLexer.RSHIFT || n == PythonLexer.NONE
                    || n == PythonLexer.TRUE || n == PythonLexer.FALSE)) {
                return "print statement";
            }
            if (t.getText().equals("exec") && (n == PythonLexer.NAME || n == PythonLexer.STRING)) {
                return "exec statement";
            }
        }
        if (type == PythonLexer.EXCEPT && commaBefore(code, i + 1, PythonLexer.COLON)) {
            return "except E, e";
        }
        if (type == PythonLexer.RAISE && commaBefore(code, i + 1, PythonLexer.NEWLINE)) {
            return "raise E, value";
        }
        if (next != null && adjacent(t, next)) {
            if (type == PythonLexer.LESS && next.getType() == PythonLexer.GREATER) {
                return "<> operator";
            }
            if (type == PythonLexer.NUMBER && next.getType() == PythonLexer.NAME
                    && (next.getText().equals("L") || next.getText().equals("l"))) {
                return "long integer literal " + t.getText() + next.getText();
            }
            if (type == PythonLexer.NUMBER && t.getText().equals("0") && next.getType() == PythonLexer.NUMBER
                    && Character.isDigit(next.getText().charAt(0))) {
                return "octal literal 0" + next.getText();
            }
            if (type == PythonLexer.NAME && next.getType() == PythonLexer.STRING
                    && t.getText().equalsIgnoreCase("ur")) {
                return "ur string prefix";
            }
        }
        return null;
    }

    private static boolean startsStatement(int previousType) {
        return previousType == PythonLexer.NEWLINE || previousType == PythonLexer.INDENT
                || previousType == PythonLexer.DEDENT || previousType == PythonLexer.SEMI
                || previousType == PythonLexer.COLON;
    }

    /** Whether a comma outside brackets comes before the first {@code end} token outside brackets. */
    private static boolean commaBefore(List<Token> code, int from, int end) {
        int depth = 0;
        for (int j = from; j < code.size(); j++) {
            int type = code.get(j).getType();
            if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE) {
                depth++;
            } else if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
                    || type == PythonLexer.CLOSE_BRACE) {
                depth--;
            } else if (depth == 0 && type == PythonLexer.COMMA) {
                return true;
            } else if (depth <= 0 && (type == end || type == PythonLexer.NEWLINE)) {
                return false;
            }
        }
        return false;
    }

    private static boolean adjacent(Token a, Token b) {
        return a.getStopIndex() + 1 == b.getStartIndex();
    }

    private static CanonicalizationProblem problem(int line, int column, String what) {
        return new CanonicalizationProblem(line, column, "Python 2 syntax is not supported (line " + line + ": "
                + what + ")");
    }
}
