package org.editvq.canonicalizer.java;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.editvq.canonicalizer.testing.Goldens;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden token files for the Java fixtures under {@code src/test/resources/golden/java}. */
class JavaCanonicalizerGoldenTest {

    private static final Set<String> BREAK_AFTER = Set.of(";", "{", "}");
    private final JavaCanonicalizer canonicalizer = new JavaCanonicalizer();

    static List<Path> inputs() {
        return Goldens.inputs("java", "java");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void genericTokensMatchGolden(Path input) {
        CanonicalizationResult result = canonicalizer.canonicalize(Goldens.read(input), CanonicalizationMode.GENERIC);
        assertTrue(result.ok(), () -> input + ": " + result.problems());
        Goldens.check(input, ".generic.tokens", result.tokens(), BREAK_AFTER);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void indexedTokensMatchGolden(Path input) {
        CanonicalizationResult result = canonicalizer.canonicalize(Goldens.read(input), CanonicalizationMode.INDEXED);
        assertTrue(result.ok(), () -> input + ": " + result.problems());
        Goldens.check(input, ".indexed.tokens", result.tokens(), BREAK_AFTER);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void noCommentTextSurvives(Path input) {
        String text = canonicalizer.canonicalize(Goldens.read(input), CanonicalizationMode.GENERIC).text();
        assertFalse(text.contains("//") || text.contains("/*"), text);
    }
}
