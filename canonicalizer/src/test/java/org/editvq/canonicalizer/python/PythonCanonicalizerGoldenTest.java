package org.editvq.canonicalizer.python;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.editvq.canonicalizer.testing.Goldens;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden token files for the Python fixtures under {@code src/test/resources/golden/python}. */
class PythonCanonicalizerGoldenTest {

    private static final Set<String> BREAK_AFTER = Set.of("NEWLINE");
    private final PythonCanonicalizer canonicalizer = new PythonCanonicalizer();

    static List<Path> inputs() {
        return Goldens.inputs("python", "py");
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
}
