package org.editvq.evaluation.metrics;

import java.util.List;
import java.util.Objects;

/**
 * One test input x of the paper's evaluation: its reference set R(x) and the N samples ŷ a model generated for it.
 *
 * @param id         identifier of the input (e.g. the submission id of x), carried into the per-example output
 * @param references R(x), at least one
 * @param samples    the N generated samples (token lists), at least one
 */
public record EfficiencyExample(String id, List<TimedReference> references, List<List<String>> samples) {
    public EfficiencyExample {
        Objects.requireNonNull(id, "id");
        references = List.copyOf(references);
        samples = samples.stream().map(List::copyOf).toList();
        if (references.isEmpty()) {
            throw new IllegalArgumentException("example " + id + ": the reference set R(x) is empty");
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("example " + id + ": no generated samples");
        }
    }
}
