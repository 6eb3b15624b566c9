/**
 * The paper's five models (Edit-VQ-VAE, VQ-VAE, Edit-VAE, Transformer, Transformer*), their
 * configuration and presets, batches, decoding and the model bundle format.
 */
package org.editvq.models;
