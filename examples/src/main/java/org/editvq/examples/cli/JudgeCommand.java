package org.editvq.examples.cli;

import org.editvq.experiments.pipeline.CorpusPipeline;
import org.editvq.dataset.pairs.PairConfig;
import org.editvq.experiments.reproduce.ReproduceConfig;
import java.util.List;
import org.editvq.judge.JudgeConfig;
import org.editvq.judge.JudgeCorpus;
import org.editvq.judge.ProblemSummary;
import org.editvq.judge.ProgressBarListener;
import org.editvq.judge.gcj.InputScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code editvq judge}: measure runtimes the way a contest judge does. */
@Command(name = "judge", mixinStandardHelpOptions = true,
        description = "Compile, run, check and time every submission of a corpus (resumable).")
public final class JudgeCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "corpus spec, e.g. ../shared/data/googlejam4.tar")
    String corpus;
    @Option(names = "--out", required = true, description = "output folder (judged.csv, summary.csv, journal)")
    Path out;
    @Option(names = "--inputs", description = "folder of <problem>.in and optional <problem>.out; default: built-in Code Jam generators")
    Path inputs;
    @Option(names = "--scale", defaultValue = "STRESS", description = "generated input size: SMALL, LARGE, STRESS (default: ${DEFAULT-VALUE})")
    InputScale scale;
    @Option(names = "--seed", defaultValue = "1", description = "seed of generated inputs (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--runs", defaultValue = "5", description = "measured runs per submission (default: ${DEFAULT-VALUE})")
    int runs;
    @Option(names = "--parallelism", defaultValue = "0", description = "submissions judged at once; 0 = one per core")
    int parallelism;

    @Override
    public Integer call() {
        try (ProgressBarListener progress = new ProgressBarListener()) {
            JudgeConfig config = JudgeConfig.defaults().withRuns(1, runs, Math.max(runs, 3 * runs), 0.05);
            if (parallelism > 0) {
                config = config.withParallelism(parallelism);
            }
            JudgeCorpus.Outcome o = JudgeCorpus.run(corpus, inputs, seed, scale, config, out, progress);
            progress.close();
            System.out.println(o.corpus().report().summary());
            o.testSources().forEach((p, s) -> System.out.println("tests of " + p + ": " + s));
            System.out.printf("%-10s %6s %8s %8s %10s %10s %8s%n", "problem", "subs", "compiled", "accepted",
                    "median ms", "p90 ms", "p90/med");
            for (ProblemSummary s : o.report().summaries()) {
                System.out.printf("%-10s %6d %8d %8d %10.1f %10.1f %8.2f%n", s.problemId(), s.submissions(),
                        s.compiled(), s.accepted(), s.runtimeMedianMs(), s.runtimeP90Ms(), s.ratioP90Median());
            }
            System.out.printf("judged %d, resumed %d, wall %.0f s%n", o.report().judged(), o.report().resumed(),
                    o.report().wallSeconds());
            Path judged = o.report().judgedCsv();
            List<PairConfig> gates = List.of(PairConfig.defaults(), ReproduceConfig.pairConfig(0, 0));
            Path pairsCsv = judged.resolveSibling("pairs_per_problem.csv");
            List<CorpusPipeline.ProblemPairs> pairs = CorpusPipeline.writePairsPerProblem(judged.toString(), gates,
                    pairsCsv);
            System.out.printf("%-10s %8s %8s %12s %12s%n", "problem", "programs", "timed", "pairs@0.5", "pairs@0.3");
            for (CorpusPipeline.ProblemPairs p : pairs) {
                System.out.printf("%-10s %8d %8d %12d %12d%n", p.problemId(), p.programs(), p.withRuntime(),
                        p.pairs().get(0), p.pairs().get(1));
            }
            System.out.println("pairs at >= 1.2x speedup (ROUGE-8 >= 0.5: pair builder default; >= 0.3: reproduce) in "
                    + pairsCsv);
            System.out.println("wrote " + judged.toAbsolutePath());
            return 0;
        } catch (Exception e) {
            System.err.println("editvq judge: " + e.getMessage());
            return 2;
        }
    }
}
