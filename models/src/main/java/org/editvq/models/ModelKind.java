package org.editvq.models;

import java.util.Locale;

/** The five models of the paper's Table 1. */
public enum ModelKind {
    /** Seq2seq transformer trained on all pairs. */
    TRANSFORMER("transformer", false),
    /** Seq2seq transformer trained on the largest-speedup pair of each input only. */
    TRANSFORMER_STAR("transformer-star", false),
    /** Edit-VQ-VAE: tied edit encoder f, z_edit = f(y) − f(x) quantized over a codebook. */
    EDIT_VQVAE("edit-vqvae", true),
    /** VQ-VAE ablation: latent from an encoder over the concatenation x ⟨sep⟩ y. */
    VQVAE("vqvae", true),
    /** Edit-VAE ablation: f(y) − f(x) parameterizes a Gaussian; generation samples the prior. */
    EDIT_VAE("edit-vae", false);

    private final String cliName;
    private final boolean discrete;

    ModelKind(String cliName, boolean discrete) {
        this.cliName = cliName;
        this.discrete = discrete;
    }

    /** Name used on the command line and in files. */
    public String cliName() {
        return cliName;
    }

    /** Whether the model has a codebook of discrete latents. */
    public boolean discrete() {
        return discrete;
    }

    /** Whether the model has any latent at all. */
    public boolean hasLatent() {
        return this != TRANSFORMER && this != TRANSFORMER_STAR;
    }

    /** Parses a CLI name such as {@code edit-vqvae} (also accepts enum names). */
    public static ModelKind parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ModelKind k : values()) {
            if (k.cliName.equals(n)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name
                + "'; expected one of edit-vqvae, vqvae, edit-vae, transformer, transformer-star");
    }
}
