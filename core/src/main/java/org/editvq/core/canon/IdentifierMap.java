package org.editvq.core.canon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The way back from canonical tokens to the user's program.
 *
 * @param originals for every canonical token position, the source text it stands for: the user's
 *                  identifier for {@code v}/{@code f}/{@code T} (or their indexed forms), the literal
 *                  for {@code STRING}, and the token itself for everything kept verbatim (including
 *                  layout tokens such as {@code NEWLINE})
 * @param names     in {@link CanonicalizationMode#INDEXED} mode, indexed token to original name
 *                  ({@code v3 -> count}, {@code f0 -> solve}, {@code T1 -> Node}), in order of first
 *                  appearance; empty in {@link CanonicalizationMode#GENERIC} mode
 */
public record IdentifierMap(List<String> originals, Map<String, String> names) {

    /** The map of a program without tokens. */
    public static final IdentifierMap EMPTY = new IdentifierMap(List.of(), Map.of());

    public IdentifierMap {
        originals = List.copyOf(originals);
        Objects.requireNonNull(names, "names");
        Map<String, String> copy = new LinkedHashMap<>();
        names.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "indexed token"), Objects.requireNonNull(v, "name")));
        names = Collections.unmodifiableMap(copy);
    }

    /** The source text behind the canonical token at {@code position}. */
    public String originalAt(int position) {
        return originals.get(position);
    }

    /** The user's name behind an indexed token such as {@code v3}; empty for unknown indices and other tokens. */
    public Optional<String> originalName(String indexedToken) {
        return Optional.ofNullable(names.get(indexedToken));
    }

    /**
     * Tokens (for example decoded by a model) with every known indexed token replaced by the user's
     * name; other tokens, including indices this program never had, are left as they are.
     */
    public List<String> restoreNames(List<String> tokens) {
        List<String> restored = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            restored.add(names.getOrDefault(token, token));
        }
        return List.copyOf(restored);
    }
}
