package org.editvq.canonicalizer.format;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.editvq.canonicalizer.java.JavaCanonicalizer;
import org.editvq.canonicalizer.python.grammar.PythonLexer;
import org.editvq.canonicalizer.python.grammar.PythonParser;
import org.editvq.core.canon.CanonicalizationProblem;
import org.editvq.core.data.Language;

/**
 * Whether a text parses, with the parsers the canonicalizers use, so that "parses" means "the
 * canonicalizer would accept it": Java with JavaParser at {@link JavaCanonicalizer#LANGUAGE_LEVEL} (and,
 * like the canonicalizer, at {@link JavaCanonicalizer#FALLBACK_LANGUAGE_LEVEL} when that fails), Python with
 * editvq's ANTLR grammar. Syntax only: names, types and imports are not resolved. A blank text is a problem
 * (an empty program), as for the canonicalizers. Never throws on bad input; a parser crash is a problem like
 * any other.
 */
public final class ParseChecker {

    private ParseChecker() {
    }

    /** Parses {@code source} as {@code language}. */
    public static ParseCheck check(Language language, String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            return new ParseCheck(List.of(CanonicalizationProblem.unlocated("empty program")));
        }
        return switch (Objects.requireNonNull(language, "language")) {
            case JAVA -> java(source);
            case PYTHON -> python(source);
        };
    }

    /** Parses Java source; the problems are those of the Java 17 attempt when both levels fail. */
    private static ParseCheck java(String source) {
        Optional<CompilationUnit> unit = parseJava(source);
        if (unit.isPresent()) {
            return ParseCheck.parses();
        }
        try {
            ParseResult<CompilationUnit> parsed = new JavaParser(JavaCanonicalizer.parserConfiguration()).parse(source);
            List<CanonicalizationProblem> problems = new ArrayList<>();
            for (Problem p : parsed.getProblems()) {
                problems.add(toProblem(p));
            }
            return new ParseCheck(problems.isEmpty() ? List.of(CanonicalizationProblem.unlocated("unparsable Java"))
                    : problems);
        } catch (RuntimeException | StackOverflowError e) {
            return new ParseCheck(List.of(CanonicalizationProblem.unlocated("parser failed: " + e)));
        }
    }

    /**
     * The compilation unit of {@code source} at Java 17, else at Java 8, or empty when it parses at neither
     * (or the parser crashes).
     */
    static Optional<CompilationUnit> parseJava(String source) {
        try {
            ParseResult<CompilationUnit> parsed = new JavaParser(JavaCanonicalizer.parserConfiguration()).parse(source);
            if (parsed.isSuccessful() && parsed.getResult().isPresent()) {
                return parsed.getResult();
            }
            ParseResult<CompilationUnit> legacy = new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(JavaCanonicalizer.FALLBACK_LANGUAGE_LEVEL)).parse(source);
            return legacy.isSuccessful() ? legacy.getResult() : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** Parses Python source with the project's grammar (the one the canonicalizer uses). */
    private static ParseCheck python(String source) {
        List<CanonicalizationProblem> problems = new ArrayList<>();
        BaseErrorListener collect = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                    String message, RecognitionException e) {
                problems.add(new CanonicalizationProblem(Math.max(0, line), Math.max(0, column + 1), message));
            }
        };
        try {
            PythonLexer lexer = new PythonLexer(CharStreams.fromString(source));
            lexer.removeErrorListeners();
            lexer.addErrorListener(collect);
            PythonParser parser = new PythonParser(new CommonTokenStream(lexer));
            parser.removeErrorListeners();
            parser.addErrorListener(collect);
            parser.file_input();
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(CanonicalizationProblem.unlocated("parser failed: " + e));
        }
        return new ParseCheck(problems);
    }

    /**
     * A JavaParser problem located at the token the parser could not use: JavaParser's range begins at the
     * last token it accepted, the problem is the next token that is not whitespace or a comment.
     */
    private static JavaToken offending(JavaToken lastAccepted) {
        Optional<JavaToken> next = lastAccepted.getNextToken();
        while (next.isPresent() && next.get().getCategory().isWhitespaceOrComment()) {
            next = next.get().getNextToken();
        }
        return next.filter(t -> t.getKind() != JavaToken.Kind.EOF.getKind()).orElse(lastAccepted);
    }

    private static CanonicalizationProblem toProblem(Problem problem) {
        Optional<Position> at = problem.getLocation().map(r -> offending(r.getBegin()))
                .flatMap(JavaToken::getRange).map(r -> r.begin);
        String message = problem.getMessage().lines().findFirst().orElse("syntax error");
        return at.map(p -> new CanonicalizationProblem(Math.max(0, p.line), Math.max(0, p.column), message))
                .orElseGet(() -> CanonicalizationProblem.unlocated(message));
    }
}
