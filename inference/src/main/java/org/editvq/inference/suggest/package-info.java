/**
 * Suggestions: a slow program decoded under every latent of a trained Edit-VQ-VAE, identical
 * outputs grouped, ranked by length-normalized log-likelihood, rendered with the user's names and
 * shown as diffs (text, JSON, one self-contained HTML page); and per-latent profiles over the
 * training pairs.
 */
package org.editvq.inference.suggest;
