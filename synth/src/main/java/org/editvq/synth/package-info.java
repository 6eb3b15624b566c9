/**
 * The embedded default data: a generator of Code Jam-style problems and of Java or Python 3
 * submissions ({@link org.editvq.synth.SynthLanguage}) assembled from planted, independent implementation choices ("edits"), each with a slow and a
 * fast variant, with the ground truth of which edits separate any two submissions.
 *
 * <p>{@link org.editvq.synth.PlantedEditCorpus#generate(SynthConfig)} is the entry point; it
 * produces the problems (input, expected output) and the submissions as
 * {@link org.editvq.core.data.Submission}s whose {@code extras} record the choice per
 * {@link org.editvq.synth.EditCategory} ({@code edit.input=fast}, ...) and the surface-style
 * seed. Compiling and timing the submissions is the judge's job. {@code org.editvq.evaluation.metrics.LatentPurity}
 * measures how well learned discrete latents recover the planted categories (contingency table,
 * NMI, purity, random floor). Pure JDK; see {@code docs/synthetic-corpus.md}.
 *
 * <p>Each problem has one language-neutral definition ({@code ProblemDefinition}: id, statement,
 * categories, input generator with per-language sizes, reference solver) and a renderer per
 * language: every Java problem ({@code AbstractProblem}) is its own definition plus the Java
 * renderer, and each Python problem ({@code AbstractPyProblem}, id {@code <id>-py}) renders the
 * definition of its Java twin in Python.
 */
package org.editvq.synth;
