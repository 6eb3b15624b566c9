package org.editvq.synth;

import java.util.Objects;

/**
 * Two submissions of one problem that differ by exactly one planted edit.
 *
 * @param problemId the problem
 * @param slowId    the submission with the slow variant of {@code category}
 * @param fastId    the submission with the fast variant
 * @param category  the one edit category whose choices differ
 */
public record PlantedPair(String problemId, String slowId, String fastId, EditCategory category) {
    public PlantedPair {
        Objects.requireNonNull(problemId, "problemId");
        Objects.requireNonNull(slowId, "slowId");
        Objects.requireNonNull(fastId, "fastId");
        Objects.requireNonNull(category, "category");
    }
}
