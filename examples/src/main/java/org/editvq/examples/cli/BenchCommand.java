package org.editvq.examples.cli;

import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.bench.ModelBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code editvq bench train|decode}: speed of the models on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training or decoding speed on random data against this machine's gemm rate.",
        subcommands = {BenchCommand.Train.class, BenchCommand.Decode.class})
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Options shared by both benchmarks. */
    static class Common {
        @Option(names = "--model", defaultValue = "edit-vqvae", description = "edit-vqvae, vqvae, edit-vae, transformer, transformer-star (default: ${DEFAULT-VALUE})")
        String model;
        @Option(names = "--preset", defaultValue = "cpu", description = "smoke, cpu or paper (default: ${DEFAULT-VALUE})")
        String preset;
        @Option(names = "--vocab", defaultValue = "1000", description = "vocabulary size (default: ${DEFAULT-VALUE})")
        int vocab;
        @Option(names = "--seed", defaultValue = "1")
        long seed;
        /** The N of the N-thread run, compared with one thread in the same process. */
        @picocli.CommandLine.Mixin
        ThreadsOption threads = new ThreadsOption();

        int threads() {
            return threads.count();
        }

        static void printLoad() {
            System.out.printf("load average         %.2f (other processes compete for the cores when this is high)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        ModelConfig config(int neededLength) {
            ModelConfig c = ModelConfig.preset(preset, ModelKind.parse(model), vocab, seed);
            int len = Math.max(neededLength, c.maxSourceLength());
            return c.toBuilder().maxLengths(len).build();
        }

        static String describe(ModelConfig c, long params) {
            return String.format("%s d=%d heads=%d ff=%d layers enc/dec/edit=%d/%d/%d vocab=%d params=%,d",
                    c.kind().cliName(), c.dModel(), c.heads(), c.dFf(), c.encoderLayers(), c.decoderLayers(),
                    c.editEncoderLayers(), c.vocabSize(), params);
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true, description = "Time training steps.")
    static final class Train extends Common implements Callable<Integer> {
        @Option(names = "--batch", defaultValue = "16", description = "pairs per batch (default: ${DEFAULT-VALUE})")
        int batch;
        @Option(names = "--length", defaultValue = "256", description = "longest sequence; lengths uniform in [L/2, L] (default: ${DEFAULT-VALUE})")
        int length;
        @Option(names = "--steps", defaultValue = "5", description = "timed steps (default: ${DEFAULT-VALUE})")
        int steps;
        @Option(names = "--warmup", defaultValue = "2", description = "untimed steps first (default: ${DEFAULT-VALUE})")
        int warmup;

        @Override
        public Integer call() {
            int n = threads();
            ModelBenchmark.GemmRate gemm = ModelBenchmark.gemmRate(4096, 128, 512, 20);
            ModelConfig config = config(length);
            // the same batches three ways: one thread on whole batches (the 1-core step), one thread
            // on n shards (the same arithmetic as n threads), n threads on n shards
            ModelBenchmark.TrainResult one = ModelBenchmark.train(config, batch, length, warmup, steps, seed, 1, 1);
            ModelBenchmark.TrainResult oneSharded = n == 1 ? one
                    : ModelBenchmark.train(config, batch, length, warmup, steps, seed, 1, n);
            ModelBenchmark.TrainResult many = n == 1 ? one
                    : ModelBenchmark.train(config, batch, length, warmup, steps, seed, n, n);
            System.out.println(describe(one.config(), one.parameters()));
            System.out.printf("batch %d x <=%d tokens, %d timed steps after %d warm-up%n", batch, length, steps, warmup);
            System.out.println("threads shards  s/step  CPU s/step  target tok/s  GFLOP/s  share of gemm rate  final loss");
            for (ModelBenchmark.TrainResult r : n == 1 ? List.of(one) : List.of(one, oneSharded, many)) {
                System.out.printf("%7d %6d  %6.3f  %10.3f  %12.0f  %7.1f  %17.1f%%  %.4f%n", r.threads(), r.shards(),
                        r.secondsPerStep(), r.cpuSecondsPerStep(), r.targetTokensPerSecond(), r.achievedGflops(),
                        100 * r.achievedGflops() / (gemm.gflops() * r.threads()), r.finalLoss());
            }
            System.out.printf("matmul FLOP/step     %.2f GFLOP (counted)%n", one.gflopPerStep());
            System.out.println(gemm + "; the share of an n-thread run is of n times this rate");
            if (n > 1) {
                System.out.printf("speed-up             %.2fx with %d threads over 1 thread on whole batches"
                        + " (%.2fx over 1 thread on the same %d shards)%n", one.secondsPerStep() / many.secondsPerStep(),
                        n, oneSharded.secondsPerStep() / many.secondsPerStep(), n);
            }
            printLoad();
            return 0;
        }
    }

    @Command(name = "decode", mixinStandardHelpOptions = true, description = "Time decoding one program under many latents.")
    static final class Decode extends Common implements Callable<Integer> {
        @Option(names = "--source-length", defaultValue = "300", description = "tokens of the source program (default: ${DEFAULT-VALUE})")
        int sourceLength;
        @Option(names = "--latents", defaultValue = "64", description = "latents decoded in one batch (default: ${DEFAULT-VALUE})")
        int latents;
        @Option(names = "--max-length", defaultValue = "300", description = "tokens generated per latent (default: ${DEFAULT-VALUE})")
        int maxLength;

        @Override
        public Integer call() {
            int n = threads();
            ModelConfig config = config(Math.max(sourceLength, maxLength));
            ModelBenchmark.DecodeResult one = ModelBenchmark.decode(config, sourceLength, latents, maxLength, seed, 1);
            ModelBenchmark.DecodeResult many = n == 1 ? one
                    : ModelBenchmark.decode(config, sourceLength, latents, maxLength, seed, n);
            System.out.println(describe(one.config(), 0).replace(" params=0", ""));
            System.out.printf("source %d tokens, %d latents, %d tokens each (greedy, KV cache)%n", sourceLength,
                    latents, maxLength);
            System.out.println("threads  seconds  CPU seconds  generated tok/s  distinct outputs");
            for (ModelBenchmark.DecodeResult r : n == 1 ? List.of(one) : List.of(one, many)) {
                System.out.printf("%7d  %7.2f  %11.2f  %15.0f  %16d%n", r.threads(), r.seconds(), r.cpuSeconds(),
                        r.tokensPerSecond(), r.distinctOutputs());
            }
            if (n > 1) {
                System.out.printf("speed-up             %.2fx with %d threads%n", one.seconds() / many.seconds(), n);
            }
            printLoad();
            return 0;
        }
    }
}
