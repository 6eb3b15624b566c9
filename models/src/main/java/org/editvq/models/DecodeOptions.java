package org.editvq.models;

/**
 * How to pick each next token.
 *
 * @param maxLength   most tokens to generate (EOS excluded)
 * @param strategy    greedy argmax or sampling
 * @param temperature sampling temperature (&gt; 0); ignored when greedy
 * @param topK        sample only among the k most likely tokens (0 = all); ignored when greedy
 * @param minLength   EOS is not allowed before this many tokens (0 = any time)
 * @param beamWidth   greedy only: hypotheses kept per sequence (1 = plain greedy decoding); with more, beam
 *                    search returns the finished hypothesis of the best log-likelihood per token
 */
public record DecodeOptions(int maxLength, Strategy strategy, double temperature, int topK, int minLength,
                            int beamWidth) {
    /** Token choice rule. */
    public enum Strategy { GREEDY, SAMPLE }

    public DecodeOptions {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be >= 1");
        }
        java.util.Objects.requireNonNull(strategy, "strategy");
        if (!(temperature > 0) || topK < 0) {
            throw new IllegalArgumentException("temperature must be > 0 and topK >= 0");
        }
        if (minLength < 0 || minLength > maxLength) {
            throw new IllegalArgumentException("minLength must be in [0, maxLength]");
        }
        if (beamWidth < 1 || (beamWidth > 1 && strategy != Strategy.GREEDY)) {
            throw new IllegalArgumentException("beamWidth must be >= 1, and 1 when sampling: " + beamWidth);
        }
    }

    /** Greedy decoding up to maxLength tokens. */
    public static DecodeOptions greedy(int maxLength) {
        return new DecodeOptions(maxLength, Strategy.GREEDY, 1.0, 0, 0, 1);
    }

    /** Sampling with a temperature and optional top-k. */
    public static DecodeOptions sample(int maxLength, double temperature, int topK) {
        return new DecodeOptions(maxLength, Strategy.SAMPLE, temperature, topK, 0, 1);
    }

    /** A copy that forbids EOS before {@code tokens} tokens. */
    public DecodeOptions withMinLength(int tokens) {
        return new DecodeOptions(maxLength, strategy, temperature, topK, tokens, beamWidth);
    }

    /** Greedy beam search keeping {@code width} hypotheses per sequence (1 = plain greedy). */
    public DecodeOptions withBeamWidth(int width) {
        return new DecodeOptions(maxLength, strategy, temperature, topK, minLength, width);
    }
}
