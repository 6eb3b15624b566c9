package org.editvq.core.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded set of submissions together with the report of how the load went.
 *
 * @param submissions the submissions, in reading order
 * @param report      what was loaded and skipped
 */
public record Corpus(List<Submission> submissions, LoadReport report) {
    public Corpus {
        submissions = List.copyOf(submissions);
        Objects.requireNonNull(report, "report");
    }

    /** Submissions grouped by problem id, problems in first-appearance order. */
    public Map<String, List<Submission>> byProblem() {
        Map<String, List<Submission>> groups = new LinkedHashMap<>();
        for (Submission s : submissions) {
            groups.computeIfAbsent(s.problemId(), k -> new java.util.ArrayList<>()).add(s);
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(groups);
    }

    /** Number of submissions. */
    public int size() {
        return submissions.size();
    }
}
