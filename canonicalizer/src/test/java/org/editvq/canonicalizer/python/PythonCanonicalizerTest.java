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
}
