package org.editvq.canonicalizer.python;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.editvq.canonicalizer.CanonicalSequenceBuilder;
import org.editvq.canonicalizer.IdentifierKind;
import org.editvq.canonicalizer.LargeStack;
import org.editvq.canonicalizer.python.grammar.PythonLexer;
import org.editvq.canonicalizer.python.grammar.PythonParser;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationProblem;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;

/**
 * Canonicalizes Python 3 with editvq's own ANTLR grammar, following the paper's Table 2: names the
 * program binds become {@code v}, its functions {@code f}, its classes {@code T}, every string literal
 * (including f-strings, bytes and triple-quoted strings) {@code STRING}; keywords, operators, numbers,
 * builtins and library names ({@code range}, {@code sorted}, {@code input}, {@code sys}, {@code readline},
 * {@code heapq}) are kept, builtins even where the program rebinds them, and so is everything in an
 * {@code import} statement. Comments are dropped; the
 * layout is kept as {@code NEWLINE}, {@code INDENT} and {@code DEDENT} tokens. See {@code docs/canonicalizer.md}.
 *
 * <p>Immutable and thread-safe: every call builds its own lexer and parser.
 */
public final class PythonCanonicalizer implements Canonicalizer {

    /** The token ending a logical line. */
    public static final String NEWLINE = "NEWLINE";
    /** The token opening an indented block. */
    public static final String INDENT = "INDENT";
    /** The token closing an indented block. */
    public static final String DEDENT = "DEDENT";

    private static final String INDENT_UNIT = "    ";

    /**
     * Python 3's built-in functions and types. They stay as written even where the program assigns them
     * ({@code input = sys.stdin.readline} keeps {@code input}): the name is the efficiency signal. A program
     * that defines one with {@code def} or {@code class} gets {@code f} or {@code T} as for any of its functions.
     */
    public static final Set<String> BUILTINS = Set.of(
            "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
            "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
            "eval", "exec", "exit", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash",
            "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map",
            "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit",
            "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
            "super", "tuple", "type", "vars", "zip");

    /** A Python canonicalizer. */
    public PythonCanonicalizer() {
    }

    @Override
    public Language language() {
        return Language.PYTHON;
    }

    @Override
    public CanonicalizationResult canonicalize(String source, CanonicalizationMode mode) {
        // parsing and the tree walks recurse per nesting level: LargeStack runs them where the stack is large
        return LargeStack.canonicalize(source, mode, PythonCanonicalizer::canonicalizeParsed);
    }

