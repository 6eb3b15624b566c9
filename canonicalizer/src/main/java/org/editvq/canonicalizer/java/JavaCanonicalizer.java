package org.editvq.canonicalizer.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.PackageDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editvq.canonicalizer.CanonicalSequenceBuilder;
import org.editvq.canonicalizer.IdentifierKind;
import org.editvq.canonicalizer.LargeStack;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationProblem;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;

/**
 * Canonicalizes Java (up to Java 17) with JavaParser, following the paper's Table 2: the program's
 * variables become {@code v}, its methods {@code f}, its types {@code T}, string, text-block and
 * character literals {@code STRING}; keywords, operators, separators, numbers and library names
 * ({@code Scanner}, {@code nextInt}, {@code Math}, {@code println}) are kept. Comments are dropped, the
 * {@code package} declaration is dropped (it only names the file's place), imports are kept (they name
 * the libraries used). See {@code docs/canonicalizer.md}.
 *
 * <p>Immutable and thread-safe: every call builds its own parser.
 */
public final class JavaCanonicalizer implements Canonicalizer {

    /** The Java language level the parser is set to. */
    public static final LanguageLevel LANGUAGE_LEVEL = LanguageLevel.JAVA_17;

    /**
     * The level tried when a program is not valid Java 17: old submissions may use what Java 9 and later
     * forbid (such as {@code _} as a name). Problems are reported from the Java 17 attempt.
     */
    public static final LanguageLevel FALLBACK_LANGUAGE_LEVEL = LanguageLevel.JAVA_8;

    /** Where JavaParser's lexical errors say they are (they carry no location of their own). */
    private static final Pattern LEXICAL_AT = Pattern.compile("at line (\\d+), column (\\d+)");

    /** A Java canonicalizer. */
    public JavaCanonicalizer() {
    }

    @Override
    public Language language() {
        return Language.JAVA;
    }

    /**
     * A parser configuration with the language level set explicitly (JavaParser's default is older) and
     * {@code \\uXXXX} escapes translated before lexing, as the Java language specifies (JLS 3.3): without
     * it {@code \\u0061bc} and {@code abc} are different identifiers to the parser, though they are one
     * variable to the compiler.
     */
    public static ParserConfiguration parserConfiguration() {
        return parserConfiguration(LANGUAGE_LEVEL);
    }

    private static ParserConfiguration parserConfiguration(LanguageLevel level) {
        return new ParserConfiguration().setLanguageLevel(level).setPreprocessUnicodeEscapes(true);
    }

    @Override
    public CanonicalizationResult canonicalize(String source, CanonicalizationMode mode) {
        // parsing and the tree walks recurse per nesting level: LargeStack runs them where the stack is large
        return LargeStack.canonicalize(source, mode, JavaCanonicalizer::canonicalizeParsed);
    }

