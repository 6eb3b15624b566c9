package org.editvq.inference.suggest;

import org.editvq.inference.diff.LineDiff;

import org.editvq.core.data.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the user's identifiers back into a decoded program. The model emits generic tokens
 * ({@code v}, {@code f}, {@code T}, {@code STRING}); the suggestion is aligned to the canonical
 * input with {@link LineDiff#script} over tokens, every kept token takes the input's original text
 * at that position ({@code IdentifierMap.originals()} of the generic canonicalization), and every
 * inserted {@code v}/{@code f}/{@code T} becomes a visible placeholder such as {@code ⟨v⟩}. Other
 * inserted tokens (keywords, operators, literals) are kept as they are. {@link #nameNew} then gives each
 * placeholder a fresh readable name for display.
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
            n += placeholderKind(token) != null ? 1 : 0;
        }
        return n;
    }

    /**
     * Restored tokens with every placeholder replaced by a fresh name, and the names introduced.
     *
     * @param tokens   the tokens to render: no placeholders left
     * @param newNames the fresh names, in order of appearance
     */
    public record Named(List<String> tokens, List<String> newNames) {
        public Named {
            tokens = List.copyOf(tokens);
            newNames = List.copyOf(newNames);
        }
    }

    private static final Map<String, String> JAVA_STEMS = Map.of("v", "newVar", "f", "newMethod", "T", "NewType");
    private static final Map<String, String> PYTHON_STEMS = Map.of("v", "new_var", "f", "new_func", "T", "NewType");

    /**
     * Gives every placeholder of {@code restored} a fresh readable name: {@code ⟨v⟩} becomes {@code newVar1},
     * {@code newVar2}, ... ({@code new_var1} in Python), {@code ⟨f⟩} {@code newMethod1} ({@code new_func1}),
     * {@code ⟨T⟩} {@code NewType1}, numbered per kind in order of appearance and never equal to a token of
     * {@code restored} or {@code reserved}. Each placeholder gets its own name: the model emits generic
     * tokens, so which inserted names stand for the same identifier is unknown.
     *
     * @param restored tokens from {@link #restore}
     * @param reserved names that must not be reused (the user's names)
     */
    public static Named nameNew(List<String> restored, Language language, List<String> reserved) {
        Map<String, String> stems = language == Language.PYTHON ? PYTHON_STEMS : JAVA_STEMS;
        Set<String> taken = new HashSet<>(restored);
        taken.addAll(reserved);
        Map<String, Integer> counters = new HashMap<>();
        List<String> out = new ArrayList<>(restored.size());
        List<String> newNames = new ArrayList<>();
        for (String token : restored) {
            String kind = placeholderKind(token);
            if (kind == null) {
                out.add(token);
                continue;
            }
            String stem = stems.getOrDefault(kind, "new");
            String name;
            do {
                name = stem + counters.merge(kind, 1, Integer::sum);
            } while (taken.contains(name));
            taken.add(name);
            out.add(name);
            newNames.add(name);
        }
        return new Named(out, newNames);
    }

    /** The generic token inside a placeholder ({@code ⟨v⟩} -> {@code v}), or null for any other token. */
    private static String placeholderKind(String token) {
        return token.length() > 2 && token.startsWith("\u27e8") && token.endsWith("\u27e9")
                ? token.substring(1, token.length() - 1) : null;
    }
}
