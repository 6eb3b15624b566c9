package org.editvq.inference.suggest;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.editvq.inference.diff.LineDiff;
import org.editvq.inference.decode.ProgramDecoder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameRestorerTest {
    static final String JAVA = "class Counter { static int count(int[] xs) { int total = 0;"
            + " for (int x : xs) { total += x; } return total; }"
            + " public static void main(String[] args) { System.out.println(count(new int[] {1, 2}) + \"!\"); } }";
    static final String PYTHON = "def count(xs):\n    total = 0\n    for x in xs:\n        total += x\n"
            + "    return total\n\nprint(count([1, 2]), 'done')\n";

    private static CanonicalizationResult generic(Language language, String source) {
        CanonicalizationResult r = Canonicalizers.forLanguage(language).canonicalize(source, CanonicalizationMode.GENERIC);
        assertTrue(r.ok(), r.problems().toString());
        return r;
    }

    @Test
    void theInputItselfRoundTripsToTheUsersNames() {
        for (Language language : Language.values()) {
            String source = language == Language.JAVA ? JAVA : PYTHON;
            Canonicalizer c = Canonicalizers.forLanguage(language);
            CanonicalizationResult g = generic(language, source);
            List<String> restored = NameRestorer.restore(g.tokens(), g.identifiers().originals(), g.tokens());
            assertEquals(g.identifiers().originals(), restored);
            assertEquals(0, NameRestorer.placeholders(restored));
            String code = Suggester.inputCode(language, restored);
            for (String name : List.of("count", "total", "xs")) {
                assertTrue(java.util.regex.Pattern.compile("\\b" + name + "\\b").matcher(code).find(),
                        language + ": " + name + " in\n" + code);
            }
            assertFalse(java.util.regex.Pattern.compile("\\bv\\b").matcher(code).find(), code);
            assertTrue(c.canonicalize(code).tokens().equals(g.tokens()), code);
        }
        // pinned: the generic tokens become the user's identifiers and literal again, as formatted code
        CanonicalizationResult g = generic(Language.JAVA, JAVA);
        assertEquals("""
                class Counter {

                    static int count(int[] xs) {
                        int total = 0;
                        for (int x : xs) {
                            total += x;
                        }
                        return total;
                    }

                    public static void main(String[] args) {
                        System.out.println(count(new int[] { 1, 2 }) + "!");
                    }
                }
                """, Suggester.inputCode(Language.JAVA,
                NameRestorer.restore(g.tokens(), g.identifiers().originals(), g.tokens())));
        CanonicalizationResult p = generic(Language.PYTHON, PYTHON);
        assertEquals("def count(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total\n\n\n"
                + "print(count([1, 2]), 'done')\n", Suggester.inputCode(Language.PYTHON,
                NameRestorer.restore(p.tokens(), p.identifiers().originals(), p.tokens())));
    }

    @Test
    void placeholdersGetFreshReadableNamesThatClashWithNothing() {
        List<String> restored = List.of("int", "newVar1", "=", "\u27e8f\u27e9", "(", "\u27e8v\u27e9", ",",
                "\u27e8v\u27e9", ")", "+", "\u27e8T\u27e9", ".", "x", ";");
        NameRestorer.Named java = NameRestorer.nameNew(restored, Language.JAVA, List.of("newVar2"));
        assertEquals(List.of("int", "newVar1", "=", "newMethod1", "(", "newVar3", ",", "newVar4", ")", "+",
                "NewType1", ".", "x", ";"), java.tokens());
        assertEquals(List.of("newMethod1", "newVar3", "newVar4", "NewType1"), java.newNames());
        NameRestorer.Named python = NameRestorer.nameNew(List.of("\u27e8v\u27e9", "=", "\u27e8f\u27e9", "(", ")"),
                Language.PYTHON, List.of());
        assertEquals(List.of("new_var1", "=", "new_func1", "(", ")"), python.tokens());
        NameRestorer.Named none = NameRestorer.nameNew(List.of("x", "=", "1"), Language.PYTHON, List.of());
        assertEquals(List.of("x", "=", "1"), none.tokens());
        assertEquals(List.of(), none.newNames());
    }

    @Test
    void insertedIdentifiersBecomePlaceholdersAndKeptOnesKeepTheirNames() {
        List<String> input = List.of("int", "v", "=", "v", ";");
        List<String> originals = List.of("int", "a", "=", "b", ";");
        List<String> suggestion = List.of("int", "v", "=", "f", "(", "v", ")", "+", "1", ";");
        List<String> restored = NameRestorer.restore(input, originals, suggestion);
        assertEquals(List.of("int", "a", "=", "\u27e8f\u27e9", "(", "b", ")", "+", "1", ";"), restored);
        assertEquals(1, NameRestorer.placeholders(restored));
        assertEquals(List.of("int", "\u27e8v\u27e9", ";"), NameRestorer.restore(List.of("int", ";"),
                List.of("int", ";"), List.of("int", "v", ";")));
        assertThrows(IllegalArgumentException.class, () -> NameRestorer.restore(input, List.of("x"), suggestion));
    }

    @Test
    void tokenScriptsApplyToTheirInput() {
        List<String> a = List.of("a", "b", "c", "d");
        List<String> b = List.of("b", "x", "d", "e");
        List<LineDiff.Line> script = LineDiff.script(a, b);
        assertEquals(b, TokenEdits.apply(a, script));
        assertEquals(4, TokenEdits.changes(script)); // -a, -c, +x, +e
        assertThrows(IllegalArgumentException.class, () -> TokenEdits.apply(List.of("a"), script));
    }

    @Test
    void groupsIdenticalOutputsRanksByNormalizedLikelihoodAndMarksNoChange() {
        Canonicalizer java = Canonicalizers.forLanguage(Language.JAVA);
        CanonicalizationResult g = generic(Language.JAVA, JAVA);
        List<String> input = g.tokens();
        List<String> shorter = new ArrayList<>(input.subList(0, input.size() - 1));
        List<ProgramDecoder.Output> outputs = List.of(
                out(0, input, -0.50), out(1, shorter, -0.20), out(2, input, -0.40), out(3, shorter, -0.30),
                out(4, List.of("class", "T", "{", "}"), -0.20));
        List<Suggestion> s = Suggester.group(input, g.identifiers().originals(), java, outputs);
        assertEquals(3, s.size());
        // ties on score (-0.20) go to the smaller first latent
        assertEquals(List.of(1, 3), s.get(0).latents());
        assertEquals(-0.20, s.get(0).score());
        assertEquals(List.of(-0.20, -0.30), s.get(0).latentScores());
        assertEquals(List.of(4), s.get(1).latents());
        assertEquals(List.of(0, 2), s.get(2).latents());
        assertEquals(-0.40, s.get(2).score());
        assertTrue(s.get(2).noChange());
        assertEquals("", s.get(2).diff());
        assertEquals(Suggester.inputCode(Language.JAVA, g.identifiers().originals()), s.get(2).code());
        assertTrue(s.get(2).parses());
        assertFalse(s.get(0).noChange());
        assertEquals(List.of(1, 2, 3), s.stream().map(Suggestion::rank).toList());
        // the input without its last '}' does not parse: laid out from its tokens, with the problem
        assertFalse(s.get(0).parses());
        assertTrue(s.get(0).code().startsWith("class Counter {\n\n    static int count(int[] xs) {\n"), s.get(0).code());
        assertTrue(s.get(0).parseProblem().startsWith("line "), s.get(0).parseProblem());
        // a kept T takes the class name, the new program renders readably
        assertEquals("class Counter {\n}\n", s.get(1).code());
        assertTrue(s.get(1).parses());
        assertEquals(List.of(), s.get(1).parseProblems());
        assertTrue(s.get(1).diff().startsWith("@@ "), s.get(1).diff());
    }

    private static ProgramDecoder.Output out(int latent, List<String> tokens, double perToken) {
        return new ProgramDecoder.Output("latent " + latent, latent, tokens, String.join(" ", tokens), perToken,
                perToken * (tokens.size() + 1), true);
    }
}
