package org.editvq.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetIO;

/**
 * Checks that a pair dataset folder can train a model, before anything is built from it, and says which
 * file is wrong and what to do: a missing folder or file, or an empty training split (typically a small
 * corpus whose eligible inputs all became test inputs).
 */
public final class TrainingSplit {

    private TrainingSplit() {
    }

    /**
     * Reads the pair dataset in {@code dir}, or fails naming the file.
     *
     * @throws NoSuchFileException when the folder, its manifest or the training split file is missing; the
     *                             reason says how to build one
     */
    public static PairDataset read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null,
                    "no such folder; build a pair dataset with: editvq pairs --corpus CORPUS --out " + dir);
        }
        for (String name : new String[]{PairDatasetIO.MANIFEST, PairDatasetIO.TRAIN, PairDatasetIO.TRAIN_STAR}) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "missing, so " + dir + " is not a complete pair"
                        + " dataset; rebuild it with: editvq pairs --corpus CORPUS --out " + dir);
            }
        }
        return PairDatasetIO.read(dir);
    }

    /**
     * Fails when the split a model trains on ({@code train_star.jsonl} for Transformer*, else
     * {@code train.jsonl}) holds no pair.
     *
     * @throws IllegalArgumentException naming the file and what to change
     */
    public static void requirePairs(Path dir, PairDataset dataset, boolean star) {
        int pairs = star ? dataset.trainStar().size() : dataset.train().size();
        if (pairs > 0) {
            return;
        }
        Path file = dir.resolve(star ? PairDatasetIO.TRAIN_STAR : PairDatasetIO.TRAIN);
        var counts = dataset.counts();
        throw new IllegalArgumentException(file + ": no training pairs (" + counts.build().pairs()
                + " pairs in the corpus, " + counts.testInputs() + " of " + counts.testInputsEligible()
                + " eligible inputs held out as test inputs); rebuild the dataset with editvq pairs and fewer"
                + " --test-inputs, or a lower --min-rouge / --min-speedup (docs/pairs.md)");
    }
}
