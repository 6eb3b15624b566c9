package org.editvq.models;

import org.editvq.core.config.CliNames;

/**
 * What a model's decoder emits for a pair (x, y).
 * <ul>
 *   <li>{@link #PROGRAM}: the whole program y token by token, as in the paper;</li>
 *   <li>{@link #EDITS}: a context-anchored edit script over x
 *       ({@link org.editvq.core.edits.EditScripts}) that is applied to x to give the suggestion;
 *       the empty script (bare EOS) is x exactly. See docs/edit-decoding.md.</li>
 * </ul>
 */
public enum DecoderTarget {
    /** The whole faster program (the paper's decoder). */
    PROGRAM,
    /** An edit script over the input program. */
    EDITS;

    /** The command-line name ({@code program}, {@code edits}). */
    public String cliName() {
        return CliNames.of(this);
    }

    /** Parses a command-line name. */
    public static DecoderTarget parse(String name) {
        return CliNames.parse(DecoderTarget.class, name, "decoder");
    }
}
