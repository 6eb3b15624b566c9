package org.editvq.training;

/**
 * One training pair as vocabulary ids, without BOS/EOS.
 *
 * @param source the slow program x (non-empty)
 * @param target the fast program y (non-empty), read by the edit encoder
 * @param output what the decoder learns to emit: y itself, or the edit script of x → y (empty
 *               when x = y)
 */
public record EncodedPair(int[] source, int[] target, int[] output) {
    public EncodedPair {
        if (source.length == 0 || target.length == 0) {
            throw new IllegalArgumentException("empty source or target");
        }
    }

    /** A pair whose decoder emits the target program itself. */
    public EncodedPair(int[] source, int[] target) {
        this(source, target, target);
    }

    /**
     * Padded-token cost of this pair alone: source plus target + BOS (the batch planner's measure;
     * an edit script is budgeted as if it were as long as the target program).
     */
    public int cost() {
        return source.length + target.length + 1;
    }
}
