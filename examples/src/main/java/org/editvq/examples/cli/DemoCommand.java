package org.editvq.examples.cli;

import org.editvq.experiments.demo.Demo;
import org.editvq.models.DecoderTarget;
import org.editvq.training.EditDecoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code editvq demo}: the whole pipeline on embedded generated data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate, judge, pair, train an Edit-VQ-VAE, check its latents against the planted edits,"
                + " decode a held-out program under every latent and score the suggestions.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "editvq-demo", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;
    @Option(names = "--per-problem", description = "submissions per problem")
    Integer perProblem;
    @Option(names = "--steps", description = "training steps")
    Integer steps;
    @Option(names = "--seed", description = "seed")
    Long seed;
    @Option(names = "--decoder", defaultValue = "edits", paramLabel = "TARGET",
            description = "edits (edit scripts applied to the input) or program (whole programs, as in the paper) "
                    + "(default: ${DEFAULT-VALUE})")
    String decoder;
    @Option(names = "--edit-decoding", defaultValue = "checked", paramLabel = "MODE", description = "checked (script"
            + " grammar, hunks kept only while the program parses), grammar or free: the ablation of"
            + " docs/edit-decoding.md (default: ${DEFAULT-VALUE})")
    String editDecoding;

    @Option(names = "--latents", paramLabel = "K", description = "codebook size K (default: 16)")
    Integer latents;
    @picocli.CommandLine.Mixin
    BeamOption beam = new BeamOption();

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @picocli.CommandLine.Mixin
    CodebookLookupOption lookup = new CodebookLookupOption();

    @Override
    public Integer call() {
        Demo.DemoConfig d = Demo.DemoConfig.defaults();
        try {
            Demo.DemoConfig config = new Demo.DemoConfig(perProblem != null ? perProblem : d.perProblem(),
                    d.judgeRuns(), steps != null ? steps : d.trainSteps(), latents != null ? latents : d.codebook(),
                    d.testInputs(), seed != null ? seed : d.seed(), DecoderTarget.parse(decoder),
                    EditDecoding.parse(editDecoding), lookup.apply(d.codebookOptions()), beam.width());
            Demo.run(config, out, System.out, threads.count());
            return 0;
        } catch (Exception e) {
            System.err.println("editvq demo: " + e.getMessage());
            return 2;
        }
    }
}
