package org.editvq.training;

import org.editvq.core.config.CliNames;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecodeConstraint;
import org.editvq.models.DecoderTarget;

import java.util.List;
import java.util.function.Predicate;

/**
 * How an edit decoder's outputs are decoded and applied (docs/edit-decoding.md); no effect on a
 * program decoder. Each level adds to the one before:
 * <ul>
 *   <li>{@link #FREE}: every token free; hunks that do not apply are dropped and the largest subset
 *       that keeps the brackets nested is applied (the behaviour before the script grammar, except that a
 *       hunk cut at the length limit is never applied, at every level);</li>
 *   <li>{@link #GRAMMAR}: decoding under {@link org.editvq.core.edits.ScriptGrammar}, so every hunk
 *       applies, contexts cannot copy x and insertions cannot loop;</li>
 *   <li>{@link #CHECKED} (the default): also parse-checked application — when the result does not parse
 *       again ({@link EditTargets#parsesAgain}), the hunks are added one at a time and each kept only if
 *       the program still parses.</li>
 * </ul>
 */
public enum EditDecoding {
    /** Free decoding, bracket-checked application. */
    FREE,
    /** The script grammar, bracket-checked application. */
    GRAMMAR,
    /** The script grammar, bracket- and parse-checked application. */
    CHECKED;

    /** The default of every command. */
    public static final EditDecoding DEFAULT = CHECKED;

    /** The decoding constraint for a source (null when free or for a program decoder). */
    public DecodeConstraint constraint(DecoderTarget decoder, Vocabulary vocabulary, int[] sourceIds) {
        return this == FREE ? null : EditTargets.constraint(decoder, vocabulary, sourceIds);
    }

    /** The check of an edited program (null unless {@link #CHECKED}); make one per input (it remembers answers). */
    public Predicate<List<String>> check(Canonicalizer canonicalizer) {
        return this == CHECKED ? EditTargets.parsesAgain(canonicalizer) : null;
    }

    /** The command-line name ({@code free}, {@code grammar}, {@code checked}). */
    public String cliName() {
        return CliNames.of(this);
    }

    /** Parses a command-line name. */
    public static EditDecoding parse(String name) {
        return CliNames.parse(EditDecoding.class, name, "edit decoding");
    }
}
