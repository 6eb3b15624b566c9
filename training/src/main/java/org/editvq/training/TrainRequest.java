package org.editvq.training;

import org.editvq.models.ModelKind;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One {@code editvq train} invocation.
 *
 * @param kind     which model
 * @param pairs    a pair-dataset folder written by {@code PairDatasetIO.write}
 * @param out      the bundle folder to checkpoint into
 * @param preset   smoke, cpu or paper (model and training presets of that name)
 * @param steps    step limit overriding the preset's (0 = keep the preset's or the bundle's)
 * @param seed     the run's seed (ignored when resuming: the bundle's seed is kept)
 * @param resume   continue the bundle at {@code out} instead of starting afresh
 * @param progress show a progress bar on standard error
 */
public record TrainRequest(ModelKind kind, Path pairs, Path out, String preset, long steps, long seed, boolean resume,
                           boolean progress) {
    public TrainRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(preset, "preset");
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0: " + steps);
        }
    }
}
