package org.editvq.canonicalizer.synth;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.editvq.core.data.Submission;
import org.editvq.synth.Choice;
import org.editvq.synth.EditCategory;
import org.editvq.synth.PlantedEditCorpus;
import org.editvq.synth.SynthConfig;
import org.editvq.synth.SynthLanguage;
import org.editvq.synth.SynthProblem;
import org.editvq.synth.SynthProblems;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated Python submissions canonicalize without problems, and planted edits survive canonicalization. */
class SynthPythonCanonicalizationTest {
    private final Canonicalizer python = Canonicalizers.forLanguage(Language.PYTHON);

    @Test
    void everyVariantInSeveralStylesCanonicalizesWithoutProblems() {
        int files = 0;
        for (SynthProblem p : SynthProblems.python()) {
            for (int mask = 0; mask < 1 << p.categories().size(); mask++) {
                for (long style = 0; style < 8; style++) {
                    String text = p.render(choices(p, mask), 101L * style + mask).text();
                    for (CanonicalizationMode mode : CanonicalizationMode.values()) {
                        CanonicalizationResult r = python.canonicalize(text, mode);
                        assertTrue(r.ok(), () -> p.id() + " " + mode + ": " + r.problems() + "\n" + text);
                        assertTrue(r.problems().isEmpty(), () -> r.problems() + "\n" + text);
                        assertFalse(r.tokens().isEmpty());
                    }
                    files++;
                }
            }
        }
        assertEquals(8 * 20, files);
    }

    @Test
    void generatedPythonCorpusCanonicalizesAndEachFlipChangesTheCanonicalText() {
        PlantedEditCorpus corpus = PlantedEditCorpus.generate(new SynthConfig(5, 10, 0.5, 3, true, SynthLanguage.PYTHON));
        for (Submission s : corpus.submissions()) {
            assertTrue(python.canonicalize(s.source()).ok(), s.submissionId());
        }
        for (SynthProblem p : SynthProblems.python()) {
            Map<EditCategory, Choice> fast = choices(p, (1 << p.categories().size()) - 1);
            String fastCanon = python.canonicalize(p.render(fast, 5).text()).text();
            for (EditCategory c : p.categories()) {
                Map<EditCategory, Choice> flipped = new EnumMap<>(fast);
                flipped.put(c, Choice.SLOW);
                assertNotEquals(fastCanon, python.canonicalize(p.render(flipped, 5).text()).text(), p.id() + " " + c.key());
            }
        }
    }

    private static Map<EditCategory, Choice> choices(SynthProblem p, int mask) {
        Map<EditCategory, Choice> c = new EnumMap<>(EditCategory.class);
        for (int k = 0; k < p.categories().size(); k++) {
            c.put(p.categories().get(k), ((mask >> k) & 1) == 1 ? Choice.FAST : Choice.SLOW);
        }
        return c;
    }
}
