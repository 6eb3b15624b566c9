package org.editvq.judge;

import java.nio.file.Path;
import java.util.List;

/**
 * What a judging run produced.
 *
 * @param results      one result per submission, in input order (majority verdicts applied)
 * @param summaries    one summary per problem, in first-appearance order
 * @param resumed      submissions taken from the journal of an earlier run instead of judged again
 * @param judged       submissions judged in this run
 * @param wallSeconds  wall time of this run
 * @param judgedCsv    the normalized CSV with the judged runtimes ({@value ResultsWriter#JUDGED_CSV})
 * @param summaryCsv   the per-problem summary ({@value ResultsWriter#SUMMARY_CSV})
 * @param manifest     the run manifest ({@code manifest.json})
 */
public record JudgeReport(List<JudgeResult> results, List<ProblemSummary> summaries, int resumed, int judged,
                          double wallSeconds, Path judgedCsv, Path summaryCsv, Path manifest) {
    public JudgeReport {
        results = List.copyOf(results);
        summaries = List.copyOf(summaries);
    }

    /** Results with the given status. */
    public long count(JudgeStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
