package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.List;
import java.util.Map;

/**
 * A Code Jam-style problem: input with {@code T} test cases, output {@code Case #i: ...}, a
 * deterministic input generator, a reference solver, and a renderer of submissions from one
 * choice per edit category and a surface-style seed.
 */
public interface SynthProblem {
    /** Stable id, used as problem id and input file name (e.g. {@code range-sums}). */
    String id();

    /** The language of the rendered submissions ({@link Language#JAVA} unless overridden). */
    default Language language() {
        return Language.JAVA;
    }

    /** One-paragraph statement including the input and output format. */
    String statement();

    /** The edit categories planted in this problem: {@link EditCategory#INPUT}, {@link EditCategory#OUTPUT} where planted (large outputs only), then the algorithmic ones. */
    List<EditCategory> categories();

    /** A deterministic input: small (a few tiny cases) or large (sized so slow and fast variants differ clearly). */
    String generateInput(long seed, boolean large);

    /** The expected output for an input, computed by the generator's own reference solver. */
    String solve(String input);

    /**
     * A submission reading stdin and writing stdout: for Java one file with one public class and
     * {@code main} ({@link SynthSource#className()}); for Python one Python 3 script
     * ({@link SynthSource#className()} is then the module name, the file {@code <name>.py}).
     *
     * @param choices   a choice for every category of {@link #categories()} (others are rejected)
     * @param styleSeed seed of the surface (names, formatting, helper methods, ...)
     */
    SynthSource render(Map<EditCategory, Choice> choices, long styleSeed);
}
