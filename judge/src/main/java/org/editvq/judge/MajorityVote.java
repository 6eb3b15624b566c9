package org.editvq.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented fallback for problems with an input but neither expected output nor checker:
 * among a problem's {@link JudgeStatus#UNVERIFIED} results, the normalized output printed by a
 * strict majority (and by at least two programs) is taken as correct; those become
 * {@link JudgeStatus#ACCEPTED}, the others {@link JudgeStatus#WRONG_ANSWER}, both with a detail
 * saying so. Without such a majority, results stay {@code UNVERIFIED}. Deterministic and
 * recomputed on every run (the journal keeps the unvoted results).
 */
public final class MajorityVote {
    private MajorityVote() {
    }

    /** Applies the vote; results of problems with an oracle are returned unchanged. */
    public static List<JudgeResult> apply(List<JudgeResult> results, JudgeConfig config) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<String, Integer> voters = new HashMap<>();
        for (JudgeResult r : results) {
            if (r.status() == JudgeStatus.UNVERIFIED && !r.outputHash().isEmpty()) {
                votes.computeIfAbsent(r.problemId(), k -> new HashMap<>()).merge(r.outputHash(), 1, Integer::sum);
                voters.merge(r.problemId(), 1, Integer::sum);
            }
        }
        Map<String, String> winners = new HashMap<>();
        votes.forEach((problem, counts) -> counts.forEach((hash, n) -> {
            if (n >= 2 && 2 * n > voters.get(problem)) {
                winners.put(problem, hash);
            }
        }));
        List<JudgeResult> out = new ArrayList<>(results.size());
        for (JudgeResult r : results) {
            String winner = winners.get(r.problemId());
            ProblemTests tests = config.tests().get(r.problemId());
            boolean noOracle = tests == null || (tests.expectedOutput() == null && tests.checker() == null);
            if (r.status() == JudgeStatus.UNVERIFIED && winner != null && noOracle) {
                int n = votes.get(r.problemId()).get(winner);
                String note = "majority output (" + n + " of " + voters.get(r.problemId()) + ")";
                out.add(r.outputHash().equals(winner) ? r.withVerdict(JudgeStatus.ACCEPTED, note)
                        : r.withVerdict(JudgeStatus.WRONG_ANSWER, "differs from the " + note));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
