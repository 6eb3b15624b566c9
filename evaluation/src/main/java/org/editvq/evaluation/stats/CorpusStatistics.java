package org.editvq.evaluation.stats;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.editvq.dataset.pairs.PairDataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runtime, length and speedup distributions of a corpus (the paper's Figure 2) and their summary.
 *
 * <p>The headline number is {@code medianOverP10}: median runtime / 10th-percentile runtime within a
 * problem, i.e. how much faster than the typical solution the best decile is (the paper reports about
 * 2x "between the median and the 90th percentile", reading "90th percentile" as 90th percentile of
 * efficiency). The other reading, p90 / median runtime, is reported too. "Across problems" is the
 * median of the per-problem ratios over problems with at least {@code minProgramsPerProblem}
 * runtimes; "pooled" is the same ratio over all those runtimes divided by their problem's median.
 *
 * @param programs                 programs given
 * @param programsWithRuntime      programs with a runtime &gt; 0 (finite)
 * @param perProblem               runtime spread of every problem with at least 1 runtime, in first-appearance order
 * @param problemsSummarised       problems with at least {@code minProgramsPerProblem} runtimes
 * @param medianOverP10AcrossProblems median over summarised problems of median / p10
 * @param p90OverMedianAcrossProblems median over summarised problems of p90 / median
 * @param pooledMedianOverP10      median / p10 of the pooled relative runtimes (runtime / problem median)
 * @param pooledP90OverMedian      p90 / median of the pooled relative runtimes
 * @param medianLength             median program length in tokens (all programs)
 * @param meanLength               mean program length in tokens
 * @param pairs                    pairs given
 * @param medianSpeedup            median pair speedup (NaN without pairs)
 * @param maxSpeedup               largest pair speedup (NaN without pairs)
 * @param relativeRuntime          histogram of runtime / problem median (log bins), summarised problems
 * @param length                   histogram of program lengths (linear bins)
 * @param speedup                  histogram of pair speedups (log bins)
 */
public record CorpusStatistics(int programs, int programsWithRuntime, List<ProblemRuntimeStats> perProblem,
                               int problemsSummarised, double medianOverP10AcrossProblems,
                               double p90OverMedianAcrossProblems, double pooledMedianOverP10,
                               double pooledP90OverMedian, double medianLength, double meanLength, int pairs,
                               double medianSpeedup, double maxSpeedup, Histogram relativeRuntime,
                               Histogram length, Histogram speedup) {
    public CorpusStatistics {
        perProblem = List.copyOf(perProblem);
        Objects.requireNonNull(relativeRuntime, "relativeRuntime");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(speedup, "speedup");
    }

    /** Statistics of the programs and the dataset's training and validation pairs. */
    public static CorpusStatistics compute(List<CanonicalProgram> programs, PairDataset dataset, StatisticsConfig config) {
        List<ProgramPair> pairs = new ArrayList<>(dataset.train());
        pairs.addAll(dataset.valid());
        return compute(programs, pairs, config);
    }

    /** Statistics of the programs and the given pairs. */
    public static CorpusStatistics compute(List<CanonicalProgram> programs, List<ProgramPair> pairs,
                                           StatisticsConfig config) {
        Map<String, List<Double>> byProblem = new LinkedHashMap<>();
        int withRuntime = 0;
        double[] lengths = new double[programs.size()];
        for (int i = 0; i < programs.size(); i++) {
            CanonicalProgram p = programs.get(i);
            lengths[i] = p.length();
            if (p.runtimeMs() > 0 && !Double.isInfinite(p.runtimeMs())) {
                withRuntime++;
                byProblem.computeIfAbsent(p.problemId(), k -> new ArrayList<>()).add(p.runtimeMs());
            }
        }
        List<ProblemRuntimeStats> per = new ArrayList<>();
        List<Double> ratiosFast = new ArrayList<>();
        List<Double> ratiosSlow = new ArrayList<>();
        List<Double> relative = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : byProblem.entrySet()) {
            double[] rt = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double p10 = Quantiles.ofSorted(rt, 0.1);
            double med = Quantiles.ofSorted(rt, 0.5);
            double p90 = Quantiles.ofSorted(rt, 0.9);
            per.add(new ProblemRuntimeStats(e.getKey(), rt.length, p10, med, p90, med / p10, p90 / med));
            if (rt.length >= config.minProgramsPerProblem()) {
                ratiosFast.add(med / p10);
                ratiosSlow.add(p90 / med);
                for (double r : rt) {
                    relative.add(r / med);
                }
            }
        }
        double[] rel = relative.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double relMedian = Quantiles.ofSorted(rel, 0.5);
        double[] speedups = pairs.stream().mapToDouble(ProgramPair::speedup).sorted().toArray();
        return new CorpusStatistics(programs.size(), withRuntime, per, ratiosFast.size(),
                Quantiles.of(toArray(ratiosFast), 0.5), Quantiles.of(toArray(ratiosSlow), 0.5),
                relMedian / Quantiles.ofSorted(rel, 0.1), Quantiles.ofSorted(rel, 0.9) / relMedian,
                Quantiles.of(lengths, 0.5), lengths.length == 0 ? Double.NaN : Arrays.stream(lengths).average().orElseThrow(),
                pairs.size(), Quantiles.ofSorted(speedups, 0.5),
                speedups.length == 0 ? Double.NaN : speedups[speedups.length - 1],
                Histogram.of(rel, config.bins(), true), Histogram.of(lengths, config.bins(), false),
                Histogram.of(speedups, config.bins(), true));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The scalar summary by name (no histograms, no per-problem rows), for manifests and logs. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programs", programs);
        m.put("programsWithRuntime", programsWithRuntime);
        m.put("problems", perProblem.size());
        m.put("problemsSummarised", problemsSummarised);
        m.put("medianOverP10AcrossProblems", medianOverP10AcrossProblems);
        m.put("p90OverMedianAcrossProblems", p90OverMedianAcrossProblems);
        m.put("pooledMedianOverP10", pooledMedianOverP10);
        m.put("pooledP90OverMedian", pooledP90OverMedian);
        m.put("medianLength", medianLength);
        m.put("meanLength", meanLength);
        m.put("pairs", pairs);
        m.put("medianSpeedup", medianSpeedup);
        m.put("maxSpeedup", maxSpeedup);
        return m;
    }
}
