/**
 * Latents against the ground truth of a planted-edit corpus ({@code editvq synth}): which latent each
 * pair that differs by exactly one planted edit was assigned, and how well the latents recover the
 * planted categories (NMI, purity, latents in use). Behind {@code editvq latents --planted}.
 */
package org.editvq.experiments.planted;
