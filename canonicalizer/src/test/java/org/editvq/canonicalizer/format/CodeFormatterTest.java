package org.editvq.canonicalizer.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.canonicalizer.testing.GoogleJam4;
import org.editvq.canonicalizer.testing.Goldens;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Golden files of {@link CodeFormatter}: a fixture under {@code src/test/resources/format/<language>/} is
 * canonicalized, its {@code originals()} (the program in the user's names, as {@code editvq suggest} shows
 * the input) are formatted, and the text must equal {@code <fixture>.formatted}, parse, and canonicalize to
 * the fixture's own tokens. {@code -Deditvq.regenerateGoldens=true} rewrites the expected files (review the
 * diff before committing).
 */
class CodeFormatterTest {

    private static final Path ROOT = Path.of("src", "test", "resources", "format");

    static List<Path> fixtures() throws IOException {
        try (var files = Files.list(ROOT.resolve("java")); var py = Files.list(ROOT.resolve("python"))) {
            List<Path> all = new ArrayList<>(files.filter(p -> p.toString().endsWith(".java")).sorted().toList());
            all.addAll(py.filter(p -> p.toString().endsWith(".py")).sorted().toList());
            return all;
        }
    }

    private static Language language(Path fixture) {
        return fixture.toString().endsWith(".py") ? Language.PYTHON : Language.JAVA;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theUsersProgramFormatsToThePinnedTextWhichParsesAndKeepsItsTokens(Path fixture) throws IOException {
        Language language = language(fixture);
        Canonicalizer canonicalizer = Canonicalizers.forLanguage(language);
        CanonicalizationResult input = canonicalizer.canonicalize(Goldens.read(fixture), CanonicalizationMode.GENERIC);
        assertTrue(input.ok(), input.problems()::toString);
        FormattedCode formatted = CodeFormatter.format(language, input.identifiers().originals());
        Path golden = fixture.resolveSibling(fixture.getFileName() + ".formatted");
        if (Goldens.regenerating()) {
            Files.writeString(golden, formatted.code(), StandardCharsets.UTF_8);
        }
        assertEquals(Goldens.read(golden), formatted.code(), "golden " + golden);
        assertTrue(formatted.parses(), formatted.parse()::firstProblem);
        assertEquals(language == Language.JAVA ? FormattedCode.Layout.PRETTY_PRINTED : FormattedCode.Layout.TOKEN_LAYOUT,
                formatted.layout());
        CanonicalizationResult again = canonicalizer.canonicalize(formatted.code(), CanonicalizationMode.GENERIC);
        if (language == Language.PYTHON) {
            assertEquals(input.tokens(), again.tokens(), "the layout changes no token");
        } else {
            // JavaParser's printer moves C-style array brackets (int a[] -> int[] a) and drops stray ';'
            assertEquals(withoutBracketsAndSemicolons(input.tokens()), withoutBracketsAndSemicolons(again.tokens()),
                    "the printer changes no other token");
        }
        assertEquals(formatted.code(), CodeFormatter.format(language, again.identifiers().originals()).code(),
                "formatting formatted code changes nothing");
    }

    /** Tokens other than {@code [ ] ;}: what JavaParser's printer never moves, adds or drops. */
    private static List<String> withoutBracketsAndSemicolons(List<String> tokens) {
        return tokens.stream().filter(t -> !t.equals("[") && !t.equals("]") && !t.equals(";")).toList();
    }

    @Test
    void javaKeepsForHeadersWholeAndTheUsersNames() {
        String code = format(Path.of("java", "RangeSums.java")).code();
        assertTrue(code.contains("\n        for (int i = 0; i < a.length; i++) {\n"), code);
        assertTrue(code.contains("\n            for (int i = 0; i < n; i++) a[i] = Integer.parseInt(st.nextToken());\n"),
                code);
        assertTrue(code.contains("long[] p = prefix(a);"), code);
        assertFalse(code.contains("package") || code.contains("//") || code.contains("/*"), code);
    }

    @Test
    void pythonLinesComeFromTheLayoutTokensWithTheUsersNames() {
        String code = format(Path.of("python", "range_sums.py")).code();
        assertTrue(code.contains("\nclass Counter:\n    def __init__(self):\n        self.hits = defaultdict(int)\n\n"
                + "    def add(self, key, *rest, **options):\n"), code);
        assertTrue(code.contains("best = max(a[1:n], key=lambda v: -v) if n > 1 else a[0]"), code);
    }

    private static FormattedCode format(Path fixture) {
        Language language = language(fixture);
        CanonicalizationResult r = Canonicalizers.forLanguage(language).canonicalize(
                Goldens.read(ROOT.resolve(fixture)), CanonicalizationMode.GENERIC);
        return CodeFormatter.format(language, r.identifiers().originals());
    }

    @Test
    void canonicalTokensFormatAsCodeToo() {
        List<String> tokens = List.of("class", "T", "{", "int", "f", "(", "int", "v", ")", "{", "System", ".", "out",
                ".", "println", "(", "STRING", "+", "v", ")", ";", "return", "v", "*", "v", ";", "}", "}");
        FormattedCode java = CodeFormatter.format(Language.JAVA, tokens);
        assertEquals("""
                class T {

                    int f(int v) {
                        System.out.println("STRING" + v);
                        return v * v;
                    }
                }
                """, java.code());
        assertTrue(java.parses());
        FormattedCode python = CodeFormatter.format(Language.PYTHON, List.of("def", "f", "(", "v", ")", ":", "NEWLINE",
                "INDENT", "return", "-", "v", "[", "1", ":", "]", "+", "STRING", "NEWLINE", "DEDENT", "print", "(",
                "f", "(", "[", "v", "]", ")", ",", "end", "=", "STRING", ")", "NEWLINE"));
        assertEquals("def f(v):\n    return -v[1:] + \"STRING\"\n\n\nprint(f([v]), end=\"STRING\")\n", python.code());
        assertTrue(python.parses());
    }

    @Test
    void javaThatDoesNotParseIsLaidOutFromItsTokensAndSaysWhy() {
        // an output that lost the ')' closing g(i: the layout still keeps the for header whole
        List<String> tokens = List.of("import", "java", ".", "util", ".", "*", ";", "class", "A", "{", "void", "f", "(", "int", "n", ")", "{", "for", "(", "int", "i",
                "=", "0", ";", "i", "<", "n", ";", "i", "++", ")", "{", "g", "(", "i", ";", "}", "List", "<", "Integer",
                ">", "xs", "=", "new", "ArrayList", "<", ">", "(", ")", ";", "if", "(", "-", "n", ">", "0", ")", "{",
                "}", "else", "{", "n", "--", ";", "}", "}", "}");
        FormattedCode code = CodeFormatter.format(Language.JAVA, tokens);
        assertEquals("""
                import java.util.*;

                class A {

                    void f(int n) {
                        for (int i = 0; i < n; i++) {
                            g(i;
                        }
                        List<Integer> xs = new ArrayList<>();
                        if (-n > 0) {
                        } else {
                            n--;
                        }
                    }
                }
                """, code.code());
        assertEquals(FormattedCode.Layout.TOKEN_LAYOUT, code.layout());
        assertFalse(code.parses());
        assertEquals(7, code.parse().problems().get(0).line(), code.parse()::firstProblem);
        assertEquals(16, code.parse().problems().get(0).column(), code.parse()::firstProblem); // the ';' after g(i
    }

    @Test
    void pythonThatDoesNotParseSaysWhereOnTheShownText() {
        // an indented block without a header
        FormattedCode code = CodeFormatter.format(Language.PYTHON, List.of("x", "=", "1", "NEWLINE", "INDENT", "y",
                "=", "x", "NEWLINE", "DEDENT"));
        assertEquals("x = 1\n    y = x\n", code.code());
        assertFalse(code.parses());
        assertEquals(2, code.parse().problems().get(0).line(), code.parse()::firstProblem);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theTokenLayoutNeverChangesHowTheTokensLex(Path fixture) {
        // what Java falls back to when it does not parse must not change the tokens when it does
        Language language = language(fixture);
        Canonicalizer canonicalizer = Canonicalizers.forLanguage(language);
        CanonicalizationResult input = canonicalizer.canonicalize(Goldens.read(fixture), CanonicalizationMode.GENERIC);
        String laidOut = language == Language.JAVA ? JavaLayout.layOut(input.identifiers().originals())
                : PythonLayout.layOut(input.identifiers().originals());
        assertEquals(input.tokens(), canonicalizer.canonicalize(laidOut, CanonicalizationMode.GENERIC).tokens(), laidOut);
    }

    /**
     * On every tenth googlejam4 submission ({@code -Deditvq.invariantSampleEvery=1}: all): the program in the
     * user's names is pretty-printed, parses, keeps its tokens (but for moved array brackets and dropped stray
     * semicolons: all 1,665 files pass, 8 of them print with such a change), and the token layout lexes as the
     * tokens.
     * Skipped when the corpus is absent.
     */
    @Test
    void googleJam4ProgramsFormatParseAndKeepTheirTokens() throws IOException {
        Optional<Path> tar = GoogleJam4.locate();
        assumeTrue(tar.isPresent(), "googlejam4.tar not found (set -Deditvq.googlejam4=...)");
        int every = Math.max(1, Integer.getInteger("editvq.invariantSampleEvery", 10));
        Canonicalizer java = Canonicalizers.forLanguage(Language.JAVA);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        List<GoogleJam4.Member> members = GoogleJam4.read(tar.get());
        for (int i = 0; i < members.size(); i += every) {
            GoogleJam4.Member m = members.get(i);
            CanonicalizationResult input = java.canonicalize(m.source(), CanonicalizationMode.GENERIC);
            if (!input.ok()) {
                continue;
            }
            checked++;
            FormattedCode formatted = CodeFormatter.format(Language.JAVA, input.identifiers().originals());
            List<String> again = java.canonicalize(formatted.code(), CanonicalizationMode.GENERIC).tokens();
            String laidOut = JavaLayout.layOut(input.identifiers().originals());
            if (formatted.layout() != FormattedCode.Layout.PRETTY_PRINTED || !formatted.parses()) {
                failures.add(m.name() + ": not pretty-printed: " + formatted.parse().firstProblem());
            } else if (!withoutBracketsAndSemicolons(again).equals(withoutBracketsAndSemicolons(input.tokens()))) {
                failures.add(m.name() + ": the printer changed the tokens");
            } else if (!java.canonicalize(laidOut, CanonicalizationMode.GENERIC).tokens().equals(input.tokens())) {
                failures.add(m.name() + ": the token layout changed the tokens");
            }
        }
        LoggerFactory.getLogger(CodeFormatterTest.class).info("googlejam4: {} programs formatted, {} failed", checked,
                failures.size());
        assertTrue(checked > 0);
        assertEquals(List.of(), failures);
    }
}
