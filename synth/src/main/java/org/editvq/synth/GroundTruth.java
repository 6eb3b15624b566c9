package org.editvq.synth;

import org.editvq.core.data.Submission;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What was planted in one generated submission.
 *
 * @param problemId    the problem
 * @param submissionId the submission
 * @param styleSeed    seed of its surface style (names, formatting, ...)
 * @param className    its public class
 * @param choices      the choice per edit category of the problem
 */
public record GroundTruth(String problemId, String submissionId, long styleSeed, String className,
                          Map<EditCategory, Choice> choices) {
    /** Extras key of the style seed. */
    public static final String STYLE_SEED_EXTRA = "synth.style_seed";
    /** Extras key of the class name. */
    public static final String CLASS_EXTRA = "synth.class";

    public GroundTruth {
        Objects.requireNonNull(problemId, "problemId");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(className, "className");
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("no choices for " + submissionId);
        }
        choices = Collections.unmodifiableMap(new EnumMap<>(choices));
    }

    /** Reads the ground truth back from a generated submission's extras ({@code edit.*}, {@code synth.*}). */
    public static GroundTruth of(Submission s) {
        Map<EditCategory, Choice> choices = new EnumMap<>(EditCategory.class);
        for (EditCategory c : EditCategory.values()) {
            String v = s.extras().get(c.extraKey());
            if (v != null && !v.isEmpty()) {
                choices.put(c, Choice.parse(v));
            }
        }
        String seed = s.extras().get(STYLE_SEED_EXTRA);
        String cls = s.extras().get(CLASS_EXTRA);
        if (seed == null || cls == null || choices.isEmpty()) {
            throw new IllegalArgumentException(s.submissionId() + " carries no synthetic ground truth");
        }
        return new GroundTruth(s.problemId(), s.submissionId(), Long.parseLong(seed), cls, choices);
    }

    /**
     * The planted edits separating this submission from another of the same problem: the
     * categories whose choices differ.
     *
     * @throws IllegalArgumentException when the problems differ
     */
    public Set<EditCategory> differingEdits(GroundTruth other) {
        if (!problemId.equals(other.problemId)) {
            throw new IllegalArgumentException("different problems: " + problemId + " vs " + other.problemId);
        }
        Set<EditCategory> diff = EnumSet.noneOf(EditCategory.class);
        for (Map.Entry<EditCategory, Choice> e : choices.entrySet()) {
            if (e.getValue() != other.choices.get(e.getKey())) {
                diff.add(e.getKey());
            }
        }
        for (EditCategory c : other.choices.keySet()) {
            if (!choices.containsKey(c)) {
                diff.add(c);
            }
        }
        return diff;
    }

    /** Number of categories on the fast side. */
    public int fastCount() {
        return (int) choices.values().stream().filter(c -> c == Choice.FAST).count();
    }
}
