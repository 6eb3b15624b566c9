package org.editvq.synth;

import java.util.List;
import java.util.Optional;

/** The built-in problems, in a fixed order: the Java ones ({@link #all()}) and the Python ones ({@link #python()}). */
public final class SynthProblems {
    private static final List<SynthProblem> ALL = List.of(new RangeSums(), new Membership(), new KthSmallest(),
            new FirstIndex(), new MergeCosts(), new Initials(), new Stairs(), new PairSums(), new DistinctLine(),
            new RunningSums(), new RunningMax());
    private static final List<SynthProblem> PYTHON = List.of(new PyRunningSums(), new PyRangeSums(), new PyMembership(),
            new PyKthSmallest(), new PyStairs());

    private SynthProblems() {
    }

    /** All Java problems: range-sums, membership, kth-smallest, first-index, merge-costs, initials, stairs, pair-sums, distinct-line, running-sums, running-max. */
    public static List<SynthProblem> all() {
        return ALL;
    }

    /** The Python 3 problems: running-sums-py, range-sums-py, membership-py, kth-smallest-py, stairs-py. */
    public static List<SynthProblem> python() {
        return PYTHON;
    }

    /** Number of built-in Java problems. */
    public static int count() {
        return ALL.size();
    }

    /** The problem (Java or Python) with the given id. */
    public static Optional<SynthProblem> byId(String id) {
        return SynthLanguage.BOTH.problems().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
