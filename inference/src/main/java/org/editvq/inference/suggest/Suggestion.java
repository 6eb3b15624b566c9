package org.editvq.inference.suggest;

import org.editvq.core.canon.CanonicalizationProblem;
import org.editvq.inference.diff.LineDiff;

import java.util.List;
import java.util.Objects;

/**
 * One distinct decoded program and the latents that produce it. Only an output that {@link #parses()} is
 * shown as a suggestion; the reports list the others apart, as outputs that do not parse.
 *
 * @param rank          1 for the most likely output (parsing or not)
 * @param latents       the latents decoding to exactly these tokens, ascending
 * @param latentScores  length-normalized log-likelihood of the output under each latent (parallel to {@code latents})
 * @param score         the ranking score: the best of {@code latentScores}
 * @param noChange      whether the output equals the canonical input
 * @param finished      whether the output ended with EOS (not cut at the length limit) under every latent
 * @param tokens        the decoded canonical (generic) tokens
 * @param restored      the tokens with the user's names restored (placeholders such as {@code ⟨v⟩} where impossible)
 * @param placeholders  how many placeholders {@code restored} holds
 * @param newNames      the fresh names {@code code} gives the placeholders, in order ({@code newVar1}, ...)
 * @param code          {@code restored} as the language's formatted code, placeholders named by {@code newNames}
 * @param parses        whether {@code code} parses (Java: JavaParser, Python: editvq's grammar)
 * @param parseProblems why {@code code} does not parse (line and column in {@code code}); empty when it parses
 * @param tokenScript   token-level edit script from the canonical input to {@code tokens}
 * @param diff          unified diff (2 lines of context) of the formatted input code against {@code code}; empty
 *                      when nothing changed
 */
public record Suggestion(int rank, List<Integer> latents, List<Double> latentScores, double score, boolean noChange,
                         boolean finished, List<String> tokens, List<String> restored, int placeholders,
                         List<String> newNames, String code, boolean parses, List<CanonicalizationProblem> parseProblems,
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
        newNames = List.copyOf(newNames);
        Objects.requireNonNull(code, "code");
        parseProblems = List.copyOf(parseProblems);
        if (parses != parseProblems.isEmpty()) {
            throw new IllegalArgumentException("an output parses exactly when it has no parse problems");
        }
        tokenScript = List.copyOf(tokenScript);
        Objects.requireNonNull(diff, "diff");
    }

    /**
     * The first parse problem for display, {@code line L, column C: message} with the message cut after
     * {@value #PROBLEM_DISPLAY_LENGTH} characters ({@link #parseProblems()} has it whole); empty when the code parses.
     */
    public String parseProblem() {
        if (parseProblems.isEmpty()) {
            return "";
        }
        CanonicalizationProblem p = parseProblems.get(0);
        String message = p.message().length() <= PROBLEM_DISPLAY_LENGTH ? p.message()
                : p.message().substring(0, PROBLEM_DISPLAY_LENGTH) + "\u2026";
        return p.line() == 0 ? message : "line " + p.line() + ", column " + p.column() + ": " + message;
    }

    /** How many characters of a parse problem's message {@link #parseProblem()} shows. */
    public static final int PROBLEM_DISPLAY_LENGTH = 100;
}
