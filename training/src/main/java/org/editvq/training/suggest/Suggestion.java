package org.editvq.training.suggest;

import org.editvq.core.diff.LineDiff;

import java.util.List;
import java.util.Objects;

/**
 * One distinct decoded program and the latents that produce it.
 *
 * @param rank         1 for the most likely suggestion
 * @param latents      the latents decoding to exactly these tokens, ascending
 * @param latentScores length-normalized log-likelihood of the output under each latent (parallel to {@code latents})
 * @param score        the ranking score: the best of {@code latentScores}
 * @param noChange     whether the output equals the canonical input
 * @param finished     whether the output ended with EOS (not cut at the length limit) under every latent
 * @param tokens       the decoded canonical (generic) tokens
 * @param restored     the tokens with the user's names restored (placeholders such as {@code ⟨v⟩} where impossible)
 * @param placeholders how many placeholders {@code restored} holds
 * @param code         {@code restored} rendered as code
 * @param tokenScript  token-level edit script from the canonical input to {@code tokens}
 * @param diff         unified diff (2 lines of context) of the rendered input code against {@code code}; empty
 *                     when nothing changed
 */
public record Suggestion(int rank, List<Integer> latents, List<Double> latentScores, double score, boolean noChange,
                         boolean finished, List<String> tokens, List<String> restored, int placeholders, String code,
                         List<LineDiff.Line> tokenScript, String diff) {
    public Suggestion {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be >= 1");
        }
        latents = List.copyOf(latents);
        latentScores = List.copyOf(latentScores);
        if (latents.isEmpty() || latents.size() != latentScores.size()) {
            throw new IllegalArgumentException("a suggestion needs one score per latent and at least one latent");
        }
        tokens = List.copyOf(tokens);
        restored = List.copyOf(restored);
        Objects.requireNonNull(code, "code");
        tokenScript = List.copyOf(tokenScript);
        Objects.requireNonNull(diff, "diff");
    }
}
