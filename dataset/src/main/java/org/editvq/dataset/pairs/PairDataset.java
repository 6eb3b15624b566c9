package org.editvq.dataset.pairs;

import org.editvq.core.data.ProgramPair;

import java.util.List;
import java.util.Objects;

/**
 * Everything training and evaluation need from the pair stage.
 *
 * @param config     how it was built
 * @param train      training pairs (no test input on either side)
 * @param valid      validation pairs (inputs disjoint from the training inputs; no test input on either side)
 * @param trainStar  Transformer* training pairs: the largest-speedup pair of each training input
 * @param validStar  Transformer* validation pairs: the largest-speedup pair of each validation input
 * @param test       held-out test inputs with their reference sets
 * @param counts     every count
 */
public record PairDataset(PairConfig config, List<ProgramPair> train, List<ProgramPair> valid,
                          List<ProgramPair> trainStar, List<ProgramPair> validStar, List<TestInput> test,
                          PairCounts counts) {
    public PairDataset {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(counts, "counts");
        train = List.copyOf(train);
        valid = List.copyOf(valid);
        trainStar = List.copyOf(trainStar);
        validStar = List.copyOf(validStar);
        test = List.copyOf(test);
    }
}
