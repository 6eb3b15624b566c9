package org.editvq.core.data;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One program submitted to one problem, as read from a corpus.
 *
 * @param problemId    the problem the program solves; pairs are only ever built within a problem
 * @param submissionId unique within the corpus
 * @param language     the program's language
 * @param runtimeMs    measured runtime in milliseconds, or {@link Double#NaN} when not measured
 * @param source       the program text
 * @param extras       further columns (status, spread, origin path, ...), never null, sorted by key
 */
public record Submission(String problemId, String submissionId, Language language, double runtimeMs,
                         String source, Map<String, String> extras) {

    public Submission {
        Objects.requireNonNull(problemId, "problemId");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        if (problemId.isBlank()) {
            throw new IllegalArgumentException("problemId is blank");
        }
        if (submissionId.isBlank()) {
            throw new IllegalArgumentException("submissionId is blank");
        }
        if (!Double.isNaN(runtimeMs) && (runtimeMs < 0 || Double.isInfinite(runtimeMs))) {
            throw new IllegalArgumentException("runtimeMs must be >= 0, finite, or NaN for unknown: " + runtimeMs);
        }
        extras = extras == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(extras));
    }

    /** A submission without measured runtime and without extra columns. */
    public static Submission unjudged(String problemId, String submissionId, Language language, String source) {
        return new Submission(problemId, submissionId, language, Double.NaN, source, Map.of());
    }

    /** Whether a runtime was measured for this submission. */
    public boolean hasRuntime() {
        return !Double.isNaN(runtimeMs);
    }

    /** A copy with the given runtime. */
    public Submission withRuntime(double newRuntimeMs) {
        return new Submission(problemId, submissionId, language, newRuntimeMs, source, extras);
    }

    /** A copy with one more (or a replaced) extra column. */
    public Submission withExtra(String key, String value) {
        Map<String, String> copy = new TreeMap<>(extras);
        copy.put(key, value);
        return new Submission(problemId, submissionId, language, runtimeMs, source, copy);
    }
}
