package org.editvq.canonicalizer.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.canonicalizer.testing.Goldens;
import org.editvq.canonicalizer.testing.Invariants;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationProblem;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Conventions, layout tokens, invariants and malformed input for the Python canonicalizer. */
class PythonCanonicalizerTest {

    private final Canonicalizer canonicalizer = Canonicalizers.forLanguage(Language.PYTHON);

    static List<Path> fixtures() {
        return Goldens.inputs("python", "py");
    }

    private String generic(String source) {
        CanonicalizationResult result = canonicalizer.canonicalize(source, CanonicalizationMode.GENERIC);
        assertTrue(result.ok(), () -> result.problems().toString());
        return result.text();
    }

    private String indexed(String source) {
        CanonicalizationResult result = canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED);
        assertTrue(result.ok(), () -> result.problems().toString());
        return result.text();
    }

    @Test
    void followsTheTableTwoConventions() {
        String source = """
                import sys
                def f(a):
                    return sorted(a, key=lambda x: -x)
                n = int(sys.stdin.readline())
                print(f([n, 2]), 'done', end='')
                """;
        assertEquals("import sys NEWLINE def f ( v ) : NEWLINE INDENT return sorted ( v , key = lambda v : - v ) NEWLINE DEDENT "
                + "v = int ( sys . stdin . readline ( ) ) NEWLINE print ( f ( [ v , 2 ] ) , STRING , end = STRING ) NEWLINE",
                generic(source));
    }

    @Test
    void layoutTokensFollowIndentation() {
        String source = "for i in range(3):\n    if i:\n        print(i)\n\n    # comment line\nx = [1,\n     2]\n";
        assertEquals("for v in range ( 3 ) : NEWLINE INDENT if v : NEWLINE INDENT print ( v ) NEWLINE DEDENT DEDENT "
                + "v = [ 1 , 2 ] NEWLINE", generic(source));
    }

    @Test
    void everyStringFormIsString() {
        String source = "a = f'{x!r}' + b'\\x00' + rb'\\d' + '''x\n'y'\n''' + \"\"\"q\"\"\" + u'u' + 'it''s'\n";
        assertEquals("v = STRING + STRING + STRING + STRING + STRING + STRING + STRING STRING NEWLINE", generic(source));
    }

    @Test
    void indexedModeKeepsWhichNameIsWhich() {
        String source = "def go(a, b):\n    return go(b, a) + c\nc = 1\nclass K:\n    pass\n";
        assertEquals("def f0 ( v0 , v1 ) : NEWLINE INDENT return f0 ( v1 , v0 ) + v2 NEWLINE DEDENT v2 = 1 NEWLINE "
                + "class T0 : NEWLINE INDENT pass NEWLINE DEDENT", indexed(source));
        CanonicalizationResult result = canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED);
        assertEquals(Optional.of("b"), result.identifiers().originalName("v1"));
        assertEquals(Optional.of("K"), result.identifiers().originalName("T0"));
        assertEquals(Optional.empty(), result.identifiers().originalName("f7"));
    }

    @Test
    void libraryAttributesAndBuiltinsStay() {
        String tokens = generic("import heapq\nh = []\nheapq.heappush(h, 3)\nh.append(len(h))\nx = max(h)\n");
        assertTrue(tokens.contains("heapq . heappush ( v , 3 )"), tokens);
        assertTrue(tokens.contains("v . append ( len ( v ) )"), tokens);
        assertTrue(tokens.contains("v = max ( v )"), tokens);
    }

    @Test
    void functionNamesOnLibraryReceiversStay() {
        String tokens = generic("import os\ndef exists(p):\n    return os.path.exists(p) and exists(p)\npath = 1\n");
        assertTrue(tokens.contains("return os . path . exists ( v ) and f ( v )"), tokens);
    }

    @Test
    void builtinsStayEvenWhenAssignedButNotWhenDefined() {
        assertEquals("import sys NEWLINE input = sys . stdin . readline NEWLINE v = int ( input ( ) ) NEWLINE",
                generic("import sys\ninput = sys.stdin.readline\nn = int(input())\n"));
        assertEquals("def f ( ) : NEWLINE INDENT pass NEWLINE DEDENT f ( ) NEWLINE", generic("def open():\n    pass\nopen()\n"));
    }

    @Test
    void keptNamesSpelledLikeCanonicalTokensAreEscaped() {
        String source = "import tokenize\nkind = tokenize.NEWLINE\nif kind == tokenize.INDENT:\n    print(tokenize.STRING)\n";
        assertEquals("import tokenize NEWLINE v0 = tokenize . _NEWLINE NEWLINE if v0 == tokenize . _INDENT : NEWLINE "
                + "INDENT print ( tokenize . _STRING ) NEWLINE DEDENT", indexed(source));
        Invariants.assertMapReproducesOriginals(canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED));
        Invariants.assertIdempotent(canonicalizer, source);
    }

    @Test
    void lambdaDefaultsInsideLibraryCallsAreParametersNotKeywordArguments() {
        assertEquals("import collections NEWLINE v = 5 NEWLINE v = collections . defaultdict ( lambda v = v : v ) NEWLINE",
                generic("import collections\nlimit = 5\nd = collections.defaultdict(lambda x=limit: x)\n"));
    }

    @Test
    void attributesAssignedOnLibraryObjectsStay() {
        assertEquals("import sys NEWLINE sys . stdin = open ( STRING ) NEWLINE v = sys . stdin . readline ( ) NEWLINE "
                        + "class T : NEWLINE INDENT def __init__ ( v ) : NEWLINE INDENT v . v = 0 NEWLINE DEDENT DEDENT "
                        + "v . v = sys . stdin NEWLINE",
                generic("import sys\nsys.stdin = open('in.txt')\nline = sys.stdin.readline()\n"
                        + "class C:\n    def __init__(self):\n        self.count = 0\nline.count = sys.stdin\n"));
    }

    @Test
    void commentsAndFormattingNeverMatter() {
        String plain = "def f(x):\n    return x + 1\n";
        String noisy = "# header\n\ndef f( x ):   # trailing\n\n        # indented comment\n        return (x\n + 1)\n\n\n";
        assertEquals(generic(plain).replace("( v + 1 )", "v + 1"), generic(noisy).replace("( v + 1 )", "v + 1"));
        String tabs = "def f(x):\n\treturn x + 1\n";
        assertEquals(indexed(plain), indexed(tabs));
        assertEquals(indexed(plain), indexed("def f(x):\n  return x + \\\n    1"));
    }

    @Test
    void consistentRenamingDoesNotMatter() {
        String a = "def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n";
        String b = "def acc(values):\n    r = 0\n    for v in values:\n        r += v\n    return r\n";
        assertEquals(generic(a), generic(b));
        assertEquals(indexed(a), indexed(b));
        assertNotEquals(indexed(a), indexed(a.replace("s += x", "s += s")));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void invariantsHoldOnFixtures(Path fixture) {
        String source = Goldens.read(fixture);
        Invariants.assertMapReproducesOriginals(canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED));
        Invariants.assertIdempotent(canonicalizer, source);
        Invariants.assertRenamingAndLayoutInvariant(canonicalizer, source);
    }

    @Test
    void syntaxErrorsAreReportedWithTheirLocation() {
        CanonicalizationResult result = canonicalizer.canonicalize("x = 1\ndef f(:\n    pass\n", CanonicalizationMode.GENERIC);
        assertFalse(result.ok());
        assertTrue(result.tokens().isEmpty());
        CanonicalizationProblem first = result.problems().get(0);
        assertEquals(2, first.line(), first.toString());
        assertEquals(7, first.column(), first.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\n", "# only a comment\n", "x = (1,\n", "if x:\npass\n", "print 'py2'\n",
            "a = 'unterminated\n", "class A { }", "x = $\n"})
    void emptyOrMalformedInputIsAProblemNotAnException(String source) {
        CanonicalizationResult result = canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED);
        assertFalse(result.ok(), () -> source + " -> " + result.text());
        assertFalse(result.problems().isEmpty());
        assertTrue(result.tokens().isEmpty());
    }

    private List<CanonicalizationProblem> problems(String source) {
        CanonicalizationResult result = canonicalizer.canonicalize(source, CanonicalizationMode.GENERIC);
        assertFalse(result.ok(), source);
        return result.problems();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "3|print statement|import sys\nn = int(input())\nprint n\n",
            "2|print statement|for i in range(3):\n    print \"a\", i\n",
            "3|except E, e|try:\n    x = 1\nexcept ValueError, e:\n    pass\n",
            "2|raise E, value|if x:\n    raise ValueError, 'bad'\n",
            "1|exec statement|exec 'x = 1'\n",
            "1|<> operator|if a <> b:\n    pass\n",
            "2|backquote repr|x = 1\ny = `x`\n",
            "1|long integer literal 10L|x = 10L\n",
            "1|octal literal 0777|x = 0777\n",
            "1|ur string prefix|x = ur'abc'\n"})
    void python2SyntaxIsNamedAtItsLine(String caseText) {
        String[] parts = caseText.split("\\|", 3);
        List<CanonicalizationProblem> problems = problems(parts[2]);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Integer.parseInt(parts[0]), problems.get(0).line());
        assertEquals("Python 2 syntax is not supported (line " + parts[0] + ": " + parts[1] + ")", problems.get(0).message());
    }

    @Test
    void python3ThatLooksLikePython2IsStillPython3() {
        // print(x), print -x (a subtraction) and print >>f, x (a tuple) are Python 3 expressions
        assertEquals("v = 1 NEWLINE print ( v ) NEWLINE print - v NEWLINE print >> v , v NEWLINE print NEWLINE",
                generic("x = 1\nprint(x)\nprint -x\nprint >>x, x\nprint\n"));
        assertEquals("try : NEWLINE INDENT pass NEWLINE DEDENT except ( ValueError , KeyError ) as v : NEWLINE INDENT pass NEWLINE DEDENT",
                generic("try:\n    pass\nexcept (ValueError, KeyError) as e:\n    pass\n"));
        // an ordinary syntax error in a Python 3 file keeps the parser's words
        List<CanonicalizationProblem> broken = problems("x = (1,\ny = 2\n");
        assertFalse(broken.get(0).message().contains("Python 2"), broken::toString);
    }

    @Test
    void indentationErrorsNameTheLineAndUsePythonsWords() {
        assertEquals(new CanonicalizationProblem(2, 5, "unexpected indent"), problems("x = 1\n    y = 2\n").get(0));
        assertEquals(new CanonicalizationProblem(3, 1, "unindent does not match any outer indentation level"),
                problems("if x:\n    a = 1\n  b = 2\n").get(0));
        assertEquals(new CanonicalizationProblem(2, 1, "expected an indented block"), problems("def f():\nreturn 1\n").get(0));
    }

    @Test
    void tabsAndSpacesAreRefusedWhereTheBlockStructureDependsOnTheTabSize() {
        // 8 spaces then a tab: equal with tab size 8, different with tab size 1 (CPython: TabError)
        assertEquals(new CanonicalizationProblem(3, 1, "inconsistent use of tabs and spaces in indentation"),
                problems("if x:\n        a = 1\n\tb = 2\n").get(0));
        // a tab, then 8 spaces: the same column with tab size 8, not with tab size 1
        assertEquals(new CanonicalizationProblem(3, 1, "inconsistent use of tabs and spaces in indentation"),
                problems("if x:\n\ta = 1\n        b = 2\n").get(0));
        // consistent tabs, or tabs in one block and spaces in another, are fine (Python 3 accepts both)
        assertEquals("if x : NEWLINE INDENT v = 1 NEWLINE DEDENT if x : NEWLINE INDENT v = 2 NEWLINE DEDENT",
                generic("if x:\n\ta = 1\nif x:\n    b = 2\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"parentheses", "brackets", "sum", "elif", "blocks"})
    void fiveThousandLevelsOfNestingParse(String shape) {
        int n = 5000;
        StringBuilder source = new StringBuilder();
        int expectedTokens;
        switch (shape) {
            case "parentheses" -> {
                source.append("x = ").append("(".repeat(n)).append("1").append(")".repeat(n)).append("\n");
                expectedTokens = 2 * n + 4;
            }
            case "brackets" -> {
                source.append("x = ").append("[".repeat(n)).append("1").append("]".repeat(n)).append("\n");
                expectedTokens = 2 * n + 4;
            }
            case "sum" -> {
                source.append("x = 1").append(" + 1".repeat(n)).append("\n");
                expectedTokens = 2 * n + 4;
            }
            case "elif" -> {
                source.append("if x == 0:\n    y = 0\n");
                for (int i = 1; i <= n; i++) {
                    source.append("elif x == ").append(i).append(":\n    y = ").append(i).append("\n");
                }
                expectedTokens = 12 * (n + 1);
            }
            default -> { // 100 levels of indentation inside 50-level-deep parentheses, 50 times
                for (int k = 0; k < 50; k++) {
                    for (int d = 0; d < 100; d++) {
                        source.append(" ".repeat(d)).append("if x:\n");
                    }
                    source.append(" ".repeat(100)).append("y = ").append("(".repeat(50)).append("1")
                            .append(")".repeat(50)).append("\n");
                }
                expectedTokens = 50 * (100 * 4 + 100 + 104 + 100);
            }
        }
        CanonicalizationResult result = canonicalizer.canonicalize(source.toString(), CanonicalizationMode.GENERIC);
        assertTrue(result.ok(), result.problems()::toString);
        assertEquals(expectedTokens, result.tokens().size());
    }
}
