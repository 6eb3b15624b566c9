package org.editvq.canonicalizer.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.editvq.core.canon.CanonicalizationProblem;
import org.editvq.core.data.Language;
import org.junit.jupiter.api.Test;

class ParseCheckerTest {

    @Test
    void javaThatParses() {
        ParseCheck check = ParseChecker.check(Language.JAVA, "class A { int f(int n) { return n >> 1; } }");
        assertTrue(check.ok());
        assertEquals(List.of(), check.problems());
        assertEquals("", check.firstProblem());
        // Code Jam-era code may use _ as a name: accepted at Java 8, as the canonicalizer does
        assertTrue(ParseChecker.check(Language.JAVA, "class A { void f() { int _ = 1; } }").ok());
    }

    @Test
    void javaThatDoesNotParseSaysWhere() {
        ParseCheck check = ParseChecker.check(Language.JAVA, "class A {\n  void f() {\n    g(1;\n  }\n}\n");
        assertFalse(check.ok());
        CanonicalizationProblem first = check.problems().get(0);
        assertEquals(3, first.line());
        assertEquals(8, first.column(), check::firstProblem);
        assertTrue(check.firstProblem().startsWith("line 3, column 8: "), check.firstProblem());
        // a reader assigned to the wrong type parses: the check is syntax only
        assertTrue(ParseChecker.check(Language.JAVA,
                "class A { void f() { java.io.BufferedReader r = new java.io.InputStreamReader(System.in); } }").ok());
    }

    @Test
    void pythonThatParsesAndThatDoesNot() {
        assertTrue(ParseChecker.check(Language.PYTHON, "def f(a):\n    return sorted(a, key=lambda x: -x)\n").ok());
        ParseCheck unbalanced = ParseChecker.check(Language.PYTHON, "x = (1 +\nprint(x)\n");
        assertFalse(unbalanced.ok());
        ParseCheck dedent = ParseChecker.check(Language.PYTHON, "if x:\n    y = 1\n  z = 2\n");
        assertFalse(dedent.ok());
        assertEquals(3, dedent.problems().get(0).line(), dedent::firstProblem);
        assertFalse(ParseChecker.check(Language.PYTHON, "print 'python 2'\n").ok());
    }

    @Test
    void emptyTextIsAProblemNotAProgram() {
        for (Language language : Language.values()) {
            ParseCheck check = ParseChecker.check(language, "  \n");
            assertFalse(check.ok());
            assertEquals("empty program", check.firstProblem());
        }
    }
}
