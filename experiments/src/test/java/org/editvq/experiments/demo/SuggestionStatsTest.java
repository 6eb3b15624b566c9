package org.editvq.experiments.demo;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.editvq.core.data.Submission;
import org.editvq.synth.Choice;
import org.editvq.synth.EditCategory;
import org.editvq.synth.GroundTruth;
import org.editvq.synth.PlantedEditCorpus;
import org.editvq.synth.SynthConfig;
import org.editvq.synth.SynthSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's planted edit recall counts exactly the fixes some decode reproduces, token for token. */
class SuggestionStatsTest {
    @Test
    void recallCountsTheFixesSomeLatentReproducesExactly() {
        PlantedEditCorpus corpus = PlantedEditCorpus.generate(new SynthConfig(3, 8, 0.5, 2022L, false));
        Canonicalizer java = Canonicalizers.forLanguage(Language.JAVA);
        Submission all = null;
        for (Submission s : corpus.submissions()) { // a submission slow on both of its categories
            GroundTruth gt = GroundTruth.of(s);
            if (gt.choices().size() == 2 && gt.choices().values().stream().allMatch(c -> c == Choice.SLOW)) {
                all = s;
                break;
            }
        }
        assertTrue(all != null, "the corpus has an all-slow submission");
        List<String> input = java.canonicalize(all.source(), CanonicalizationMode.GENERIC).tokens();
        Map<EditCategory, SynthSource> fixes = corpus.plantedFixes(all.submissionId());
        assertEquals(2, fixes.size());
        List<List<String>> fixTokens = new ArrayList<>();
        for (SynthSource fix : fixes.values()) {
            fixTokens.add(java.canonicalize(fix.text(), CanonicalizationMode.GENERIC).tokens());
        }

        SuggestionStats none = new SuggestionStats(corpus, java);
        none.add(all.submissionId(), input, List.of(input, input));
        assertEquals(0.0, none.recall());

        SuggestionStats one = new SuggestionStats(corpus, java);
        List<String> almost = new ArrayList<>(fixTokens.get(1));
        almost.remove(almost.size() - 1); // one token short of the fix is not the fix
        one.add(all.submissionId(), input, List.of(input, fixTokens.get(0), almost));
        assertEquals(0.5, one.recall(), "1 of the 2 fixes, the near miss not counted");
        assertEquals(3.0, one.distinctPerInput(), "input, fix and near miss");

        SuggestionStats both = new SuggestionStats(corpus, java);
        both.add(all.submissionId(), input, List.of(fixTokens.get(1), fixTokens.get(0)));
        assertEquals(1.0, both.recall());
        assertEquals(1.0, both.parseRate(), "a planted fix parses");
        assertEquals(0.0, both.unchangedShare());
    }
}