    private static CanonicalizationResult canonicalizeParsed(String source, CanonicalizationMode mode) {
        ParseResult<CompilationUnit> parsed = new JavaParser(parserConfiguration()).parse(source);
        if (!parsed.isSuccessful()) {
            // Code Jam era programs may use what Java 9+ forbids (e.g. '_' as a name): accept them as Java 8
            ParseResult<CompilationUnit> legacy = new JavaParser(parserConfiguration(FALLBACK_LANGUAGE_LEVEL))
                    .parse(source);
            if (legacy.isSuccessful()) {
                parsed = legacy;
            }
        }
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            List<CanonicalizationProblem> problems = new ArrayList<>();
            for (Problem p : parsed.getProblems()) {
                problems.add(toProblem(p));
            }
            if (problems.isEmpty()) {
                problems.add(CanonicalizationProblem.unlocated("unparsable Java"));
            }
            return CanonicalizationResult.failure(problems);
        }
        CanonicalSequenceBuilder out = new CanonicalSequenceBuilder(mode);
        emit(parsed.getResult().get(), out);
        if (out.size() == 0) {
            return CanonicalizationResult.failure(List.of(
                    CanonicalizationProblem.unlocated("no code (only comments, whitespace or a package declaration)")));
        }
        return out.build();
    }

    /** Appends the canonical tokens of a parsed unit: package declaration skipped, shift operators joined. */
    private static void emit(CompilationUnit unit, CanonicalSequenceBuilder out) {
        Map<JavaToken, IdentifierKind> kinds = JavaIdentifierClassifier.classify(unit);
        Map<JavaToken, JavaToken> shifts = ShiftOperators.find(unit);
        Optional<TokenRange> packageTokens = unit.getPackageDeclaration().flatMap(PackageDeclaration::getTokenRange);
        JavaToken skipUntil = null;
        JavaToken shiftEnd = null;
        StringBuilder shiftText = new StringBuilder();
        for (JavaToken token : unit.getTokenRange().orElse(TokenRange.INVALID)) {
            if (skipUntil == null && packageTokens.isPresent() && token == packageTokens.get().getBegin()) {
                skipUntil = packageTokens.get().getEnd();
            }
            if (skipUntil != null) {
                if (token == skipUntil) {
                    skipUntil = null;
                }
                continue;
            }
            if (shiftEnd == null && shifts.containsKey(token)) {
                shiftEnd = shifts.get(token);
                shiftText.setLength(0);
            }
            if (shiftEnd != null) {
                if (!token.getCategory().isWhitespaceOrComment()) {
                    shiftText.append(token.getText());
                }
                if (token == shiftEnd) {
                    out.verbatim(shiftText.toString());
                    shiftEnd = null;
                }
                continue;
            }
            append(token, kinds, out);
        }
    }

    private static void append(JavaToken token, Map<JavaToken, IdentifierKind> kinds, CanonicalSequenceBuilder out) {
        if (token.getKind() == JavaToken.Kind.EOF.getKind()) {
            return;
        }
        JavaToken.Category category = token.getCategory();
        if (category.isWhitespaceOrComment()) {
            return;
        }
        String text = token.getText();
        if (category.isLiteral() && isStringLike(token)) {
            out.stringLiteral(text);
            return;
        }
        if (category.isIdentifier()) {
            IdentifierKind kind = kinds.get(token);
            if (kind != null) {
                out.identifier(kind, text);
            } else {
                out.keptName(text);
            }
            return;
        }
        out.verbatim(text);
    }

    private static boolean isStringLike(JavaToken token) {
        int kind = token.getKind();
        return kind == JavaToken.Kind.STRING_LITERAL.getKind()
                || kind == JavaToken.Kind.TEXT_BLOCK_LITERAL.getKind()
                || kind == JavaToken.Kind.CHARACTER_LITERAL.getKind();
    }

    /**
     * A parser problem at its line and column. Parse errors carry a token range; lexical errors
     * ("Lexical error at line 3, column 18. Encountered: ...") carry none, so their position is read from
     * the message.
     */
    static CanonicalizationProblem toProblem(Problem problem) {
        Optional<Position> at = problem.getLocation().flatMap(r -> r.getBegin().getRange()).map(r -> r.begin);
        String message = problem.getMessage().lines().findFirst().orElse("syntax error");
        if (at.isEmpty()) {
            Matcher m = LEXICAL_AT.matcher(message);
            if (m.find()) {
                at = Optional.of(new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        }
        return at.map(p -> new CanonicalizationProblem(Math.max(0, p.line), Math.max(0, p.column), message))
                .orElseGet(() -> CanonicalizationProblem.unlocated(message));
    }

    /**
     * Renders tokens as Java text: tokens separated by spaces, a line break after {@code ;}, <code>{</code> and
     * <code>}</code>, and {@code STRING} as the literal {@code "STRING"}, so that canonical output parses again.
     */
    @Override
    public String render(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String token : tokens) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append(' ');
            }
            sb.append(token.equals(CanonicalSequenceBuilder.STRING) ? "\"STRING\"" : token);
            if (token.equals(";") || token.equals("{") || token.equals("}")) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
