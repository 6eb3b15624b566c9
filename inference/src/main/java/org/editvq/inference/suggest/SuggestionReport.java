package org.editvq.inference.suggest;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@link Suggester} found for one source program.
 *
 * @param file           the source file (as given)
 * @param language       {@code JAVA} or {@code PYTHON}
 * @param inputTokens    the canonical (generic) input tokens the model saw
 * @param inputCode      the input as the language's formatted code in the user's names, the left side of every diff
 * @param unknownTokens  input tokens outside the model's vocabulary
 * @param names          indexed canonicalization of the input: {@code v0 -> count, f0 -> solve, ...}
 * @param latents        the latents decoded
 * @param suggestions    distinct outputs, best first, parsing or not; every latent appears in exactly one
 * @param decodeSeconds  wall time of the one batched decode call
 */
public record SuggestionReport(String file, String language, List<String> inputTokens, String inputCode,
                               int unknownTokens, Map<String, String> names, List<Integer> latents,
                               List<Suggestion> suggestions, double decodeSeconds) {
    public SuggestionReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(language, "language");
        inputTokens = List.copyOf(inputTokens);
        Objects.requireNonNull(inputCode, "inputCode");
        names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
        latents = List.copyOf(latents);
        suggestions = List.copyOf(suggestions);
    }

    /** How many distinct outputs parse (these are the suggestions the text and HTML reports show). */
    @JsonProperty("parsing")
    public int parsing() {
        return (int) suggestions.stream().filter(Suggestion::parses).count();
    }

    /** The share of distinct outputs that parse, the "no change" output included; 0 when there are none. */
    @JsonProperty("parseRate")
    public double parseRate() {
        return suggestions.isEmpty() ? 0 : (double) parsing() / suggestions.size();
    }
}
