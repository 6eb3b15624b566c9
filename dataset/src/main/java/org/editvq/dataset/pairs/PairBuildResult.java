package org.editvq.dataset.pairs;

import org.editvq.core.data.ProgramPair;

import java.util.List;
import java.util.Objects;

/**
 * Every (slow, fast) pair of a program collection and the counts of how it was found.
 *
 * @param pairs ordered by problem (first appearance), then slow program, then fast program (input order)
 * @param stats counts
 */
public record PairBuildResult(List<ProgramPair> pairs, PairBuildStats stats) {
    public PairBuildResult {
        pairs = List.copyOf(pairs);
        Objects.requireNonNull(stats, "stats");
    }
}
