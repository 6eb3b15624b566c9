package org.editvq.examples.cli;

import org.editvq.dataset.corpus.SharedData;
import org.editvq.models.CodebookUpdate;
import org.editvq.experiments.reproduce.ReproduceConfig;
import org.editvq.experiments.reproduce.ReproduceDecoders;
import org.editvq.experiments.reproduce.Reproduction;
import org.editvq.training.EditDecoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code editvq reproduce}: the paper's Table 1, Table 2 and Figures 2, 5 and 6 from one corpus. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Pairs, trains the five models of the paper's Table 1 (with --decoder edits or both: with the"
                + " edit decoder), samples N programs per test input,"
                + " scores them against the copy-the-input baseline and writes Table 1, Table 2 and Figures 2, 5 and"
                + " 6. Resumable: rerun the same command to continue.")
public final class ReproduceCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "runtime-annotated corpus spec (default: the judged Code Jam corpus, "
            + "~/.cache/editvq/googlejam4-judged/judged.csv; see docs/judge.md)")
    String corpus;
    @Option(names = "--out", required = true, description = "output folder (reuse it to resume)")
    Path out;
    @Option(names = "--preset", defaultValue = "cpu", description = "smoke (a minute), cpu (2.5-3.5 h on 2 cores with 100 test inputs) or"
            + " paper (the paper's models and schedule) (default: ${DEFAULT-VALUE})")
    String preset;
    @Option(names = "--seed", defaultValue = "1", description = "the run's one seed (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--jobs", description = "models trained at once (default: the preset's)")
    Integer jobs;
    @Option(names = "--steps", description = "optimizer steps per model, overriding the preset's")
    Long steps;
    @Option(names = "--star-steps", description = "optimizer steps of Transformer*, overriding the preset's")
    Long starSteps;
    @Option(names = "--samples", description = "samples per test input (default: the preset's, 64 for cpu and paper)")
    Integer samples;
    @Option(names = "--test-inputs", description = "held-out test inputs (default: the preset's)")
    Integer testInputs;
    @Option(names = "--codebook", defaultValue = "gradient", description = "codebook update of the VQ models: "
            + "gradient or ema (default: ${DEFAULT-VALUE})")
    String codebook;
    @Option(names = "--reference-min-rouge", defaultValue = "0.3", description = "neighbourhood t of the reference "
            + "sets R(x) (paper, equation 1): faster programs of the problem with ROUGE-8 >= t (default: ${DEFAULT-VALUE})")
    double referenceMinRouge;
    @Option(names = "--bootstrap", defaultValue = "2000", description = "resamples of Table 1's 95%% bootstrap "
            + "intervals (default: ${DEFAULT-VALUE})")
    int bootstrap;
    @Option(names = "--decoder", defaultValue = "program", paramLabel = "TARGET", description = "what the models'"
            + " decoders emit: program (the paper's whole-program decoder), edits (an edit script applied to the"
            + " input, z also entering the decoder; docs/edit-decoding.md; models named <kind>-edits) or both (ten models, ten rows of one"
            + " Table 1) (default: ${DEFAULT-VALUE})")
    String decoder;
    @Option(names = "--edit-decoding", defaultValue = "checked", paramLabel = "MODE", description = "how edit"
            + " decoders decode: checked (script grammar, hunks kept only while the program parses), grammar or free,"
            + " the ablation of docs/edit-decoding.md (default: ${DEFAULT-VALUE})")
    String editDecoding;
    @Option(names = "--no-progress", description = "log lines instead of a progress bar")
    boolean noProgress;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Override
    public Integer call() {
        try {
            ReproduceConfig config = ReproduceConfig.preset(preset, seed);
            if (jobs != null) {
                config = config.withJobs(jobs);
            }
            if (steps != null || starSteps != null) {
                config = config.withSteps(steps != null ? steps : config.steps(),
                        starSteps != null ? starSteps : config.starSteps());
            }
            if (samples != null) {
                config = config.withSamples(samples);
            }
            config = config.withCodebook(CodebookUpdate.parse(codebook)).withReferenceMinRouge(referenceMinRouge).withBootstrap(bootstrap)
                    .withDecoders(ReproduceDecoders.parse(decoder));
            config = config.toBuilder().editDecoding(EditDecoding.parse(editDecoding)).build();
            if (testInputs != null) {
                config = config.withTestInputs(testInputs);
            }
            String spec = SharedData.corpusOrJudged(corpus);
            Reproduction.run(new Reproduction.Request(spec, out, config, !noProgress, threads.count()), System.out);
            return 0;
        } catch (Exception e) {
            System.err.println("editvq reproduce: " + e.getMessage());
            return 2;
        }
    }
}
