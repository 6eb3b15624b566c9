package org.editvq.core.canon;

import java.util.List;
import java.util.Objects;
import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.Submission;

/**
 * The outcome of canonicalizing one program. Unparsable input is a result with problems, never an
 * exception.
 *
 * @param tokens      canonical tokens; empty when the program could not be canonicalized
 * @param identifiers what each token position replaced, and in indexed mode which name each indexed token stands for
 * @param problems    what went wrong; empty when the canonicalization succeeded
 */
public record CanonicalizationResult(List<String> tokens, IdentifierMap identifiers,
                                     List<CanonicalizationProblem> problems) {
    public CanonicalizationResult {
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(identifiers, "identifiers");
        problems = List.copyOf(problems);
        if (identifiers.originals().size() != tokens.size()) {
            throw new IllegalArgumentException("identifier map covers " + identifiers.originals().size()
                    + " positions but there are " + tokens.size() + " tokens");
        }
    }

    /** A failed canonicalization: no tokens, the given problems (at least one). */
    public static CanonicalizationResult failure(List<CanonicalizationProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failure needs at least one problem");
        }
        return new CanonicalizationResult(List.of(), IdentifierMap.EMPTY, problems);
    }

    /** Whether the program was canonicalized without problems. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * The canonical program of {@code submission} (its problem, id and runtime, these tokens).
     *
     * @throws IllegalStateException if this canonicalization failed
     */
    public CanonicalProgram toProgram(Submission submission) {
        if (!ok()) {
            throw new IllegalStateException("canonicalization of " + submission.submissionId() + " failed: " + problems);
        }
        return new CanonicalProgram(submission.problemId(), submission.submissionId(), tokens, submission.runtimeMs());
    }

    /** Tokens joined by single spaces. */
    public String text() {
        return String.join(" ", tokens);
    }
}
