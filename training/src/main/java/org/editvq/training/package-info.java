/**
 * Training of the five models: configuration and presets ({@link org.editvq.training.TrainingConfig}),
 * id-encoded pair data ({@link org.editvq.training.PairData}), length-bucketed batching
 * ({@link org.editvq.training.LengthBuckets}), the exactly resumable training loop
 * ({@link org.editvq.training.Trainer}) with its listeners, and the one call the CLI makes
 * ({@link org.editvq.training.TrainingRuns}). See {@code docs/training.md}.
 */
package org.editvq.training;
