package org.editvq.core.canon;

import java.util.List;
import org.editvq.core.data.Language;

/**
 * Turns the source of a program in one language into canonical tokens. Implementations are
 * immutable and thread-safe; they never throw on bad input but return a result with problems.
 */
public interface Canonicalizer {

    /** Canonicalizes {@code source}; unparsable or empty input gives a result with {@code ok() == false}. */
    CanonicalizationResult canonicalize(String source, CanonicalizationMode mode);

    /** The language this canonicalizer reads. */
    Language language();

    /**
     * Renders tokens (canonical, decoded, or {@link IdentifierMap#originals()}) back as source text of
     * this language: {@code STRING} becomes a placeholder string literal, layout tokens become layout.
     * The text is meant to be read and re-parsed, not to look like the user's formatting.
     */
    String render(List<String> tokens);

    /** Canonicalizes in {@link CanonicalizationMode#GENERIC} mode. */
    default CanonicalizationResult canonicalize(String source) {
        return canonicalize(source, CanonicalizationMode.GENERIC);
    }
}
