package org.editvq.models;

/**
 * Where the latent z enters the encoder-decoder.
 *
 * <p>The paper adds z to the source embeddings only ({@link #ENCODER}: {@code e(x)·√d + PE + z}); the
 * decoder then sees z only through cross-attention over the encoder memory, and a decoder that learns to
 * copy x can ignore it. {@link #ENCODER_AND_DECODER} is a documented deviation that also adds z to every
 * decoder input embedding ({@code e(y_<t)·√d + PE + z}), so that every generated token is conditioned on z
 * directly (docs/training.md, "Does z matter?").
 */
public enum LatentInjection {
    /** z is added to the source embeddings only (the paper). */
    ENCODER,
    /** z is added to the source embeddings and to the decoder input embeddings. */
    ENCODER_AND_DECODER
}
