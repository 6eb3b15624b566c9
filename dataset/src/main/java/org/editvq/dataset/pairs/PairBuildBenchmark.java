package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.rouge.RougeN;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Times {@link PairBuilder} on synthetic programs and estimates what brute force would cost by
 * timing {@link RougeN} on a random sample of program pairs. No main: call {@link #run}.
 */
public final class PairBuildBenchmark {
    private PairBuildBenchmark() {
    }

    /**
     * One measurement.
     *
     * @param programs              programs
     * @param meanLength            mean tokens per program
     * @param buildMillis           wall time of the indexed pair search (one run, after one warm-up run on a tenth of the data)
     * @param bruteForceComparisons unordered pairs brute force would score
     * @param candidatesExamined    unordered pairs the indexed search scored exactly
     * @param similarPairs          unordered pairs passing the ROUGE gate
     * @param pairs                 (slow, fast) pairs found
     * @param bruteForceNanosPerComparison mean time of one {@link RougeN} comparison (string n-gram maps) on the sample
     * @param bruteForceEstimateMillis     that times the number of brute-force comparisons
     * @param mergeNanosPerComparison      mean time of one overlap count by merging pre-computed sorted n-gram
     *                                     hash arrays (the fairest brute force: preprocessing not counted)
     * @param mergeBruteForceEstimateMillis that times the number of brute-force comparisons
     */
    public record Result(int programs, double meanLength, long buildMillis, long bruteForceComparisons,
                         long candidatesExamined, long similarPairs, long pairs, double bruteForceNanosPerComparison,
                         double bruteForceEstimateMillis, double mergeNanosPerComparison,
                         double mergeBruteForceEstimateMillis) {
        /** A one-line report. */
        public String report() {
            return String.format(java.util.Locale.ROOT,
                    "%d programs (mean %.0f tokens): %d ms; %d candidates of %d comparisons (%.2f%%); %d similar, %d pairs; "
                            + "brute force with RougeN ~%.0f ns/comparison -> ~%.0f ms estimated; "
                            + "with pre-hashed sorted n-grams ~%.0f ns/comparison -> ~%.0f ms estimated",
                    programs, meanLength, buildMillis, candidatesExamined, bruteForceComparisons,
                    100.0 * candidatesExamined / Math.max(1, bruteForceComparisons), similarPairs, pairs,
                    bruteForceNanosPerComparison, bruteForceEstimateMillis, mergeNanosPerComparison,
                    mergeBruteForceEstimateMillis);
        }
    }

    /** Measures the pair search on the generated programs under the configuration's gate and threshold. */
    public static Result run(SyntheticPrograms spec, PairConfig config, int bruteForceSample) {
        List<CanonicalProgram> programs = spec.generate();
        PairBuilder builder = PairBuilder.from(config);
        builder.build(programs.subList(0, Math.max(1, programs.size() / 10))); // warm-up
        long t0 = System.nanoTime();
        PairBuildResult result = builder.build(programs);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        RougeN rouge = new RougeN(config.rougeN());
        SplittableRandom rnd = new SplittableRandom(config.seed());
        double sink = 0;
        long s0 = System.nanoTime();
        for (int i = 0; i < bruteForceSample; i++) {
            CanonicalProgram a = programs.get(rnd.nextInt(programs.size()));
            CanonicalProgram b = programs.get(rnd.nextInt(programs.size()));
            sink += rouge.fmeasure(a.tokens(), b.tokens());
        }
        double nanosPer = bruteForceSample == 0 ? Double.NaN : (double) (System.nanoTime() - s0) / bruteForceSample;
        long[][] hashed = new long[programs.size()][];
        for (int i = 0; i < hashed.length; i++) {
            hashed[i] = sortedNgramHashes(programs.get(i).tokens(), config.rougeN());
        }
        long m0 = System.nanoTime();
        int mergeSample = bruteForceSample * 20;
        for (int i = 0; i < mergeSample; i++) {
            sink += mergeOverlap(hashed[rnd.nextInt(hashed.length)], hashed[rnd.nextInt(hashed.length)]);
        }
        double mergeNanos = mergeSample == 0 ? Double.NaN : (double) (System.nanoTime() - m0) / mergeSample;
        if (sink < 0) {
            throw new AssertionError("unreachable");
        }
        PairBuildStats s = result.stats();
        double meanLength = programs.stream().mapToInt(CanonicalProgram::length).average().orElse(0);
        return new Result(programs.size(), meanLength, millis, s.bruteForceComparisons(), s.candidatesExamined(),
                s.similarPairs(), s.pairs(), nanosPer, nanosPer * s.bruteForceComparisons() / 1e6, mergeNanos,
                mergeNanos * s.bruteForceComparisons() / 1e6);
    }

    private static long[] sortedNgramHashes(List<String> tokens, int n) {
        int grams = Math.max(0, tokens.size() - n + 1);
        long[] out = new long[grams];
        for (int i = 0; i < grams; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + n; j++) {
                h = 31 * h + tokens.get(j).hashCode();
            }
            out[i] = h;
        }
        java.util.Arrays.sort(out);
        return out;
    }

    private static long mergeOverlap(long[] a, long[] b) {
        long o = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                o++;
                i++;
                j++;
            }
        }
        return o;
    }
}
