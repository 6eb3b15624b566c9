package org.editvq.training;

/**
 * One training pair as vocabulary ids, without BOS/EOS.
 *
 * @param source the slow program x (non-empty)
 * @param target the fast program y (non-empty)
 */
public record EncodedPair(int[] source, int[] target) {
    public EncodedPair {
        if (source.length == 0 || target.length == 0) {
            throw new IllegalArgumentException("empty source or target");
        }
    }

    /** Padded-token cost of this pair alone: source plus decoder input (target + BOS). */
    public int cost() {
        return source.length + target.length + 1;
    }
}
