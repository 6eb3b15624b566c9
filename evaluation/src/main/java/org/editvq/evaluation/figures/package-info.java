/**
 * PNG figures for the paper reproduction, each with a CSV of the numbers it plots:
 * {@link org.editvq.evaluation.figures.EditArrowFigure} (Figure 5: slow &rarr; fast program vectors per latent,
 * PCA to 3-D), {@link org.editvq.evaluation.figures.EmbeddingMapFigure} (Figure 6: program embeddings on a
 * t-SNE or PCA map coloured by log runtime) and {@link org.editvq.evaluation.figures.CodebookUsageFigure}
 * (pairs per codebook entry). Drawn headless, with XChart where it fits and Java2D otherwise
 * (arrows, per-point continuous colours); projections come from {@link org.editvq.evaluation.projection}.
 */
package org.editvq.evaluation.figures;
