package org.editvq.judge;

import org.editvq.judge.runner.RunnerProtocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-problem totals of a judging run.
 *
 * @param problemId        the problem
 * @param submissions      submissions judged
 * @param compiled         of them, not {@link JudgeStatus#COMPILE_ERROR} (nor {@link JudgeStatus#JUDGE_ERROR})
 * @param accepted         of them, {@link JudgeStatus#ACCEPTED}
 * @param runtimeMedianMs  median runtime of the accepted ones (NaN without)
 * @param runtimeP90Ms     90th percentile runtime of the accepted ones (NaN without)
 * @param ratioP90Median   {@code runtimeP90Ms / runtimeMedianMs}: how much slower the slow tail is
 * @param fastestMs        fastest accepted runtime
 * @param slowestMs        slowest accepted runtime
 * @param medianSpread     median relative IQR of the accepted ones (the noise reached)
 * @param statusCounts     submissions by status
 */
public record ProblemSummary(String problemId, int submissions, int compiled, int accepted, double runtimeMedianMs,
                             double runtimeP90Ms, double ratioP90Median, double fastestMs, double slowestMs,
                             double medianSpread, Map<JudgeStatus, Integer> statusCounts) {
    public ProblemSummary {
        statusCounts = Collections.unmodifiableMap(new TreeMap<>(statusCounts));
    }

    /** Summarises the results of one problem. */
    public static ProblemSummary of(String problemId, List<JudgeResult> results) {
        Map<JudgeStatus, Integer> counts = new TreeMap<>();
        List<Double> runtimes = new ArrayList<>();
        List<Double> spreads = new ArrayList<>();
        int compiled = 0;
        for (JudgeResult r : results) {
            counts.merge(r.status(), 1, Integer::sum);
            if (r.status() != JudgeStatus.COMPILE_ERROR && r.status() != JudgeStatus.JUDGE_ERROR) {
                compiled++;
            }
            if (r.status() == JudgeStatus.ACCEPTED && !Double.isNaN(r.runtimeMs())) {
                runtimes.add(r.runtimeMs());
                spreads.add(r.runtimeSpread());
            }
        }
        Collections.sort(runtimes);
        Collections.sort(spreads);
        double median = RunnerProtocol.quantile(runtimes, 0.5);
        double p90 = RunnerProtocol.quantile(runtimes, 0.9);
        return new ProblemSummary(problemId, results.size(), compiled, counts.getOrDefault(JudgeStatus.ACCEPTED, 0),
                median, p90, p90 / median, runtimes.isEmpty() ? Double.NaN : runtimes.get(0),
                runtimes.isEmpty() ? Double.NaN : runtimes.get(runtimes.size() - 1),
                RunnerProtocol.quantile(spreads, 0.5), counts);
    }
}
