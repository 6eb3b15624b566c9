package org.editvq.examples.cli;

import org.editvq.dataset.pairs.PairConfig;
import picocli.CommandLine.Option;

/** Pair-building options shared by {@code pairs} and {@code stats}. */
final class PairOptions {
    @Option(names = "--rouge-n", defaultValue = "8", description = "n of the ROUGE-N similarity gate (default: ${DEFAULT-VALUE})")
    int rougeN;
    @Option(names = "--min-rouge", defaultValue = "0.5", description = "least ROUGE-N F-measure of a pair (default: ${DEFAULT-VALUE})")
    double minRouge;
    @Option(names = "--min-speedup", defaultValue = "1.2", description = "least runtime(x)/runtime(y) of a pair (default: ${DEFAULT-VALUE})")
    double minSpeedup;
    @Option(names = "--test-inputs", defaultValue = "100", description = "held-out test input programs (default: ${DEFAULT-VALUE})")
    int testInputs;
    @Option(names = "--valid-fraction", defaultValue = "0.1", description = "share of input programs for validation (default: ${DEFAULT-VALUE})")
    double validFraction;
    @Option(names = "--max-pairs-per-input", defaultValue = "0", description = "cap on pairs per input program, most similar kept; 0 = none (default: ${DEFAULT-VALUE})")
    int maxPairsPerInput;
    @Option(names = "--reference-min-rouge", defaultValue = "0.3", description = "neighbourhood t of the reference sets "
            + "R(x) (paper, equation 1): faster programs of the problem with ROUGE-N >= t (default: ${DEFAULT-VALUE})")
    double referenceMinRouge;
    @Option(names = "--max-test-share", defaultValue = "0.2", description = "test inputs are at most this share of the"
            + " inputs with a reference set, so that training data remains (default: ${DEFAULT-VALUE})")
    double maxTestShare;
    @Option(names = "--seed", defaultValue = "0", description = "seed of the split (default: ${DEFAULT-VALUE})")
    long seed;

    PairConfig config() {
        return PairConfig.builder().rougeN(rougeN).minRouge(minRouge).minSpeedup(minSpeedup).testInputs(testInputs)
                .validFraction(validFraction).seed(seed).maxPairsPerInput(maxPairsPerInput)
                .referenceMinRouge(referenceMinRouge).maxTestShare(maxTestShare).build();
    }
}
