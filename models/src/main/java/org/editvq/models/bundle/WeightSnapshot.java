package org.editvq.models.bundle;

import org.editvq.models.EditModel;
import org.editvq.models.nn.Kernels;
import org.editvq.models.nn.Param;
import org.editvq.models.nn.VectorQuantizer;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A copy of a model's weights (and codebook statistics) at one step: the best model of a run
 * so far, saved in the bundle as {@code best-weights.bin} / {@code best-codebook.json}.
 *
 * @param step          training step the copy was taken at
 * @param weights       parameter copies by name, in parameter order
 * @param codebookUsage quantizer usage statistics (empty array without a codebook)
 * @param codebookSteps quantizer step count (0 without a codebook)
 */
public record WeightSnapshot(long step, Map<String, INDArray> weights, double[] codebookUsage, long codebookSteps) {
    public WeightSnapshot {
        Objects.requireNonNull(codebookUsage, "codebookUsage");
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** Copies the model's current weights and codebook statistics. */
    public static WeightSnapshot of(EditModel model, long step) {
        Map<String, INDArray> copy = new LinkedHashMap<>();
        for (Param p : model.params().all()) {
            copy.put(p.name(), p.value().dup('c'));
        }
        VectorQuantizer q = model.quantizer();
        return new WeightSnapshot(step, copy, q == null ? new double[0] : q.usage(), q == null ? 0 : q.steps());
    }

    /** Overwrites the model's weights and codebook statistics with this copy. */
    public void applyTo(EditModel model) {
        for (Param p : model.params().all()) {
            INDArray w = weights.get(p.name());
            if (w == null) {
                throw new IllegalArgumentException("snapshot lacks parameter " + p.name());
            }
            Kernels.fill(p.value(), Kernels.toArray(w));
        }
        if (model.quantizer() != null) {
            model.quantizer().restoreState(codebookUsage, codebookSteps);
        }
    }
}
