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
        return logProb / (tokens.length + (finished ? 1 : 0));
    }
}
