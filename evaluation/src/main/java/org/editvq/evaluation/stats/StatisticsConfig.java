package org.editvq.evaluation.stats;

/**
 * How statistics are summarised.
 *
 * @param bins                  histogram bins (default 30)
 * @param minProgramsPerProblem problems with fewer runtimes are listed but left out of the
 *                              across-problem summary (default 10: a decile needs a few programs)
 */
public record StatisticsConfig(int bins, int minProgramsPerProblem) {
    public StatisticsConfig {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1: " + bins);
        }
        if (minProgramsPerProblem < 2) {
            throw new IllegalArgumentException("minProgramsPerProblem must be >= 2: " + minProgramsPerProblem);
        }
    }

    /** 30 bins, problems with at least 10 runtimes. */
    public static StatisticsConfig defaults() {
        return new StatisticsConfig(30, 10);
    }
}
