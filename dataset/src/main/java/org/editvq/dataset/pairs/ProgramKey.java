package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;

/**
 * Identity of a program within a corpus: (problem, submission).
 *
 * @param problemId    problem id
 * @param submissionId submission id
 */
record ProgramKey(String problemId, String submissionId) {
    static ProgramKey of(CanonicalProgram p) {
        return new ProgramKey(p.problemId(), p.submissionId());
    }
}
