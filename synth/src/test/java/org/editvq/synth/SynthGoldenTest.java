package org.editvq.synth;

import org.editvq.core.data.Submission;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the generator's output byte for byte, as SHA-256 hashes over: for every built-in problem of
 * both languages in order, its id, language, statement and categories, its small and large inputs
 * for a few seeds with their reference outputs; its rendered sources for every choice combination
 * under several style seeds; and a whole small {@link SynthLanguage#BOTH} corpus. A refactoring of
 * the package must leave the hashes unchanged; a deliberate change of the corpus must update them
 * (and say so).
 */
class SynthGoldenTest {
    // The three golden values were computed from the generator before the twin refactor (issue 15
    // item 5: one definition per problem shared by its Java and Python renderers).
    private static final String PROBLEMS_GOLDEN = "557fc96932afcb8a83e7de2c2c30c364dfe6d6475784102603b8c5a413c69908";
    private static final String SOURCES_GOLDEN = "a5303f2b3cea77d42c43bbc15bf91b79b5bc7f9b4391dfe0887b5e3eadbca679";
    private static final String CORPUS_GOLDEN = "9186cfc936850455354e32b5a72d0d692343d101384112527f6fc12313d15c5f";

    private static final long[] INPUT_SEEDS = {1, 2022};
    private static final long[] STYLE_SEEDS = {0, 1, 2, 3, 5, 8, -1, 987_654_321_012L};

    @Test
    void problemsInputsAndReferenceOutputsAreUnchanged() {
        MessageDigest sha = sha256();
        for (SynthProblem p : SynthLanguage.BOTH.problems()) {
            add(sha, p.id(), p.language().name(), p.statement(), p.categories().toString());
            for (long seed : INPUT_SEEDS) {
                for (boolean large : new boolean[] {false, true}) {
                    String input = p.generateInput(seed, large);
                    add(sha, input, p.solve(input));
                }
            }
        }
        assertEquals(PROBLEMS_GOLDEN, hex(sha));
    }

    @Test
    void renderedSourcesAreUnchanged() {
        MessageDigest sha = sha256();
        for (SynthProblem p : SynthLanguage.BOTH.problems()) {
            for (int mask = 0; mask < 1 << p.categories().size(); mask++) {
                Map<EditCategory, Choice> choices = Variants.mask(p, mask);
                for (long styleSeed : STYLE_SEEDS) {
                    SynthSource source = p.render(choices, styleSeed);
                    add(sha, p.id(), source.className(), source.text());
                }
            }
        }
        assertEquals(SOURCES_GOLDEN, hex(sha));
    }

    @Test
    void corpusIsUnchanged() {
        MessageDigest sha = sha256();
        int problems = SynthLanguage.BOTH.problems().size();
        PlantedEditCorpus corpus = PlantedEditCorpus.generate(new SynthConfig(problems, 4, 0.5, 2022L, false, SynthLanguage.BOTH));
        for (ProblemData data : corpus.problems()) {
            add(sha, data.id(), data.input(), data.expectedOutput());
        }
        for (Submission s : corpus.submissions()) {
            add(sha, s.problemId(), s.submissionId(), s.language().name(), s.source(), s.extras().toString());
        }
        assertEquals(CORPUS_GOLDEN, hex(sha));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void add(MessageDigest sha, String... parts) {
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
    }
}
