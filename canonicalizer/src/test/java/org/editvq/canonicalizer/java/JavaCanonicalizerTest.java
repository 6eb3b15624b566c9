package org.editvq.canonicalizer.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Conventions, invariants and malformed input for the Java canonicalizer. */
class JavaCanonicalizerTest {

    private final Canonicalizer canonicalizer = Canonicalizers.forLanguage(Language.JAVA);

    static List<Path> fixtures() {
        return Goldens.inputs("java", "java");
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
                class Main {
                    static int square(int x) { return x * x; }
                    public static void main(String[] args) {
                        java.util.Scanner sc = new java.util.Scanner(System.in);
                        int n = sc.nextInt();
                        System.out.println("n=" + square(n) + 'c' + Math.max(n, 2));
                    }
                }""";
        assertEquals("class T { static int f ( int v ) { return v * v ; } "
                + "public static void main ( String [ ] v ) { java . util . Scanner v = new java . util . Scanner ( System . in ) ; "
                + "int v = v . nextInt ( ) ; System . out . println ( STRING + f ( v ) + STRING + Math . max ( v , 2 ) ) ; } }",
                generic(source));
    }

    @Test
    void indexedModeNumbersEachKindByFirstAppearance() {
        String source = "class A { int b; int c(int d) { return b + d + c(b); } class E<G> { G h; } }";
        assertEquals("class T0 { int v0 ; int f0 ( int v1 ) { return v0 + v1 + f0 ( v0 ) ; } class T1 < T2 > { T2 v2 ; } }",
                indexed(source));
        CanonicalizationResult result = canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED);
        assertEquals(Optional.of("d"), result.identifiers().originalName("v1"));
        assertEquals(Optional.of("c"), result.identifiers().originalName("f0"));
        assertEquals(Optional.of("G"), result.identifiers().originalName("T2"));
        assertEquals(Optional.empty(), result.identifiers().originalName("v99"));
        assertEquals(List.of("return", "b", "+", "v99"), result.identifiers().restoreNames(List.of("return", "v0", "+", "v99")));
    }

    @Test
    void sameNameInTwoScopesSharesItsIndex() {
        assertEquals("class T0 { void f0 ( ) { int v0 = 1 ; } void f1 ( ) { int v0 = 2 ; int v1 = v0 ; } }",
                indexed("class A { void p() { int i = 1; } void q() { int i = 2; int j = i; } }"));
    }

    @Test
    void packageDeclarationIsDroppedAndImportsKept() {
        assertEquals("import java . util . * ; class T { }", generic("package googlejam1.p001;\nimport java.util.*;\nclass A {}"));
    }

    @Test
    void libraryReceiversKeepTheirMethodNames() {
        String source = """
                import java.util.*;
                class Bag {
                    List<Integer> items = new ArrayList<>();
                    void add(int x) { items.add(x); }
                    static int max(int a, int b) { return Math.max(a, b); }
                    void use(Bag other) { other.add(1); this.add(2); add(3); max(1, 2); }
                }""";
        String tokens = generic(source);
        assertTrue(tokens.contains("v . add ( v )"), tokens);
        assertTrue(tokens.contains("Math . max ( v , v )"), tokens);
        assertTrue(tokens.contains("v . f ( 1 ) ; this . f ( 2 ) ; f ( 3 ) ; f ( 1 , 2 )"), tokens);
    }

    @Test
    void platformDictatedMethodNamesStay() {
        String source = """
                import java.util.*;
                class P implements Comparable<P> {
                    int x;
                    public int compareTo(P o) { return x - o.x; }
                    @Override public String toString() { return "" + x; }
                    static void order(List<P> ps) {
                        ps.sort(new Comparator<P>() { public int compare(P a, P b) { return a.compareTo(b); } });
                    }
                    public static void main(String[] args) { order(new ArrayList<>()); }
                }""";
        String tokens = generic(source);
        assertTrue(tokens.contains("public int compareTo ( T v )"), tokens);
        assertTrue(tokens.contains("public String toString ( )"), tokens);
        assertTrue(tokens.contains("public int compare ( T v , T v ) { return v . compareTo ( v ) ; }"), tokens);
        assertTrue(tokens.contains("static void f ( List < T > v )"), tokens);
        assertTrue(tokens.contains("public static void main ( String [ ] v ) { f ( new ArrayList < > ( ) ) ; }"), tokens);
    }

    @Test
    void keptNamesSpelledLikeCanonicalTokensAreEscaped() {
        String source = "class A { int m(Pair p) { return p.v1 + p.f + STRING.T; } }";
        assertEquals("class T0 { int f0 ( Pair v0 ) { return v0 . _v1 + v0 . _f + _STRING . _T ; } }", indexed(source));
        Invariants.assertMapReproducesOriginals(canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED));
        Invariants.assertIdempotent(canonicalizer, source);
    }

    @Test
    void commentsAndFormattingNeverMatter() {
        String plain = "class A { int f(int x) { return x + 1; } }";
        String noisy = "/* header */ class   A{\n// line\n  int f( int x )/* c */{\n\n\treturn x+1; // done\n}\n}\n";
        assertEquals(generic(plain), generic(noisy));
        assertEquals(indexed(plain), indexed(noisy));
    }

    @Test
    void consistentRenamingDoesNotMatter() {
        String a = "class Main { static long total(int[] xs) { long s = 0; for (int x : xs) s += x; return s; } }";
        String b = "class Prog { static long sum(int[] arr) { long acc = 0; for (int e : arr) acc += e; return acc; } }";
        assertEquals(generic(a), generic(b));
        assertEquals(indexed(a), indexed(b));
    }

    @Test
    void differentVariableStructureIsToldApartInIndexedModeOnly() {
        String a = "class A { int f(int x, int y) { return x + y; } }";
        String b = "class A { int f(int x, int y) { return x + x; } }";
        assertEquals(generic(a), generic(b));
        assertFalse(indexed(a).equals(indexed(b)));
    }

    @Test
    void java17FeaturesParse() {
        String source = """
                sealed interface S permits R {}
                record R(int x) implements S {}
                class M {
                    Object m(Object o, int k) {
                        var text = \"""
                            block
                            \""";
                        if (o instanceof R r && r.x() > 0) return r;
                        return switch (k) { case 1 -> text; default -> { yield 'c'; } };
                    }
                }""";
        assertEquals("sealed interface T permits T { } record T ( int v ) implements T { } class T { "
                + "Object f ( Object v , int v ) { var v = STRING ; if ( v instanceof T v && v . v ( ) > 0 ) return v ; "
                + "return switch ( v ) { case 1 -> v ; default -> { yield STRING ; } } ; } }", generic(source));
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
    void unparsableInputIsReportedWithItsLocation() {
        CanonicalizationResult result = canonicalizer.canonicalize("class A {\n  void f() {\n    int x = ;\n  }\n}",
                CanonicalizationMode.GENERIC);
        assertFalse(result.ok());
        assertTrue(result.tokens().isEmpty());
        CanonicalizationProblem first = result.problems().get(0);
        assertEquals(3, first.line(), first.toString());
        assertTrue(first.column() > 0, first.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t", "// only a comment\n", "package a.b;", "\u0000\u0001 garbage", "class {", "}}}}"})
    void emptyOrMalformedInputIsAProblemNotAnException(String source) {
        CanonicalizationResult result = canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED);
        assertFalse(result.ok());
        assertFalse(result.problems().isEmpty());
        assertTrue(result.tokens().isEmpty());
    }

    @Test
    void pythonSourceIsNotJava() {
        assertFalse(canonicalizer.canonicalize("def f(x):\n    return x\n").ok());
    }

    /**
     * Every name the program declares (variables, fields, parameters, methods, types, labels, enum constants,
     * record components; not the names the platform dictates: main, compareTo) is absent from the canonical
     * tokens: field reads off call results, method references with user receivers and methods, identifiers
     * written with unicode escapes.
     */
    @Test
    void noDeclaredNameSurvives() throws java.io.IOException {
        String source = java.nio.file.Files.readString(Path.of("src", "test", "resources", "realworld", "Leaky.java"));
        com.github.javaparser.ast.CompilationUnit unit = new com.github.javaparser.JavaParser(
                JavaCanonicalizer.parserConfiguration()).parse(source).getResult().orElseThrow();
        java.util.Set<String> declared = new java.util.TreeSet<>();
        unit.findAll(com.github.javaparser.ast.body.VariableDeclarator.class).forEach(d -> declared.add(d.getNameAsString()));
        unit.findAll(com.github.javaparser.ast.body.Parameter.class).forEach(d -> declared.add(d.getNameAsString()));
        unit.findAll(com.github.javaparser.ast.body.TypeDeclaration.class).forEach(d -> declared.add(d.getNameAsString()));
        unit.findAll(com.github.javaparser.ast.body.EnumConstantDeclaration.class).forEach(d -> declared.add(d.getNameAsString()));
        unit.findAll(com.github.javaparser.ast.body.AnnotationMemberDeclaration.class).forEach(d -> declared.add(d.getNameAsString()));
        unit.findAll(com.github.javaparser.ast.stmt.LabeledStmt.class).forEach(d -> declared.add(d.getLabel().asString()));
        unit.findAll(com.github.javaparser.ast.body.MethodDeclaration.class).forEach(d -> declared.add(d.getNameAsString()));
        declared.removeAll(java.util.Set.of("main", "compareTo"));
        assertEquals(47, declared.size(), declared::toString); // the fixture really declares what it should
        assertTrue(declared.containsAll(List.of("alpha", "nodes", "hash", "capacity", "thrice", "twice", "local")),
                declared::toString);

        for (CanonicalizationMode mode : CanonicalizationMode.values()) {
            CanonicalizationResult result = canonicalizer.canonicalize(source, mode);
            assertTrue(result.ok(), result.problems()::toString);
            List<String> leaked = result.tokens().stream().filter(declared::contains).toList();
            assertEquals(List.of(), leaked, mode + ": " + result.text());
        }
        // the library names around them stay
        String text = generic(source);
        for (String kept : List.of("peek", "get", "apply", "applyAsInt", "valueOf", "compare", "nextInt", "PriorityQueue")) {
            assertTrue(List.of(text.split(" ")).contains(kept), kept + " missing from " + text);
        }
    }

    @Test
    void fieldReadsOffCallResultsAndMethodReferencesAreTheProgramsNames() {
        assertEquals("class T { int v ; T v ; int f ( java . util . List < T > v ) { return v . get ( 0 ) . v . v + v . size ( ) ; } }",
                generic("class E { int cap; E back; int g(java.util.List<E> es) { return es.get(0).back.cap + es.size(); } }"));
        assertEquals("class T { int f ( int v ) { return v ; } void f ( T v ) { java . util . function . IntUnaryOperator v = v :: f , v = T :: f ; } }",
                generic("class H { int tw(int x) { return x; } void g(H local) { java.util.function.IntUnaryOperator a = local::tw, b = H::tw; } }"));
        // a library member read off a library receiver stays, even when the program declares the same name
        assertEquals("class T { int v ; int f ( int [ ] v , String v ) { return v . length + v . length ( ) ; } }",
                generic("class L { int length; int g(int[] a, String s) { return a.length + s.length(); } }"));
    }

    @Test
    void unicodeEscapedIdentifiersAreOneName() {
        assertEquals("class T0 { int v0 = 1 ; int f0 ( ) { return v0 + v0 + v0 ; } }",
                indexed("class U { int abc = 1; int g() { return \\u0061bc + a\\u0062c + abc; } }"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"parentheses", "sum", "elseIf", "blocks"})
    void fiveThousandLevelsOfNestingParse(String shape) {
        int n = 5000;
        String source = switch (shape) {
            case "parentheses" -> "class D { int x = " + "(".repeat(n) + "1" + ")".repeat(n) + "; }";
            case "sum" -> "class D { int x = 1" + " + 1".repeat(n) + "; }";
            case "elseIf" -> "class D { int f(int x) { if (x == 0) return 0; " + "else if (x == 1) return 1; ".repeat(n)
                    + "return 2; } }";
            default -> "class D { void f() { " + "{ ".repeat(n) + "int y = 1; " + "} ".repeat(n) + "} }";
        };
        CanonicalizationResult result = canonicalizer.canonicalize(source, CanonicalizationMode.GENERIC);
        assertTrue(result.ok(), result.problems()::toString);
        int expectedTokens = switch (shape) {
            case "parentheses", "sum" -> 2 * n + 9;
            case "elseIf" -> 10 * n + 24;
            default -> 2 * n + 15;
        };
        assertEquals(expectedTokens, result.tokens().size());
    }

    @Test
    void lexicalErrorsAreReportedAtTheirLineAndColumn() {
        CanonicalizationResult hash = canonicalizer.canonicalize("class A {\n  int x = 1 # 2;\n}\n", CanonicalizationMode.GENERIC);
        assertEquals(2, hash.problems().get(0).line(), hash.problems()::toString);
        assertEquals(13, hash.problems().get(0).column(), hash.problems()::toString);
        CanonicalizationResult string = canonicalizer.canonicalize("class A {\n  int x;\n  String s = \"abc\n;\n}\n",
                CanonicalizationMode.GENERIC);
        assertEquals(3, string.problems().get(0).line(), string.problems()::toString);
        assertEquals(18, string.problems().get(0).column(), string.problems()::toString);
    }
}
