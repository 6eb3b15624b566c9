package org.editvq.examples.cli;

import org.editvq.core.corpus.SharedData;
import org.editvq.canonicalizer.pipeline.CorpusPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code editvq pairs}: corpus → canonical programs → pairs, splits and reference sets. */
@Command(name = "pairs", mixinStandardHelpOptions = true,
        description = "Build (slow, fast) program pairs, splits and reference sets from a corpus.")
public final class PairsCommand implements Callable<Integer> {
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
            if (run.corpus().withRuntime() == 0) {
                System.err.println("editvq pairs: no program has a runtime, so no pair can be built; judge the corpus"
                        + " first (docs/judge.md)");
            }
            run.dataset().counts().toMap().forEach((k, v) -> System.out.println(k + ": " + v));
            System.out.println("wrote " + out.toAbsolutePath());
            return 0;
        } catch (Exception e) {
            System.err.println("editvq pairs: " + e.getMessage());
            return 2;
        }
    }
}
