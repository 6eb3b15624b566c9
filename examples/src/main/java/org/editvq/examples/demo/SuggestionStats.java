package org.editvq.examples.demo;

import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.synth.EditCategory;
import org.editvq.core.synth.PlantedEditCorpus;
import org.editvq.core.synth.SynthSource;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the demo measures about the suggestions for held-out slow programs: distinct suggestions
 * per input, the share of decodes that leave the input unchanged, the share of distinct changed
 * suggestions whose rendered canonical code parses, and the planted edit recall (for each input
 * and each category it is slow on, whether some latent's suggestion equals, token for token, the
 * input with exactly that planted edit applied). Accumulates input by input.
 */
final class SuggestionStats {
    private final PlantedEditCorpus corpus;
    private final Canonicalizer canonicalizer;
    private int inputs;
    private long decodes;
    private long unchanged;
    private long distinct;
    private long changedDistinct;
    private long parsing;
    private int fixes;
    private int found;

    SuggestionStats(PlantedEditCorpus corpus, Canonicalizer canonicalizer) {
        this.corpus = corpus;
        this.canonicalizer = canonicalizer;
    }

    /** Adds one input (canonical tokens, its submission id) and its decodes (one program per latent). */
    void add(String submissionId, List<String> input, List<List<String>> programs) {
        inputs++;
        decodes += programs.size();
        Set<List<String>> unique = new LinkedHashSet<>(programs);
        distinct += unique.size();
        for (List<String> p : programs) {
            unchanged += p.equals(input) ? 1 : 0;
        }
        for (List<String> p : unique) {
            if (!p.equals(input)) {
                changedDistinct++;
                parsing += canonicalizer.canonicalize(canonicalizer.render(p), CanonicalizationMode.GENERIC).ok() ? 1
                        : 0;
            }
        }
        for (Map.Entry<EditCategory, SynthSource> fix : corpus.plantedFixes(submissionId).entrySet()) {
            CanonicalizationResult c = canonicalizer.canonicalize(fix.getValue().text(), CanonicalizationMode.GENERIC);
            if (c.ok() && !c.tokens().equals(input)) {
                fixes++;
                found += unique.contains(c.tokens()) ? 1 : 0;
            }
        }
    }

    /** Planted edit recall: fixes found by some latent / fixes. */
    double recall() {
        return fixes == 0 ? 0 : (double) found / fixes;
    }

    /** Share of distinct changed suggestions that parse. */
    double parseRate() {
        return changedDistinct == 0 ? 0 : (double) parsing / changedDistinct;
    }

    /** Distinct suggestions (the unchanged input included) per input. */
    double distinctPerInput() {
        return inputs == 0 ? 0 : (double) distinct / inputs;
    }

    /** Share of decodes equal to the input. */
    double unchangedShare() {
        return decodes == 0 ? 0 : (double) unchanged / decodes;
    }

    /** One line for the demo's log. */
    String summary() {
        return String.format(Locale.ROOT, "%d inputs: %.1f distinct suggestions per input, %.0f%% of decodes "
                        + "unchanged; %d of %d distinct changed suggestions parse (%.0f%%); planted edit recall "
                        + "%d of %d (%.0f%%)", inputs, distinctPerInput(), 100 * unchangedShare(), parsing,
                changedDistinct, 100 * parseRate(), found, fixes, 100 * recall());
    }
}
