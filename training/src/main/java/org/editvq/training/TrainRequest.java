package org.editvq.training;

import org.editvq.models.CodebookOptions;
import org.editvq.models.CodebookUpdate;
import org.editvq.models.DecoderTarget;
import org.editvq.models.LatentInjection;
import org.editvq.models.ModelKind;
import org.editvq.models.Preset;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One {@code editvq train} invocation.
 *
 * @param kind     which model
 * @param pairs    a pair-dataset folder written by {@code PairDatasetIO.write}
 * @param out      the bundle folder to checkpoint into
 * @param preset   the model and training presets of that name
 * @param steps    step limit overriding the preset's (0 = keep the preset's or the bundle's)
 * @param seed     the run's seed (ignored when resuming: the bundle's seed is kept)
 * @param resume   continue the bundle at {@code out} instead of starting afresh
 * @param progress show a progress bar on standard error
 * @param codebook {@link CodebookUpdate#GRADIENT} (the preset's codebook update) or {@link CodebookUpdate#EMA}
 *                 (EMA updates with decay {@value org.editvq.models.ModelConfig#DEFAULT_EMA_DECAY} and
 *                 debiasing) for the VQ models of a fresh run; a resumed run keeps its bundle's
 * @param decoder  what the decoder of a fresh run emits: the whole program (the paper) or an edit
 *                 script over the input (docs/edit-decoding.md); a resumed run keeps its bundle's
 * @param threads  worker threads that run each batch's shards (speed only: the numbers are the same
 *                 for any count, see {@link org.editvq.models.DataParallel})
 * @param latentInjection where z enters a fresh run's model; null: {@link LatentInjection#defaultFor} the
 *                 decoder (the paper's placement for the paper's decoder, z also into the decoder for edit
 *                 scripts); a resumed run keeps its bundle's
 * @param codebookOptions codebook initialisation, restarts and lookup of a fresh run's VQ model; null: the
 *                 preset's ({@link CodebookOptions#DEFAULT}); a resumed run keeps its bundle's
 */
public record TrainRequest(ModelKind kind, Path pairs, Path out, Preset preset, long steps, long seed, boolean resume,
                           boolean progress, CodebookUpdate codebook, DecoderTarget decoder, int threads,
                           LatentInjection latentInjection, CodebookOptions codebookOptions) {
    /** A request that trains on every core available, z placed as the decoder's default. */
    public TrainRequest(ModelKind kind, Path pairs, Path out, Preset preset, long steps, long seed, boolean resume,
                        boolean progress, CodebookUpdate codebook, DecoderTarget decoder) {
        this(kind, pairs, out, preset, steps, seed, resume, progress, codebook, decoder,
                org.editvq.models.Workers.availableCores(), null, null);
    }

    /** A copy trained by {@code count} threads (the numbers do not depend on it, only the speed). */
    public TrainRequest withThreads(int count) {
        return new TrainRequest(kind, pairs, out, preset, steps, seed, resume, progress, codebook, decoder, count,
                latentInjection, codebookOptions);
    }

    /** A copy whose fresh model takes z at {@code injection} (null: the decoder's default). */
    public TrainRequest withLatentInjection(LatentInjection injection) {
        return new TrainRequest(kind, pairs, out, preset, steps, seed, resume, progress, codebook, decoder, threads,
                injection, codebookOptions);
    }

    /** A copy whose fresh VQ model uses {@code options} (null: the preset's). */
    public TrainRequest withCodebookOptions(CodebookOptions options) {
        return new TrainRequest(kind, pairs, out, preset, steps, seed, resume, progress, codebook, decoder, threads,
                latentInjection, options);
    }

    public TrainRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(codebook, "codebook");
        Objects.requireNonNull(decoder, "decoder");
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0: " + steps);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
    }
}
