package org.editvq.evaluation.stats;

/**
 * Runtime spread of one problem's programs (those with a runtime &gt; 0).
 *
 * @param problemId    problem
 * @param programs     programs with a runtime
 * @param p10Ms        10th percentile runtime: faster than 90% of the programs
 * @param medianMs     median runtime
 * @param p90Ms        90th percentile runtime
 * @param medianOverP10 median / p10: how much faster the top decile is than the typical program
 * @param p90OverMedian p90 / median: how much slower the slow decile is than the typical program
 */
public record ProblemRuntimeStats(String problemId, int programs, double p10Ms, double medianMs, double p90Ms,
                                  double medianOverP10, double p90OverMedian) {
}
