package org.editvq.examples.cli;

import org.editvq.dataset.corpus.SharedData;
import org.editvq.experiments.pipeline.CorpusPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code editvq pairs}: corpus → canonical programs → pairs, splits and reference sets. Files that do not
 * canonicalize are listed (the first {@value #LISTED_FAILURES}, with file and line); an empty training
 * split is an error (exit code 1) that says what to change.
 */
@Command(name = "pairs", mixinStandardHelpOptions = true,
        description = {"Build (slow, fast) program pairs, splits and reference sets from a corpus.",
                "Exit code 1 when the training split is empty (the message says which option to change), 2 on"
                        + " unreadable input."})
public final class PairsCommand implements Callable<Integer> {
    /** How many files that failed to canonicalize are listed one per line. */
    static final int LISTED_FAILURES = 20;

    @Option(names = "--corpus", description = "corpus spec, e.g. judged.csv or a CodeNet tree (see docs/corpora.md);"
            + " default: the judged Code Jam corpus, ~/.cache/editvq/googlejam4-judged/judged.csv (docs/judge.md)")
    String corpus;
    @Option(names = "--out", required = true, description = "output folder")
    Path out;
    @Mixin
    PairOptions options;

    @Override
    public Integer call() {
        try {
            String spec = SharedData.corpusOrJudged(corpus);
            CorpusPipeline.PairsRun run = CorpusPipeline.writePairs(spec, options.config(), out);
            System.out.println(run.corpus().summary());
            run.corpus().failed().stream().limit(LISTED_FAILURES)
                    .forEach(f -> System.out.println("  not canonicalized: " + f.location() + ": " + f.reason()));
            if (run.corpus().failed().size() > LISTED_FAILURES) {
                System.out.println("  ... and " + (run.corpus().failed().size() - LISTED_FAILURES) + " more");
            }
            run.dataset().counts().toMap().forEach((k, v) -> System.out.println(k + ": " + v));
            System.out.println("wrote " + out.toAbsolutePath());
            var empty = run.emptyTrainingSplit();
            if (empty.isPresent()) {
                System.err.println("editvq pairs: " + empty.get());
                return 1;
            }
            return 0;
        } catch (Exception e) {
            System.err.println("editvq pairs: " + e.getMessage());
            return 2;
        }
    }
}
