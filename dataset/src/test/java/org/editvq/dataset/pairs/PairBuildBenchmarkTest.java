package org.editvq.dataset.pairs;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pair-search benchmark; excluded from the default build (run with {@code -Dbench.excluded=none -Dgroups=bench}). */
@Tag("bench")
class PairBuildBenchmarkTest {
    @Test
    void tenThousandProgramsOfOneProblem() {
        SyntheticPrograms spec = new SyntheticPrograms(1, 10_000, 300, 20, 200, 0.15, 2022);
        PairBuildBenchmark.Result r = PairBuildBenchmark.run(spec, PairConfig.defaults(), 20_000);
        System.out.println("[bench] " + r.report());
        assertTrue(r.candidatesExamined() < r.bruteForceComparisons());
    }
}
