package org.editvq.canonicalizer.format;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.editvq.canonicalizer.CanonicalSequenceBuilder;
import org.editvq.core.data.Language;

/**
 * Lays out a token sequence as the language's own formatted code. The tokens are source texts (the
 * canonicalizer's {@code IdentifierMap.originals()}, or decoded tokens with the user's names put back);
 * the token {@code STRING} becomes the literal {@code "STRING"}, as in {@code Canonicalizer.render}.
 *
 * <ul>
 *   <li><b>Java</b>: the tokens joined by spaces (which lexes exactly as the tokens) are parsed with
 *       JavaParser (Java 17, else Java 8, as the canonicalizer) and printed by JavaParser's pretty printer:
 *       four-space indentation, {@code for (int i = 0; i < n; i++) {} headers whole, one statement per line.
 *       The printer normalizes a few spellings that mean the same ({@code int a[]} is printed
 *       {@code int[] a}). Text that does not parse is laid out from its tokens instead: Java spacing, a line
 *       break after <code>{</code>, <code>}</code> and a {@code ;} outside parentheses (so {@code for} headers
 *       stay whole), indentation by braces.</li>
 *   <li><b>Python</b>: one line per {@code NEWLINE}, four spaces per open {@code INDENT}, PEP 8 spacing
 *       (none inside brackets, before {@code , : )} or around a keyword argument's {@code =}).</li>
 * </ul>
 *
 * <p>Every result carries the {@link ParseChecker} verdict on exactly the text returned. Stateless and
 * thread-safe.
 */
public final class CodeFormatter {

    private CodeFormatter() {
    }

    /** {@code tokens} as formatted {@code language} code. */
    public static FormattedCode format(Language language, List<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return switch (Objects.requireNonNull(language, "language")) {
            case JAVA -> java(tokens);
            case PYTHON -> python(tokens);
        };
    }

    private static FormattedCode java(List<String> tokens) {
        Optional<CompilationUnit> unit = ParseChecker.parseJava(String.join(" ", literals(tokens)));
        if (unit.isPresent()) {
            String printed = prettyPrint(unit.get());
            ParseCheck check = ParseChecker.check(Language.JAVA, printed);
            if (check.ok()) {
                return new FormattedCode(printed, FormattedCode.Layout.PRETTY_PRINTED, check);
            }
        }
        String laidOut = JavaLayout.layOut(literals(tokens));
        return new FormattedCode(laidOut, FormattedCode.Layout.TOKEN_LAYOUT, ParseChecker.check(Language.JAVA, laidOut));
    }

    private static FormattedCode python(List<String> tokens) {
        String laidOut = PythonLayout.layOut(literals(tokens));
        return new FormattedCode(laidOut, FormattedCode.Layout.TOKEN_LAYOUT,
                ParseChecker.check(Language.PYTHON, laidOut));
    }

    /** JavaParser's pretty printer with comments off (canonical tokens have none) and 4-space indentation. */
    static String prettyPrint(CompilationUnit unit) {
        DefaultPrinterConfiguration configuration = new DefaultPrinterConfiguration();
        configuration.removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS));
        configuration.removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_JAVADOC));
        return new DefaultPrettyPrinter(configuration).print(unit);
    }

    private static List<String> literals(List<String> tokens) {
        return tokens.stream().map(t -> t.equals(CanonicalSequenceBuilder.STRING) ? "\"STRING\"" : t).toList();
    }
}
