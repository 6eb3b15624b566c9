package org.editvq.core.synth;

import java.util.List;
import java.util.Optional;

/** The built-in problems, in a fixed order. */
public final class SynthProblems {
    private static final List<SynthProblem> ALL = List.of(new RangeSums(), new Membership(), new KthSmallest(),
            new FirstIndex(), new MergeCosts(), new Initials(), new Stairs(), new PairSums(), new DistinctLine(),
            new RunningSums(), new RunningMax());

    private SynthProblems() {
    }

    /** All problems: range-sums, membership, kth-smallest, first-index, merge-costs, initials, stairs, pair-sums, distinct-line, running-sums, running-max. */
    public static List<SynthProblem> all() {
        return ALL;
    }

    /** Number of built-in problems. */
    public static int count() {
        return ALL.size();
    }

    /** The problem with the given id. */
    public static Optional<SynthProblem> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
