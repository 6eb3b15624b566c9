/**
 * Projections of high-dimensional vectors to a few dimensions for figures: exact principal
 * component analysis with a Jacobi eigenvalue routine ({@link org.editvq.evaluation.projection.Pca}) and
 * exact O(n&sup2;) t-SNE ({@link org.editvq.evaluation.projection.Tsne},
 * {@link org.editvq.evaluation.projection.TsneConfig}). Pure Java, deterministic for a given seed.
 */
package org.editvq.evaluation.projection;
