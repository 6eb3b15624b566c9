package org.editvq.models;

/**
 * One generated sequence.
 *
 * @param tokens   generated ids, without BOS and EOS
 * @param logProb  Σ log p(token) of the generated tokens and the EOS under the model (temperature 1)
 * @param finished whether the sequence ended with EOS before the length limit
 */
public record Decoded(int[] tokens, double logProb, boolean finished) {
    /** Log-likelihood per predicted token (tokens plus EOS): the ranking score of suggestions. */
    public double normalizedLogProb() {
        return normalizedLogProb(logProb, tokens.length, finished);
    }

    /** The log-likelihood per predicted token of a decode of {@code tokens} tokens (plus EOS when finished). */
    public static double normalizedLogProb(double logProb, int tokens, boolean finished) {
        return logProb / (tokens + (finished ? 1 : 0));
    }
}
