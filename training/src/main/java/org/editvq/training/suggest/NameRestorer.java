package org.editvq.training.suggest;

import org.editvq.core.diff.LineDiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts the user's identifiers back into a decoded program. The model emits generic tokens
 * ({@code v}, {@code f}, {@code T}, {@code STRING}); the suggestion is aligned to the canonical
 * input with {@link LineDiff#script} over tokens, every kept token takes the input's original text
 * at that position ({@code IdentifierMap.originals()} of the generic canonicalization), and every
 * inserted {@code v}/{@code f}/{@code T} becomes a visible placeholder such as {@code ⟨v⟩}. Other
 * inserted tokens (keywords, operators, literals) are kept as they are.
 */
public final class NameRestorer {
    /** The generic identifier tokens that become placeholders when they cannot be mapped back. */
    public static final Set<String> GENERIC_IDENTIFIERS = Set.of("v", "f", "T");

    private NameRestorer() {
    }

    /** The placeholder of an unmappable generic token: {@code ⟨v⟩}, {@code ⟨f⟩}, {@code ⟨T⟩}. */
    public static String placeholder(String genericToken) {
        return "\u27e8" + genericToken + "\u27e9";
    }

    /**
     * The suggestion's tokens with names restored.
     *
     * @param input      the canonical (generic) input tokens
     * @param originals  the source text behind each input token (same length as {@code input})
     * @param suggestion canonical (generic) tokens decoded by the model
     */
    public static List<String> restore(List<String> input, List<String> originals, List<String> suggestion) {
        if (input.size() != originals.size()) {
            throw new IllegalArgumentException(originals.size() + " originals for " + input.size() + " input tokens");
        }
        List<String> out = new ArrayList<>(suggestion.size());
        int i = 0;
        for (LineDiff.Line line : LineDiff.script(input, suggestion)) {
            switch (line.op()) {
                case KEEP -> out.add(originals.get(i++));
                case DELETE -> i++;
                case INSERT -> out.add(GENERIC_IDENTIFIERS.contains(line.text()) ? placeholder(line.text()) : line.text());
            }
        }
        return List.copyOf(out);
    }

    /** How many placeholders {@link #restore} left in {@code restored}. */
    public static int placeholders(List<String> restored) {
        int n = 0;
        for (String token : restored) {
            n += token.startsWith("\u27e8") && token.endsWith("\u27e9") ? 1 : 0;
        }
        return n;
    }
}
