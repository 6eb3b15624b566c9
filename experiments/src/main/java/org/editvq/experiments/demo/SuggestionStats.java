package org.editvq.experiments.demo;

import org.editvq.core.canon.Canonicalizer;
import org.editvq.experiments.planted.PlantedLatents;
import org.editvq.experiments.reproduce.SuggestionHealth;
import org.editvq.synth.PlantedEditCorpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the demo measures about the suggestions for held-out slow programs: distinct suggestions
 * per input, the share of decodes that leave the input unchanged, the share of distinct changed
 * suggestions whose rendered canonical code parses (these three are {@link SuggestionHealth}, as in a
 * reproduction's {@code suggestions.csv}), and the planted edit recall (for each input and each category it is
 * slow on, whether some latent's suggestion equals, token for token, the input with exactly that planted edit
 * applied). Accumulates input by input.
 */
final class SuggestionStats {
    private final PlantedEditCorpus corpus;
    private final Canonicalizer canonicalizer;
    private final SuggestionHealth health;
    private int fixes;
    private int found;

    SuggestionStats(PlantedEditCorpus corpus, Canonicalizer canonicalizer) {
        this.corpus = corpus;
        this.canonicalizer = canonicalizer;
        this.health = new SuggestionHealth(canonicalizer);
    }

    /** Adds one input (canonical tokens, its submission id) and its decodes (one program per latent). */
    void add(String submissionId, List<String> input, List<List<String>> programs) {
        Set<List<String>> unique = health.add(input, programs);
        for (List<String> fix : PlantedLatents.canonicalFixes(corpus.plantedFixes(submissionId), canonicalizer,
                input).values()) {
            fixes++;
            found += unique.contains(fix) ? 1 : 0;
        }
    }

    /** Planted edit recall: fixes found by some latent / fixes. */
    double recall() {
        return fixes == 0 ? 0 : (double) found / fixes;
    }

    /** Share of distinct changed suggestions that parse. */
    double parseRate() {
        return health.parseRate();
    }

    /** Distinct suggestions (the unchanged input included) per input. */
    double distinctPerInput() {
        return health.distinctPerInput();
    }

    /** Share of decodes equal to the input. */
    double unchangedShare() {
        return health.unchangedShare();
    }

    /** One line for the demo's log. */
    String summary() {
        return String.format(Locale.ROOT, "%d inputs: %.1f distinct suggestions per input, %.0f%% of decodes "
                        + "unchanged; %d of %d distinct changed suggestions parse (%.0f%%); planted edit recall "
                        + "%d of %d (%.0f%%)", health.inputs(), distinctPerInput(), 100 * unchangedShare(),
                health.parsing(), health.changedDistinct(), 100 * parseRate(), found, fixes, 100 * recall());
    }
}
