package org.editvq.examples.cli;

import org.editvq.models.CodebookOptions;
import org.editvq.models.CodebookUpdate;
import org.editvq.models.DecoderTarget;
import org.editvq.models.LatentInjection;
import org.editvq.models.ModelKind;
import org.editvq.models.Preset;
import org.editvq.training.TrainRequest;
import org.editvq.training.TrainingResult;
import org.editvq.training.TrainingRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code editvq train --model KIND --pairs DIR --out BUNDLE --preset smoke|cpu|paper [--steps N]
 * [--seed S] [--decoder edits|program] [--latent-injection encoder|encoder-and-decoder]
 * [--codebook-lookup euclidean|cosine] [--code-dim C] [--vq-gradient straight-through|rotation] [--resume]}:
 * trains one of the five models on a pair dataset, checkpointing into a
 * model bundle. One library call: {@link TrainingRuns#run(TrainRequest)}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model on a pair dataset, checkpointing into a model bundle (see docs/training.md).",
                "transformer-star trains on the dataset's trainStar pairs, the others on train. Ctrl-C stops after "
                        + "the current step with a checkpoint; --resume continues exactly."})
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "KIND",
            description = "edit-vqvae, vqvae, edit-vae, transformer or transformer-star")
    String model;

    @Option(names = "--pairs", required = true, paramLabel = "DIR", description = "Pair dataset folder (editvq pairs).")
    Path pairs;

    @Option(names = "--out", required = true, paramLabel = "BUNDLE", description = "Model bundle folder to write.")
    Path out;

    @Option(names = "--preset", defaultValue = "smoke", paramLabel = "NAME",
            description = "smoke, cpu or paper: model size and training schedule (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--steps", defaultValue = "0", paramLabel = "N",
            description = "Stop after N optimizer steps in total (default: the preset's limit).")
    long steps;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "The run's one seed (default: ${DEFAULT-VALUE}; a resumed run keeps its own).")
    long seed;

    @Option(names = "--codebook", defaultValue = "gradient", paramLabel = "UPDATE",
            description = "Codebook update of the VQ models: gradient (codebook and commitment losses) or ema "
                    + "(moving averages, decay 0.99, debiased) (default: ${DEFAULT-VALUE}).")
    String codebook;

    @Option(names = "--decoder", defaultValue = "edits", paramLabel = "TARGET",
            description = "What the decoder emits: edits (an edit script over the input, applied to it; "
                    + "docs/edit-decoding.md) or program (the whole program, as in the paper) "
                    + "(default: ${DEFAULT-VALUE}; a resumed run keeps its bundle's).")
    String decoder;

    @Option(names = "--latent-injection", paramLabel = "WHERE",
            description = "Where z enters the model: encoder (the paper: source embeddings only) or "
                    + "encoder-and-decoder (also every decoder input embedding; docs/training.md, \"Does z "
                    + "matter?\") (default: encoder-and-decoder with --decoder edits, encoder with --decoder "
                    + "program; a resumed run keeps its bundle's).")
    String latentInjection;

    @Option(names = "--resume", description = "Continue the bundle at --out from its last checkpoint.")
    boolean resume;

    @Option(names = "--no-progress", negatable = false, description = "Do not draw a progress bar.")
    boolean noProgress;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @picocli.CommandLine.Mixin
    CodebookLookupOption lookup = new CodebookLookupOption();

    @Override
    public Integer call() {
        try {
            TrainingResult r = TrainingRuns.run(new TrainRequest(ModelKind.parse(model), pairs, out,
                    Preset.parse(preset), steps, seed, resume, !noProgress, CodebookUpdate.parse(codebook),
                    DecoderTarget.parse(decoder), threads.count(),
                    latentInjection == null ? null : LatentInjection.parse(latentInjection),
                    lookup.given() ? lookup.apply(CodebookOptions.DEFAULT) : null));
            System.out.println(summary(r));
            if (!r.outcome().ok()) {
                System.err.println("editvq train: " + r.message());
                return 3;
            }
            return 0;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("editvq train: " + describe(e));
            return 2;
        }
    }

    private static String summary(TrainingResult r) {
        String best = Double.isNaN(r.bestValidLoss()) ? "no scheduled validation yet"
                : String.format(Locale.ROOT, "best validation loss %.4f (step %d)", r.bestValidLoss(), r.bestStep());
        String last = Double.isNaN(r.lastValidLoss()) ? ""
                : String.format(Locale.ROOT, ", last %.4f", r.lastValidLoss());
        return String.format(Locale.ROOT, "%s: %s%nstep %d, epoch %d, %s%s%ncheckpoint: step %d in %s%n"
                        + "%.1f ms/step, %.0f tokens/s this session",
                r.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '), r.message(), r.step(), r.epoch(), best,
                last, r.checkpointStep(), r.bundle(), r.meanMsPerStep(), r.tokensPerSecond());
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": " + (n.getReason() != null ? n.getReason() : "no such file or folder");
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
