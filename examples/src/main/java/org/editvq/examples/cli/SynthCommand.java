package org.editvq.examples.cli;

import org.editvq.synth.PlantedEditCorpus;
import org.editvq.synth.SynthConfig;
import org.editvq.synth.SynthLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code editvq synth --out DIR}: generates the planted-edit corpus and writes
 * {@code submissions.csv}, {@code inputs/<problem>.in|.out} and {@code ground_truth.csv}. One library
 * call: {@link PlantedEditCorpus#generate(SynthConfig)} then {@link PlantedEditCorpus#writeTo(Path)}.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Generate the synthetic planted-edit corpus (Code Jam-style problems, Java submissions built from "
                + "slow/fast choices per edit category, ground truth). See docs/synthetic-corpus.md."})
public final class SynthCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--problems", paramLabel = "N", description = "Number of problems (default: all).")
    Integer problems;

    @Option(names = "--per-problem", paramLabel = "N", defaultValue = "40", description = "Submissions per problem (default: ${DEFAULT-VALUE}).")
    int perProblem;

    @Option(names = "--fast-probability", paramLabel = "P", defaultValue = "0.5",
            description = "Probability of the fast variant per edit category (default: ${DEFAULT-VALUE}).")
    double fastProbability;

    @Option(names = "--seed", defaultValue = "2022", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "java",
            description = "Submission language: java, python or both (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--small", description = "Small inputs (quick correctness checks) instead of large timing inputs.")
    boolean small;

    @Override
    public Integer call() {
        try {
            SynthLanguage lang = SynthLanguage.parse(language);
            SynthConfig config = new SynthConfig(problems == null ? lang.problems().size() : problems, perProblem,
                    fastProbability, seed, !small, lang);
            PlantedEditCorpus corpus = PlantedEditCorpus.generate(config);
            corpus.writeTo(out);
            System.out.println("wrote " + corpus.submissions().size() + " submissions of " + corpus.problems().size()
                    + " problems to " + out + " (submissions.csv, inputs/, ground_truth.csv)");
            return 0;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("editvq synth: " + e.getMessage());
            return 2;
        }
    }
}
