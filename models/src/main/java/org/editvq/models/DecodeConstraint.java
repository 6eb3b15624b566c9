package org.editvq.models;

/**
 * A rule on which tokens a decoder may emit next, given what it emitted so far, e.g. the grammar
 * of edit scripts that apply to the source ({@code org.editvq.core.edits.ScriptGrammar}). The
 * {@link Generator} asks each sequence's state to {@link Sequence#restrict restrict} the row of
 * log-probabilities before it picks a token (greedy or sampled), then tells it the token picked.
 * Log-likelihoods stay those of the model: a constraint only changes which token is picked.
 */
@FunctionalInterface
public interface DecodeConstraint {
    /** A fresh state for one decoded sequence (called once per sequence, from the decoding thread). */
    Sequence begin();

    /** The state of one sequence. */
    interface Sequence {
        /** Sets the entries of the tokens that may not come next to negative infinity; [vocab]. */
        void restrict(double[] logProbabilities);

        /** Records the token picked (never the end-of-sequence token, which ends the sequence). */
        void accept(int token);

        /**
         * An independent state equal to this one, for beam search, which continues one prefix with several
         * tokens. Constraints that cannot be copied keep this default and work with greedy and sampled
         * decoding only.
         */
        default Sequence copy() {
            throw new UnsupportedOperationException(getClass().getName() + " cannot be copied for beam search");
        }
    }
}
