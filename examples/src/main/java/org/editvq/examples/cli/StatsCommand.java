package org.editvq.examples.cli;

import org.editvq.dataset.corpus.SharedData;
import org.editvq.experiments.pipeline.CorpusPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code editvq stats}: the paper's Figure 2 for a corpus. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Write runtime, length and pair-speedup distributions (CSV and PNG) of a corpus.")
public final class StatsCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "corpus spec (see docs/corpora.md); default: the judged Code Jam"
            + " corpus, ~/.cache/editvq/googlejam4-judged/judged.csv (docs/judge.md)")
    String corpus;
    @Option(names = "--out", required = true, description = "output folder")
    Path out;
    @Mixin
    PairOptions options;

    @Override
    public Integer call() {
        try {
            String spec = SharedData.corpusOrJudged(corpus);
            CorpusPipeline.StatisticsRun run = CorpusPipeline.writeStatistics(spec, options.config(), out);
            System.out.println(run.corpus().summary());
            Map<String, Object> s = run.statistics().summary();
            s.forEach((k, v) -> System.out.println(k + ": " + v));
            System.out.printf("median-to-90th-percentile runtime ratio (p90 / median, across problems): %s%n",
                    s.get("p90OverMedianAcrossProblems"));
            System.out.println("wrote " + out.toAbsolutePath());
            return 0;
        } catch (Exception e) {
            System.err.println("editvq stats: " + e.getMessage());
            return 2;
        }
    }
}
