package org.editvq.examples.cli;

import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.bench.ModelBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

        ModelConfig config(int neededLength) {
            ModelConfig c = ModelConfig.preset(preset, ModelKind.parse(model), vocab, seed);
            int len = Math.max(neededLength, c.maxSourceLength());
            return new ModelConfig(c.kind(), c.vocabSize(), c.dModel(), c.heads(), c.dFf(), c.encoderLayers(),
                    c.decoderLayers(), c.editEncoderLayers(), c.dropout(), c.labelSmoothing(), c.codebookSize(),
                    c.commitmentBeta(), c.restartInterval(), c.restartThreshold(), c.klWeight(), c.klAnnealSteps(),
                    len, len, c.seed());
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
            ModelBenchmark.GemmRate gemm = ModelBenchmark.gemmRate(4096, 128, 512, 20);
            ModelBenchmark.TrainResult r = ModelBenchmark.train(config(length), batch, length, warmup, steps, seed);
            System.out.println(describe(r.config(), r.parameters()));
            System.out.printf("batch %d x <=%d tokens, %d timed steps after %d warm-up%n", batch, length, steps, warmup);
            System.out.printf("time per step        %.3f s wall, %.3f s CPU (all threads)%n", r.secondsPerStep(),
                    r.cpuSecondsPerStep());
            System.out.printf("target tokens/s      %.0f%n", r.targetTokensPerSecond());
            System.out.printf("all tokens/s         %.0f (source + target)%n", r.allTokensPerSecond());
            System.out.printf("matmul FLOP/step     %.2f GFLOP (counted)%n", r.gflopPerStep());
            System.out.printf("achieved             %.1f GFLOP/s%n", r.achievedGflops());
            System.out.println(gemm);
            System.out.printf("ratio                %.1f%% of the gemm rate%n", 100 * r.achievedGflops() / gemm.gflops());
            System.out.printf("load average         %.2f (other processes compete for the cores when this is high)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
            ModelBenchmark.DecodeResult r = ModelBenchmark.decode(config(Math.max(sourceLength, maxLength)),
                    sourceLength, latents, maxLength, seed);
            System.out.println(describe(r.config(), 0).replace(" params=0", ""));
            System.out.printf("source %d tokens, %d latents, %d tokens each (greedy, KV cache)%n", sourceLength,
                    latents, maxLength);
            System.out.printf("total time           %.2f s wall, %.2f s CPU%n", r.seconds(), r.cpuSeconds());
            System.out.printf("generated tokens/s   %.0f%n", r.tokensPerSecond());
            System.out.printf("distinct outputs     %d%n", r.distinctOutputs());
            return 0;
        }
    }
}
