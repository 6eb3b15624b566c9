package org.editvq.models.bench;

import org.editvq.models.DecodeOptions;
import org.editvq.models.Decoded;
import org.editvq.models.DataParallel;
import org.editvq.models.EditModel;
import org.editvq.models.Workers;
import org.editvq.models.Generator;
import org.editvq.models.ModelConfig;
import org.editvq.models.PairBatch;
import org.editvq.models.StepStats;
import org.editvq.models.nn.Kernels;
import org.editvq.models.optim.Adam;
import org.editvq.models.optim.LearningRateSchedule;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Speed benchmarks of training and decoding on random data, reported against the machine's
 * own BLAS rate measured in the same process: FLOPs are counted from every matrix product the
 * model actually runs (forward and backward), not estimated.
 */
public final class ModelBenchmark {
    private ModelBenchmark() {
    }

    /** Result of {@link #gemmRate}. */
    public record GemmRate(int m, int k, int n, double gflops, int threads) {
        @Override
        public String toString() {
            return String.format("ND4J gemm %dx%dx%d into a preallocated array: %.1f GFLOP/s (%d threads)", m, k, n,
                    gflops, threads);
        }
    }

    /** Result of {@link #train}. */
    public record TrainResult(ModelConfig config, int threads, int shards, int batch, int time, int steps,
                              long parameters,
                              double secondsPerStep, double cpuSecondsPerStep, double targetTokensPerSecond,
                              double allTokensPerSecond, double gflopPerStep, double achievedGflops,
                              double finalLoss) {
    }

    /** CPU time of this process (all threads, user + system) in seconds. */
    public static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** Result of {@link #decode}. */
    public record DecodeResult(ModelConfig config, int threads, int sourceLength, int sequences, int generatedTokens,
                               double seconds, double cpuSeconds, double tokensPerSecond, int distinctOutputs) {
    }

    /** Float32 gemm rate of ND4J's BLAS with a preallocated output (best of {@code reps}). */
    public static GemmRate gemmRate(int m, int k, int n, int reps) {
        INDArray a = Nd4j.rand(DataType.FLOAT, m, k);
        INDArray b = Nd4j.rand(DataType.FLOAT, k, n);
        INDArray c = Nd4j.create(DataType.FLOAT, m, n);
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return new GemmRate(m, k, n, 2.0 * m * k * n / best / 1e9, Nd4j.getEnvironment().maxThreads());
    }

    /** Random pairs: lengths uniform in [time/2, time], ids uniform over the regular tokens. */
    static PairBatch randomBatch(int batch, int time, int vocab, SplittableRandom random) {
        List<int[]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            xs.add(randomSequence(time / 2 + random.nextInt(time - time / 2 + 1), vocab, random));
            ys.add(randomSequence(time / 2 + random.nextInt(time - time / 2), vocab, random));
        }
        return PairBatch.of(xs, ys);
    }

    static int[] randomSequence(int length, int vocab, SplittableRandom random) {
        int[] s = new int[Math.max(1, length)];
        for (int i = 0; i < s.length; i++) {
            s[i] = 5 + random.nextInt(vocab - 5);
        }
        return s;
    }

    /**
     * Times {@code steps} training steps (forward, backward, Adam update) after {@code warmup}
     * untimed ones, on random batches of {@code batch} pairs of up to {@code time} tokens, each
     * batch cut into {@code shards} shards run by {@code threads} workers ({@link DataParallel}).
     * The batches depend only on the seed, so runs with other thread counts time the same work.
     */
    public static TrainResult train(ModelConfig config, int batch, int time, int warmup, int steps, long seed,
                                    int threads, int shards) {
        try (Workers workers = Workers.of(threads)) {
            return train(config, batch, time, warmup, steps, seed, new DataParallel(
                    new EditModel(config, DataType.FLOAT), shards, workers));
        }
    }

    private static TrainResult train(ModelConfig config, int batch, int time, int warmup, int steps, long seed,
                                     DataParallel parallel) {
        EditModel model = parallel.model();
        Adam adam = Adam.transformerDefaults(model.params(), 1.0);
        LearningRateSchedule schedule = new LearningRateSchedule(1e-3, 100);
        SplittableRandom random = new SplittableRandom(seed);
        List<PairBatch> batches = new ArrayList<>();
        for (int i = 0; i < warmup + steps; i++) {
            batches.add(randomBatch(batch, time, config.vocabSize(), random));
        }
        double seconds = 0;
        double cpu = 0;
        long flops = 0;
        double targetTokens = 0;
        double allTokens = 0;
        double loss = Double.NaN;
        for (int i = 0; i < batches.size(); i++) {
            PairBatch b = batches.get(i);
            long f0 = Kernels.matmulFlops();
            double c0 = processCpuSeconds();
            long t0 = System.nanoTime();
            StepStats s = parallel.trainStep(b, random, config.klWeight());
            adam.update(schedule.at(i + 1));
            long t1 = System.nanoTime();
            double c1 = processCpuSeconds();
            System.gc();
            if (i >= warmup) {
                seconds += (t1 - t0) / 1e9;
                cpu += c1 - c0;
                flops += Kernels.matmulFlops() - f0;
                targetTokens += b.targetTokens();
                allTokens += b.targetTokens() + b.source().tokenCount();
                loss = s.loss();
            }
        }
        return new TrainResult(config, parallel.workers().threads(), parallel.shards(), batch, time, steps,
                model.params().count(), seconds / steps, cpu / steps,
                targetTokens / seconds, allTokens / seconds, flops / 1e9 / steps, flops / 1e9 / seconds, loss);
    }

    /**
     * Times decoding one random source of {@code sourceLength} tokens under {@code sequences}
     * latents (codebook rows, prior samples or plain copies, by model kind), greedy, with EOS
     * forbidden before {@code maxLength} so that every sequence is decoded to full length.
     */
    public static DecodeResult decode(ModelConfig config, int sourceLength, int sequences, int maxLength, long seed,
                                      int threads) {
        try (Workers workers = Workers.of(threads)) {
            return decode(config, sourceLength, sequences, maxLength, seed, workers);
        }
    }

    private static DecodeResult decode(ModelConfig config, int sourceLength, int sequences, int maxLength, long seed,
                                       Workers workers) {
        EditModel model = new EditModel(config, DataType.FLOAT);
        SplittableRandom random = new SplittableRandom(seed);
        int[] source = randomSequence(sourceLength, config.vocabSize(), random);
        int[] codes = new int[sequences];
        for (int i = 0; i < sequences; i++) {
            codes[i] = i % config.codebookSize();
        }
        Generator generator = new Generator(model, workers);
        DecodeOptions options = DecodeOptions.greedy(maxLength).withMinLength(maxLength);
        // warm-up on a short run so that JIT and native initialization are not timed
        generator.decode(source, model.latents(codes, sequences, random), sequences, DecodeOptions.greedy(4), null);
        long t0 = System.nanoTime();
        double c0 = processCpuSeconds();
        INDArray latents = model.latents(codes, sequences, random);
        List<Decoded> out = generator.decode(source, latents, sequences, options, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = processCpuSeconds() - c0;
        int generated = out.stream().mapToInt(d -> d.tokens().length).sum();
        long distinct = out.stream().map(d -> java.util.Arrays.toString(d.tokens())).distinct().count();
        return new DecodeResult(config, workers.threads(), sourceLength, sequences, generated, seconds, cpu, generated / seconds,
                (int) distinct);
    }
}
