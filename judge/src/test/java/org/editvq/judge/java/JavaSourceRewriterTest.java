package org.editvq.judge.java;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaSourceRewriterTest {
    @Test
    void untouchedSourceStaysByteIdentical() {
        String src = "import java.util.*;\nclass A { public static void main(String[] x) { System.out.println(new Scanner(System.in).next()); } }\n";
        RewrittenSource r = JavaSourceRewriter.rewrite(src);
        assertEquals(src, r.source());
        assertEquals(List.of(), r.rewrites());
        assertEquals("A", r.mainClass());
        assertEquals("A.java", r.fileName());
    }

    @Test
    void scannerOfStringIsNotMistakenForAFile() {
        String src = "import java.util.*;\npublic class B { public static void main(String... a) { Scanner s = new Scanner(\"1 2\"); System.out.println(s.nextInt()); } }";
        RewrittenSource r = JavaSourceRewriter.rewrite(src);
        assertEquals(List.of(), r.rewrites());
    }

    @Test
    void fileStreamsBecomeStandardStreamsAndDeclaredTypesFollow() {
        String src = """
                import java.io.*;
                public class C {
                    static FileInputStream in;
                    public static void main(String[] args) throws Exception {
                        File f = new File("x.in");
                        in = new FileInputStream(f);
                        java.util.Scanner sc = new java.util.Scanner(f);
                        PrintStream ps = new PrintStream(new File("y.out"));
                        PrintWriter pw = new PrintWriter("z.out", "UTF-8");
                        java.io.BufferedReader br = java.nio.file.Files.newBufferedReader(java.nio.file.Paths.get("q"));
                    }
                }
                """;
        RewrittenSource r = JavaSourceRewriter.rewrite(src);
        assertEquals(Set.of("in:FileInputStream", "in:Scanner(File)", "out:PrintStream(file)", "out:PrintWriter(file)",
                "in:Files.newBufferedReader", "types"), Set.copyOf(r.rewrites()));
        assertFalse(r.source().contains("new FileInputStream"));
        assertTrue(r.source().contains("static java.io.InputStream in;"), r.source());
        assertTrue(r.source().contains("new PrintWriter(\"editvq-output.txt\", \"UTF-8\")"), r.source());
        assertTrue(r.source().contains("new PrintStream(\"editvq-output.txt\")"), r.source());
    }

    @Test
    void mainInANestedOrNonPublicClassIsFound() {
        RewrittenSource nested = JavaSourceRewriter.rewrite(
                "public class Outer { static class Inner { public static void main(String[] a) {} } }");
        assertEquals("Outer$Inner", nested.mainClass());
        assertEquals("Outer.java", nested.fileName());
        RewrittenSource none = JavaSourceRewriter.rewrite("class NoMain { void main(String[] a) {} }");
        assertEquals(null, none.mainClass());
        assertTrue(none.problem().contains("main"));
    }

    @Test
    void unparsableSourceFallsBackToARegexClassName() {
        RewrittenSource r = JavaSourceRewriter.rewrite("public class Bad { public static void main(String[] a) { int = ; } }");
        assertEquals(List.of("unparsed"), r.rewrites());
        assertEquals("Bad", r.mainClass());
        assertTrue(r.problem().startsWith("parse error"));
    }

    @Test
    void catchClausesOnReportedLinesAreRemoved() {
        String src = """
                class D {
                    static void f() {
                        try {
                            System.out.println(1);
                        } catch (java.io.IOException e) {
                            throw new RuntimeException(e);
                        }
                    }
                }
                """;
        String fixed = JavaSourceRewriter.removeCatchClauses(src, Set.of(5L)).orElseThrow();
        assertFalse(fixed.contains("catch"), fixed);
        assertFalse(fixed.contains("try"), fixed);
        assertTrue(fixed.contains("System.out.println(1);"));
    }
}