    private static CanonicalizationResult canonicalizeParsed(String source, CanonicalizationMode mode) {
        List<CanonicalizationProblem> problems = new ArrayList<>();
        List<int[]> backquotes = new ArrayList<>();
        BaseErrorListener collect = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                    String message, RecognitionException e) {
                if (message.endsWith("'`'")) {
                    backquotes.add(new int[]{line, column + 1});
                }
                problems.add(new CanonicalizationProblem(Math.max(0, line), Math.max(0, column + 1),
                        pythonWording(offendingSymbol, message)));
            }
        };
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        lexer.addErrorListener(collect);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(collect);
        PythonParser.File_inputContext tree = parser.file_input();
        if (!problems.isEmpty()) {
            tokens.fill();
            return CanonicalizationResult.failure(Python2Syntax.find(tokens.getTokens(), backquotes)
                    .map(List::of).orElse(problems));
        }
        PythonBindings bindings = new PythonBindings();
        bindings.collect(tree);
        bindings.resolveAttributes(name -> bindings.functions.contains(name) || bindings.classes.contains(name)
                || isVariable(name, bindings));
        CanonicalSequenceBuilder out = new CanonicalSequenceBuilder(mode);
        emit(tokens.getTokens(), bindings, out);
        if (out.size() == 0) {
            return CanonicalizationResult.failure(List.of(CanonicalizationProblem.unlocated("no code (only comments or blank lines)")));
        }
        return out.build();
    }

    /** Python's words for errors about layout tokens, the parser's words otherwise. */
    private static String pythonWording(Object offendingSymbol, String message) {
        if (offendingSymbol instanceof Token token && token.getType() == PythonLexer.INDENT) {
            return "unexpected indent";
        }
        if (message.startsWith("missing INDENT")) {
            return "expected an indented block";
        }
        return message;
    }

    /** Bracket kinds on the stack: inside a call of the program's own function or class, or anything else. */
    private enum Bracket { USER_CALL, OTHER }

    private static void emit(List<Token> tokens, PythonBindings bindings, CanonicalSequenceBuilder out) {
        Deque<Bracket> brackets = new ArrayDeque<>();
        IdentifierKind previousKind = null;
        IdentifierKind beforePreviousKind = null;
        Token previous = null;
        Token beforePrevious = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int type = token.getType();
            if (type == Token.EOF || token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            IdentifierKind kind = null;
            switch (type) {
                case PythonLexer.NEWLINE -> out.verbatim(NEWLINE);
                case PythonLexer.INDENT -> out.verbatim(INDENT);
                case PythonLexer.DEDENT -> out.verbatim(DEDENT);
                case PythonLexer.STRING -> out.stringLiteral(token.getText());
                case PythonLexer.NAME -> {
                    kind = bindings.importTokenIndexes.contains(token.getTokenIndex()) ? null
                            : classify(token, previous, beforePrevious, beforePreviousKind, brackets, bindings);
                    if (kind == null) {
                        out.keptName(token.getText());
                    } else {
                        out.identifier(kind, token.getText());
                    }
                }
                default -> {
                    if (type == PythonLexer.OPEN_PAREN) {
                        boolean userCall = previousKind == IdentifierKind.FUNCTION || previousKind == IdentifierKind.TYPE;
                        brackets.push(userCall ? Bracket.USER_CALL : Bracket.OTHER);
                    } else if (type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE) {
                        brackets.push(Bracket.OTHER);
                    } else if ((type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
                            || type == PythonLexer.CLOSE_BRACE) && !brackets.isEmpty()) {
                        brackets.pop();
                    }
                    out.verbatim(token.getText());
                }
            }
            beforePreviousKind = previousKind;
            previousKind = kind;
            beforePrevious = previous;
            previous = token;
        }
    }

    /** The kind of a name token in its context, or null to keep it as written. */
    private static IdentifierKind classify(Token token, Token previous, Token beforePrevious,
                                           IdentifierKind beforePreviousKind, Deque<Bracket> brackets,
                                           PythonBindings bindings) {
        String name = token.getText();
        if (name.length() > 4 && name.startsWith("__") && name.endsWith("__")) {
            return null; // __init__, __name__, __lt__: names the language fixes
        }
        if (previous != null && previous.getType() == PythonLexer.DOT) {
            if (bindings.attributes.contains(name)) {
                return IdentifierKind.VARIABLE;
            }
            // receiver written as a kept name (heapq.heappush, os.path.exists): the library's attribute
            boolean libraryReceiver = beforePrevious != null && beforePrevious.getType() == PythonLexer.NAME
                    && beforePreviousKind == null;
            return bindings.functions.contains(name) && !libraryReceiver ? IdentifierKind.FUNCTION : null;
        }
        boolean keywordArgument = bindings.keywordArgumentTokenIndexes.contains(token.getTokenIndex());
        if (keywordArgument && brackets.peek() != Bracket.USER_CALL) {
            return null; // print(x, end=''), sorted(a, key=...): the library's parameter names
        }
        if (bindings.functions.contains(name)) {
            return IdentifierKind.FUNCTION;
        }
        if (bindings.classes.contains(name)) {
            return IdentifierKind.TYPE;
        }
        return isVariable(name, bindings) ? IdentifierKind.VARIABLE : null;
    }

    private static boolean isVariable(String name, PythonBindings bindings) {
        return bindings.variables.contains(name) && !BUILTINS.contains(name);
    }

    /**
     * Renders tokens as Python: one logical line per {@code NEWLINE}, four spaces per open {@code INDENT},
     * tokens separated by spaces, {@code STRING} as the literal {@code "STRING"}.
     */
    @Override
    public String render(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        boolean lineStart = true;
        for (String token : tokens) {
            switch (token) {
                case NEWLINE -> {
                    sb.append('\n');
                    lineStart = true;
                }
                case INDENT -> depth++;
                case DEDENT -> depth = Math.max(0, depth - 1);
                default -> {
                    if (lineStart) {
                        sb.append(INDENT_UNIT.repeat(depth));
                        lineStart = false;
                    } else {
                        sb.append(' ');
                    }
                    sb.append(token.equals(CanonicalSequenceBuilder.STRING) ? "\"STRING\"" : token);
                }
            }
        }
        return sb.toString();
    }
}
