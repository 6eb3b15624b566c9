package org.editvq.judge;

import org.editvq.core.data.Language;
import org.editvq.core.data.Submission;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The judged outcome of one submission; one line of the journal.
 *
 * @param problemId     the submission's problem
 * @param submissionId  the submission's id
 * @param language      the submission's language
 * @param sourceHash    hex SHA-256 of the original source (a changed source is judged again)
 * @param fingerprint   hex SHA-256 of what else decides the result: the problem's tests, the run
 *                      counts and limits, the rewriter version (see {@link JudgeRun#fingerprint});
 *                      a changed fingerprint is judged again
 * @param status        the verdict
 * @param runtimeMs     median CPU time of the measured runs in ms; NaN unless the program ran to completion
 * @param runtimeSpread relative interquartile range of the measured runs; NaN without runs
 * @param runs          number of measured runs
 * @param processCpuMs  Java: median whole-process CPU per run (GC, JIT included); NaN otherwise
 * @param rewrites      source rewrites applied before compiling (see {@code JavaSourceRewriter}), in order
 * @param detail        why the status is what it is (compiler message, exception, checker reason); may be empty
 * @param outputHash    hex SHA-256 of the normalized output of the first run; empty without output
 * @param outputsDiffer whether runs printed different outputs
 */
public record JudgeResult(String problemId, String submissionId, Language language, String sourceHash,
                          String fingerprint,
                          JudgeStatus status, double runtimeMs, double runtimeSpread, int runs, double processCpuMs,
                          List<String> rewrites, String detail, String outputHash, boolean outputsDiffer) {
    public JudgeResult {
        Objects.requireNonNull(problemId, "problemId");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sourceHash, "sourceHash");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(status, "status");
        rewrites = List.copyOf(rewrites);
        detail = detail == null ? "" : detail;
        outputHash = outputHash == null ? "" : outputHash;
        if (runs < 0) {
            throw new IllegalArgumentException("runs < 0");
        }
    }

    /** Journal key: the same submission with the same source under the same fingerprint is judged once. */
    public String key() {
        return key(problemId, submissionId, sourceHash, fingerprint);
    }

    /** Journal key of a submission. */
    public static String key(String problemId, String submissionId, String sourceHash, String fingerprint) {
        return problemId + "\u0000" + submissionId + "\u0000" + sourceHash + "\u0000" + fingerprint;
    }

    /** A copy with another status and detail (used by the majority vote). */
    public JudgeResult withVerdict(JudgeStatus newStatus, String newDetail) {
        return new JudgeResult(problemId, submissionId, language, sourceHash, fingerprint, newStatus, runtimeMs, runtimeSpread, runs,
                processCpuMs, rewrites, newDetail, outputHash, outputsDiffer);
    }

    /**
     * The submission with this result: runtime set only when {@link JudgeStatus#ACCEPTED} (a wrong
     * program's runtime must never be paired), extras {@code status}, {@code runs},
     * {@code runtime_spread}, {@code rewrites} (joined by {@code ;}).
     */
    public Submission applyTo(Submission original) {
        double runtime = status == JudgeStatus.ACCEPTED ? runtimeMs : Double.NaN;
        return new Submission(original.problemId(), original.submissionId(), original.language(), runtime,
                original.source(), original.extras())
                .withExtra("status", status.name())
                .withExtra("runs", Integer.toString(runs))
                .withExtra("runtime_spread", Double.isNaN(runtimeSpread) ? "" : String.format(Locale.ROOT, "%.4f", runtimeSpread))
                .withExtra("rewrites", String.join(";", rewrites));
    }
}
