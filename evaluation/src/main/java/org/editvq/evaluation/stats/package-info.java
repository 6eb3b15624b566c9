/**
 * Corpus statistics in the spirit of the paper's Figure 2: runtime spread within problems
 * (median over fastest-decile runtime, about 2x in the paper), program lengths and pair
 * speedups, as numbers ({@link org.editvq.evaluation.stats.CorpusStatistics}) and as CSV + PNG files
 * ({@link org.editvq.evaluation.stats.StatisticsWriter}).
 */
package org.editvq.evaluation.stats;
