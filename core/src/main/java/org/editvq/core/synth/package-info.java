/**
 * The embedded default data: a generator of Code Jam-style problems and of Java or Python 3
 * submissions ({@link org.editvq.core.synth.SynthLanguage}) assembled from planted, independent implementation choices ("edits"), each with a slow and a
 * fast variant, with the ground truth of which edits separate any two submissions.
 *
 * <p>{@link org.editvq.core.synth.PlantedEditCorpus#generate(SynthConfig)} is the entry point; it
 * produces the problems (input, expected output) and the submissions as
 * {@link org.editvq.core.data.Submission}s whose {@code extras} record the choice per
 * {@link org.editvq.core.synth.EditCategory} ({@code edit.input=fast}, ...) and the surface-style
 * seed. Compiling and timing the submissions is the judge's job. {@link org.editvq.core.synth.LatentPurity}
 * measures how well learned discrete latents recover the planted categories (contingency table,
 * NMI, purity, random floor). Pure JDK; see {@code docs/synthetic-corpus.md}.
 */
package org.editvq.core.synth;
