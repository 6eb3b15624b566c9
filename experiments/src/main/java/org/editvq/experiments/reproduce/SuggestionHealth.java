package org.editvq.experiments.reproduce;

import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.Canonicalizer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a model's N outputs per input are usable suggestions: distinct outputs per input, the share of outputs
 * that are the input unchanged, and the share of distinct changed outputs whose rendered canonical code parses
 * again (the canonicalizer's render, then a generic canonicalization). Accumulates input by input; the demo and
 * the reproduction report the same numbers.
 */
public final class SuggestionHealth {
    private final Canonicalizer canonicalizer;
    private int inputs;
    private long outputs;
    private long unchanged;
    private long distinct;
    private long changedDistinct;
    private long parsing;

    /** Counts for programs of {@code canonicalizer}'s language. */
    public SuggestionHealth(Canonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    /**
     * Adds one input and its outputs.
     *
     * @param input   the input's canonical tokens
     * @param outputs the programs decoded or sampled for it (canonical tokens)
     * @return the distinct outputs, in first-seen order
     */
    public Set<List<String>> add(List<String> input, List<List<String>> outputs) {
        inputs++;
        this.outputs += outputs.size();
        Set<List<String>> unique = new LinkedHashSet<>(outputs);
        distinct += unique.size();
        for (List<String> p : outputs) {
            unchanged += p.equals(input) ? 1 : 0;
        }
        for (List<String> p : unique) {
            if (!p.equals(input)) {
                changedDistinct++;
                parsing += canonicalizer.canonicalize(canonicalizer.render(p), CanonicalizationMode.GENERIC).ok()
                        ? 1 : 0;
            }
        }
        return unique;
    }

    /** Inputs added. */
    public int inputs() {
        return inputs;
    }

    /** Distinct outputs (the unchanged input included) per input. */
    public double distinctPerInput() {
        return inputs == 0 ? 0 : (double) distinct / inputs;
    }

    /** Share of outputs equal to their input. */
    public double unchangedShare() {
        return outputs == 0 ? 0 : (double) unchanged / outputs;
    }

    /** Distinct outputs that differ from their input, over all inputs. */
    public long changedDistinct() {
        return changedDistinct;
    }

    /** Of those, how many parse. */
    public long parsing() {
        return parsing;
    }

    /** Share of distinct changed outputs that parse (0 when there are none). */
    public double parseRate() {
        return changedDistinct == 0 ? 0 : (double) parsing / changedDistinct;
    }

    /** One line for a log. */
    public String summary() {
        return String.format(Locale.ROOT, "%d inputs: %.1f distinct outputs per input, %.0f%% of outputs unchanged; "
                        + "%d of %d distinct changed outputs parse (%.0f%%)", inputs, distinctPerInput(),
                100 * unchangedShare(), parsing, changedDistinct, 100 * parseRate());
    }

    /** Header of {@link #csvRow(String)}. */
    public static final String CSV_HEADER = "model,inputs,distinct_per_input,unchanged_share,changed_distinct,parsing,"
            + "parse_rate";

    /** One CSV row named {@code model}. */
    public String csvRow(String model) {
        return String.format(Locale.ROOT, "%s,%d,%.4f,%.4f,%d,%d,%.4f", model, inputs, distinctPerInput(),
                unchangedShare(), changedDistinct, parsing, parseRate());
    }
}
