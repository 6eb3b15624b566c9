package org.editvq.models;

import org.editvq.core.config.CliNames;

/**
 * Where the latent z enters the encoder-decoder.
 *
 * <p>The paper adds z to the source embeddings only ({@link #ENCODER}: {@code e(x)·√d + PE + z}); the
 * decoder then sees z only through cross-attention over the encoder memory, and a decoder that learns to
 * copy x can ignore it. {@link #ENCODER_AND_DECODER} is a documented deviation that also adds z to every
 * decoder input embedding ({@code e(y_<t)·√d + PE + z}), so that every generated token is conditioned on z
 * directly (docs/training.md, "Does z matter?").
 *
 * <p>Unless a configuration sets it, the placement follows the decoder ({@link #defaultFor}): the paper's
 * whole-program decoder keeps the paper's {@link #ENCODER}; the edit decoder, which is what suggestions
 * use, gets {@link #ENCODER_AND_DECODER}, the placement the ablation supports.
 */
public enum LatentInjection {
    /** z is added to the source embeddings only (the paper). */
    ENCODER,
    /** z is added to the source embeddings and to the decoder input embeddings. */
    ENCODER_AND_DECODER;

    /** The placement a configuration gets when it does not set one: the paper's for the paper's decoder. */
    public static LatentInjection defaultFor(DecoderTarget decoder) {
        return decoder == DecoderTarget.EDITS ? ENCODER_AND_DECODER : ENCODER;
    }

    /** The command-line name ({@code encoder}, {@code encoder-and-decoder}). */
    public String cliName() {
        return CliNames.of(this);
    }

    /** Parses a command-line name. */
    public static LatentInjection parse(String name) {
        return CliNames.parse(LatentInjection.class, name, "latent injection");
    }
}
