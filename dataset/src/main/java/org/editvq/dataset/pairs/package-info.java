/**
 * Building the (slow, fast) training pairs of the paper: within each problem, programs similar
 * under ROUGE-N whose runtimes differ by at least a speedup threshold; the held-out test inputs
 * with their reference sets R(x); train/validation splits; the Transformer* selection; and the
 * JSONL files that carry the result to training. See {@code docs/pairs.md}.
 *
 * <p>Entry points: {@link org.editvq.dataset.pairs.PairDatasetBuilder#build} and
 * {@link org.editvq.dataset.pairs.PairDatasetIO}.
 */
package org.editvq.dataset.pairs;
