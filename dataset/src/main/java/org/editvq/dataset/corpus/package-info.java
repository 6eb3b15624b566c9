/**
 * Corpus readers: turn a set of programs on disk into a {@link org.editvq.core.data.Corpus}.
 *
 * <p>Four layouts are read: a source tree (folder or tar, one sub-folder per problem,
 * {@link org.editvq.dataset.corpus.SourceTreeReader}), Project CodeNet
 * ({@link org.editvq.dataset.corpus.CodeNetReader}), the public gcj-dataset CSV files
 * ({@link org.editvq.dataset.corpus.GcjCsvReader}) and editvq's own normalized CSV
 * ({@link org.editvq.dataset.corpus.NormalizedCsv}, which also writes any corpus). Runtimes measured
 * elsewhere are joined by {@link org.editvq.dataset.corpus.RuntimeTable}.
 * {@link org.editvq.dataset.corpus.Corpora#open(String)} is the one entry point other modules call.
 *
 * <p>Every reader follows the same contract: one bad entry never aborts a load; it is recorded
 * in the {@link org.editvq.core.data.LoadReport} with its location and a reason from
 * {@link org.editvq.core.data.SkipReasons}. Only a file that cannot be read as a whole (missing,
 * not the announced format, missing required columns) raises an {@link java.io.IOException}
 * naming it. Bytes that are not valid UTF-8 are decoded by {@link org.editvq.core.data.TextDecoding}.
 * See {@code docs/corpora.md}.
 */
package org.editvq.dataset.corpus;
