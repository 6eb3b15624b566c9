package org.editvq.canonicalizer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.IdentifierMap;

/**
 * Accumulates the canonical tokens of one program together with the text each one stands for, and
 * numbers identifiers in {@link CanonicalizationMode#INDEXED} mode: per kind, one index per distinct
 * name, in order of first appearance. Not thread-safe: one builder per canonicalization.
 */
public final class CanonicalSequenceBuilder {

    /** The token every string (and, in Java, character) literal becomes. */
    public static final String STRING = "STRING";

    private static final Pattern RESERVED = Pattern.compile("[vfT]\\d*|STRING|NEWLINE|INDENT|DEDENT");

    private final CanonicalizationMode mode;
    private final List<String> tokens = new ArrayList<>();
    private final List<String> originals = new ArrayList<>();
    private final Map<IdentifierKind, Map<String, String>> indexByName = new EnumMap<>(IdentifierKind.class);
    private final Map<String, String> names = new LinkedHashMap<>();

    /** A builder for one program canonicalized in {@code mode}. */
    public CanonicalSequenceBuilder(CanonicalizationMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        for (IdentifierKind kind : IdentifierKind.values()) {
            indexByName.put(kind, new HashMap<>());
        }
    }

    /** Appends a token kept verbatim (keyword, operator, number, library name, layout token). */
    public void verbatim(String text) {
        tokens.add(text);
        originals.add(text);
    }

    /**
     * Appends a name kept as written (a library or otherwise unbound name). A kept name spelled like a
     * canonical token ({@code v}, {@code v12}, {@code f0}, {@code T}, {@code STRING}, {@code NEWLINE},
     * {@code INDENT}, {@code DEDENT}) is written with a leading {@code _} ({@code Pair.v1} becomes
     * {@code . _v1}), so that canonical tokens stay unambiguous.
     */
    public void keptName(String name) {
        tokens.add(isReserved(name) ? "_" + name : name);
        originals.add(name);
    }

    /** Whether a name is spelled like a canonical token and must be escaped when kept. */
    public static boolean isReserved(String name) {
        return RESERVED.matcher(name).matches();
    }

    /** Appends {@code STRING} for the literal {@code literalText}. */
    public void stringLiteral(String literalText) {
        tokens.add(STRING);
        originals.add(literalText);
    }

    /** Appends the canonical token of the user identifier {@code name} of the given kind. */
    public void identifier(IdentifierKind kind, String name) {
        originals.add(name);
        if (mode == CanonicalizationMode.GENERIC) {
            tokens.add(kind.token());
            return;
        }
        Map<String, String> indices = indexByName.get(kind);
        String indexed = indices.get(name);
        if (indexed == null) {
            indexed = kind.token() + indices.size();
            indices.put(name, indexed);
            names.put(indexed, name);
        }
        tokens.add(indexed);
    }

    /** Number of tokens so far. */
    public int size() {
        return tokens.size();
    }

    /** The successful result holding everything appended. */
    public CanonicalizationResult build() {
        return new CanonicalizationResult(tokens, new IdentifierMap(originals, names), List.of());
    }
}
