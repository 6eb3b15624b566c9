package org.editvq.examples.cli;

import org.editvq.evaluation.metrics.BleuConfig;
import org.editvq.evaluation.metrics.DeltaBleuConfig;
import org.editvq.evaluation.metrics.FileScoring;
import org.editvq.evaluation.metrics.ScoreReport;
import org.editvq.evaluation.metrics.Smoothing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code editvq score}: evaluation metrics over files of whitespace-tokenized lines, one segment per line. Each
 * subcommand prints its final score alone on the last line of standard output.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score hypothesis files against reference files (BLEU, deltaBLEU).",
        subcommands = {ScoreCommand.BleuCommand.class, ScoreCommand.DeltaBleuCommand.class,
                ScoreCommand.RougeCommand.class})
public final class ScoreCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options shared by both metrics. */
    static final class SmoothingOptions {
        @Option(names = "--smooth", defaultValue = "exp", paramLabel = "METHOD",
                description = "Smoothing: exp, floor, add-k or none (default: ${DEFAULT-VALUE}).")
        String smooth;

        @Option(names = "--smooth-value", paramLabel = "V",
                description = "Value for floor (default 0.1) or add-k (default 1).")
        Double smoothValue;

        @Option(names = "--no-effective-order",
                description = "Average all 4 orders even when the hypotheses have no n-gram of an order "
                        + "(sacrebleu's corpus_bleu default); effective order is on by default.")
        boolean noEffectiveOrder;

        @Option(names = "--sentence", description = "One sentence score per line instead of one corpus score.")
        boolean sentence;

        BleuConfig config() {
            return new BleuConfig(Smoothing.fromName(smooth), smoothValue == null ? Double.NaN : smoothValue,
                    !noEffectiveOrder, BleuConfig.DEFAULT_MAX_ORDER);
        }
    }

    /** Runs the library call; bad input (files, weights, options) becomes picocli's usage error with the message. */
    static int print(CommandLine.Model.CommandSpec spec, Supplier<ScoreReport> scoring) {
        ScoreReport report;
        try {
            report = scoring.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (report.perSegment()) {
            spec.commandLine().getErr().println(report.signature());
        }
        report.outputLines().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** {@code editvq score bleu}. */
    @Command(name = "bleu", mixinStandardHelpOptions = true,
            description = "sacrebleu-compatible BLEU of pre-tokenized text (tokenize='none'). Default: exp "
                    + "smoothing with effective order, as sacrebleu's sentence_bleu.")
    static final class BleuCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--hyp", required = true, paramLabel = "FILE", description = "Hypotheses, one per line.")
        Path hyp;

        @Option(names = "--ref", required = true, paramLabel = "FILE",
                description = "References, one per line (repeat for several references).")
        List<Path> refs;

        @CommandLine.Mixin
        SmoothingOptions options;

        @Override
        public Integer call() {
            return print(spec, () -> FileScoring.bleu(hyp, refs, options.config(), options.sentence));
        }
    }

    /** {@code editvq score delta-bleu}. */
    @Command(name = "delta-bleu", mixinStandardHelpOptions = true,
            description = "deltaBLEU (Galley et al., 2015) with one weight in [-1, 1] per reference file.")
    static final class DeltaBleuCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--hyp", required = true, paramLabel = "FILE", description = "Hypotheses, one per line.")
        Path hyp;

        @Option(names = "--ref", required = true, paramLabel = "FILE",
                description = "References, one per line; each --ref takes the --weight at the same position.")
        List<Path> refs;

        @Option(names = "--weight", required = true, paramLabel = "W",
                description = "Weight in [-1, 1] of the reference file at the same position.")
        List<Double> weights;

        @Option(names = "--galley-compat",
                description = "Compute what Galley's released script computes instead of the paper's formula "
                        + "(differs when an n-gram repeats; see docs/metrics.md).")
        boolean galleyCompat;

        @CommandLine.Mixin
        SmoothingOptions options;

        @Override
        public Integer call() {
            return print(spec, () -> FileScoring.deltaBleu(hyp, refs, weights,
                    new DeltaBleuConfig(options.config(), galleyCompat), options.sentence));
        }
    }

    /** {@code editvq score rouge}. */
    @Command(name = "rouge", mixinStandardHelpOptions = true,
            description = "ROUGE-N F-measure over whitespace tokens (operators kept), line by line; prints the mean"
                    + " F-measure (0-1) alone on the last line.")
    static final class RougeCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--n", defaultValue = "8", description = "n-gram order (default: ${DEFAULT-VALUE})")
        int n;
        @Option(names = "--hyp", required = true, description = "hypothesis file, one segment per line")
        Path hyp;
        @Option(names = "--ref", required = true, description = "reference file, one segment per line")
        Path ref;
        @Option(names = "--sentence", description = "also print one F-measure per line")
        boolean sentence;

        @Override
        public Integer call() {
            FileScoring.RougeReport report;
            try {
                report = FileScoring.rouge(hyp, ref, n);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            java.io.PrintWriter out = spec.commandLine().getOut();
            if (sentence) {
                report.segments().forEach(r -> out.printf(java.util.Locale.ROOT, "%.6f%n", r.fmeasure()));
            } else {
                out.printf(java.util.Locale.ROOT, "ROUGE-%d F-measure, mean of %d lines%n", n, report.segments().size());
            }
            out.printf(java.util.Locale.ROOT, "%.6f%n", report.meanFmeasure());
            out.flush();
            return 0;
        }
    }
}
