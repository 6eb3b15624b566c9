package org.editvq.canonicalizer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.editvq.canonicalizer.CanonicalSequenceBuilder;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;

/** Language-independent invariants every canonicalizer must satisfy on a program it accepts. */
public final class Invariants {

    private Invariants() {
    }

    /** Whether a canonical token is an indexed identifier such as {@code v12}, {@code f0}, {@code T3}. */
    public static boolean isIndexedIdentifier(String token) {
        return token.matches("[vfT]\\d+");
    }

    /**
     * The indexed map reproduces the original identifier at every identifier position, and every
     * verbatim position stands for itself.
     */
    public static void assertMapReproducesOriginals(CanonicalizationResult indexed) {
        List<String> tokens = indexed.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String original = indexed.identifiers().originalAt(i);
            if (isIndexedIdentifier(token)) {
                assertEquals(original, indexed.identifiers().originalName(token).orElseThrow(),
                        "position " + i + " (" + token + ")");
            } else if (!token.equals("STRING")) {
                String expected = CanonicalSequenceBuilder.isReserved(original) && !token.equals(original)
                        ? "_" + original : original;
                assertEquals(expected, token, "kept token at position " + i);
            }
        }
        assertEquals(indexed.identifiers().originals(), restoreWithLiterals(indexed), "restoreNames + literals");
    }

    private static List<String> restoreWithLiterals(CanonicalizationResult indexed) {
        List<String> restored = new ArrayList<>(indexed.identifiers().restoreNames(indexed.tokens()));
        for (int i = 0; i < restored.size(); i++) {
            String original = indexed.identifiers().originalAt(i);
            if (restored.get(i).equals("STRING") || restored.get(i).equals("_" + original)) {
                restored.set(i, indexed.identifiers().originalAt(i));
            }
        }
        return restored;
    }

    /**
     * Re-rendering and re-canonicalizing is stable: the rendered indexed tokens canonicalize to the same
     * indexed tokens, and to the same generic tokens as the original program.
     */
    public static void assertIdempotent(Canonicalizer canonicalizer, String source) {
        CanonicalizationResult generic = canonicalizer.canonicalize(source, CanonicalizationMode.GENERIC);
        CanonicalizationResult indexed = canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED);
        assertTrue(generic.ok() && indexed.ok(), () -> "not canonicalizable: " + generic.problems());
        String rendered = canonicalizer.render(indexed.tokens());
        CanonicalizationResult again = canonicalizer.canonicalize(rendered, CanonicalizationMode.INDEXED);
        assertTrue(again.ok(), () -> "rendered canonical text does not parse: " + again.problems() + "\n" + rendered);
        assertEquals(indexed.text(), again.text(), "indexed tokens after render + canonicalize");
        assertEquals(generic.text(), canonicalizer.canonicalize(rendered, CanonicalizationMode.GENERIC).text(),
                "generic tokens after render + canonicalize");
    }

    /**
     * Consistent renaming does not matter: the program re-rendered from its original tokens with every user
     * identifier renamed (one fresh name per original name) canonicalizes to the same generic and indexed
     * tokens; the program re-rendered with its own names (no comments, different layout) too.
     */
    public static void assertRenamingAndLayoutInvariant(Canonicalizer canonicalizer, String source) {
        CanonicalizationResult generic = canonicalizer.canonicalize(source, CanonicalizationMode.GENERIC);
        CanonicalizationResult indexed = canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED);
        List<String> originals = indexed.identifiers().originals();
        String relaidOut = canonicalizer.render(originals);
        assertEquals(indexed.text(), canonicalizer.canonicalize(relaidOut, CanonicalizationMode.INDEXED).text(),
                "same program without comments, other layout");
        Map<String, String> fresh = new HashMap<>();
        List<String> renamed = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            String token = indexed.tokens().get(i);
            if (isIndexedIdentifier(token)) {
                renamed.add(fresh.computeIfAbsent(originals.get(i), name -> "zqRenamed" + fresh.size()));
            } else {
                renamed.add(originals.get(i));
            }
        }
        String renamedSource = canonicalizer.render(renamed);
        assertEquals(indexed.text(), canonicalizer.canonicalize(renamedSource, CanonicalizationMode.INDEXED).text(),
                "indexed tokens of the renamed program");
        assertEquals(generic.text(), canonicalizer.canonicalize(renamedSource, CanonicalizationMode.GENERIC).text(),
                "generic tokens of the renamed program");
    }
}
