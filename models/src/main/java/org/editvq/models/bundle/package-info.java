/**
 * Model bundles: one versioned folder holding everything needed to use a trained model
 * (architecture, vocabulary, weights, manifest) and to continue training it exactly (optimizer
 * moments, trainer position, codebook statistics). See {@link org.editvq.models.bundle.ModelBundle}
 * and {@code docs/training.md}.
 */
package org.editvq.models.bundle;
