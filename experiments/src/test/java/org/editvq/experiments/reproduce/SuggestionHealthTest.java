package org.editvq.experiments.reproduce;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Distinct, unchanged and parsing outputs counted by hand on two inputs. */
class SuggestionHealthTest {
    private static final Canonicalizer JAVA = Canonicalizers.forLanguage(Language.JAVA);

    private static List<String> tokens(String source) {
        return JAVA.canonicalize(source, CanonicalizationMode.GENERIC).tokens();
    }

    @Test
    void countsDistinctUnchangedAndParsingOutputs() {
        List<String> input = tokens("class A { public static void main(String[] a) { int x = 1; System.out.println(x); } }");
        List<String> edited = tokens("class A { public static void main(String[] a) { System.out.println(1); } }");
        List<String> broken = new ArrayList<>(edited);
        broken.remove(broken.lastIndexOf("}")); // an unbalanced brace: does not parse
        SuggestionHealth h = new SuggestionHealth(JAVA);
        // input 1: 4 outputs, 2 of them the input, one parsing edit twice: 2 distinct, 1 changed, it parses
        assertEquals(2, h.add(input, List.of(input, edited, input, edited)).size());
        // input 2: 3 outputs, none the input: the edit and the broken one: 2 distinct changed, 1 parses
        assertEquals(2, h.add(input, List.of(broken, edited, broken)).size());
        assertEquals(2, h.inputs());
        assertEquals(2.0, h.distinctPerInput(), 0.0);       // (2 + 2) / 2
        assertEquals(2.0 / 7, h.unchangedShare(), 1e-15);     // 2 of 7 outputs
        assertEquals(3, h.changedDistinct());
        assertEquals(2, h.parsing());
        assertEquals(2.0 / 3, h.parseRate(), 1e-15);
        assertEquals("m,2,2.0000,0.2857,3,2,0.6667", h.csvRow("m"));
    }

    @Test
    void noOutputsGiveZerosNotNaN() {
        SuggestionHealth h = new SuggestionHealth(JAVA);
        assertEquals(0.0, h.parseRate(), 0.0);
        assertEquals(0.0, h.distinctPerInput(), 0.0);
        assertEquals(0.0, h.unchangedShare(), 0.0);
    }
}
