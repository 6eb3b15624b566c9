package org.editvq.evaluation.metrics;

import java.util.List;

/**
 * A reference with its ΔBLEU weight (Galley et al., 2015: human quality ratings in [-1, 1]; in the paper's soft
 * efficiency, fastest runtime / this reference's runtime).
 *
 * @param tokens the reference tokens
 * @param weight the weight, in [-1, 1]
 */
public record WeightedReference(List<String> tokens, double weight) {
    public WeightedReference {
        tokens = List.copyOf(tokens);
        if (!(weight >= -1.0 && weight <= 1.0)) {
            throw new IllegalArgumentException("reference weight must be in [-1, 1]: " + weight);
        }
    }
}
