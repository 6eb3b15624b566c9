/**
 * Evaluation metrics of the paper, usable alone: sacrebleu-compatible {@link org.editvq.evaluation.metrics.Bleu}
 * on pre-tokenized text, {@link org.editvq.evaluation.metrics.DeltaBleu} (Galley et al., 2015) with per-reference
 * weights, and {@link org.editvq.evaluation.metrics.EfficiencyMetrics}, the correctness, hard and soft efficiency
 * and diversity scores of equations 1–5 of "Learning to Improve Code Efficiency" aggregated into a
 * {@link org.editvq.evaluation.metrics.Table1Row}. See {@code docs/metrics.md}.
 */
package org.editvq.evaluation.metrics;
