package org.editvq.core.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.Language;
import org.editvq.core.data.Submission;
import org.junit.jupiter.api.Test;

/** Validation and behaviour of the canonicalization value types. */
class CanonicalizationResultTest {

    @Test
    void successIsOkAndJoinsTokens() {
        IdentifierMap map = new IdentifierMap(List.of("int", "count", "=", "1"), Map.of("v0", "count"));
        CanonicalizationResult result = new CanonicalizationResult(List.of("int", "v0", "=", "1"), map, List.of());
        assertTrue(result.ok());
        assertEquals("int v0 = 1", result.text());
        assertEquals("count", result.identifiers().originalAt(1));
    }

    @Test
    void failureHasProblemsAndNoTokens() {
        CanonicalizationResult result = CanonicalizationResult.failure(List.of(new CanonicalizationProblem(3, 7, "bad")));
        assertFalse(result.ok());
        assertTrue(result.tokens().isEmpty());
        assertEquals("3:7: bad", result.problems().get(0).toString());
        assertThrows(IllegalArgumentException.class, () -> CanonicalizationResult.failure(List.of()));
    }

    @Test
    void becomesTheCanonicalProgramOfItsSubmission() {
        Submission submission = new Submission("p1", "s7", Language.JAVA, 12.5, "class A {}", Map.of());
        CanonicalizationResult result = new CanonicalizationResult(List.of("class", "T", "{", "}"),
                new IdentifierMap(List.of("class", "A", "{", "}"), Map.of()), List.of());
        CanonicalProgram program = result.toProgram(submission);
        assertEquals(new CanonicalProgram("p1", "s7", List.of("class", "T", "{", "}"), 12.5), program);
        CanonicalizationResult failed = CanonicalizationResult.failure(List.of(CanonicalizationProblem.unlocated("empty source")));
        assertThrows(IllegalStateException.class, () -> failed.toProgram(submission));
    }

    @Test
    void mapMustCoverEveryToken() {
        IdentifierMap shortMap = new IdentifierMap(List.of("a"), Map.of());
        assertThrows(IllegalArgumentException.class,
                () -> new CanonicalizationResult(List.of("v", "v"), shortMap, List.of()));
    }

    @Test
    void problemLocationsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new CanonicalizationProblem(-1, 1, "x"));
        assertThrows(NullPointerException.class, () -> new CanonicalizationProblem(1, 1, null));
        assertEquals(0, CanonicalizationProblem.unlocated("x").line());
    }

    @Test
    void resultAndMapAreImmutableCopies() {
        List<String> tokens = new ArrayList<>(List.of("v0"));
        List<String> originals = new ArrayList<>(List.of("x"));
        CanonicalizationResult result = new CanonicalizationResult(tokens, new IdentifierMap(originals, Map.of("v0", "x")), List.of());
        tokens.add("v1");
        originals.add("y");
        assertEquals(List.of("v0"), result.tokens());
        assertEquals(List.of("x"), result.identifiers().originals());
        assertThrows(UnsupportedOperationException.class, () -> result.tokens().add("z"));
        assertThrows(UnsupportedOperationException.class, () -> result.identifiers().names().put("f0", "g"));
    }

    @Test
    void restoreNamesReplacesKnownIndicesOnly() {
        IdentifierMap map = new IdentifierMap(List.of("solve", "(", "n", ")"), Map.of("f0", "solve", "v0", "n"));
        assertEquals(List.of("solve", "(", "n", "+", "v7", ")"), map.restoreNames(List.of("f0", "(", "v0", "+", "v7", ")")));
        assertEquals(Optional.empty(), map.originalName("T0"));
        assertEquals(Optional.of("n"), map.originalName("v0"));
    }
}
