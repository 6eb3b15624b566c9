package org.editvq.training;

import org.editvq.core.config.ConfigJson;
import org.editvq.models.Preset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to train: batching, length of the run, optimizer schedule, evaluation, checkpoints and
 * early stopping. Immutable and validated; saved in every bundle (trainer.json and the manifest) through
 * {@link ConfigJson}. Build one by name with {@link #builder()}, {@link #builder(Preset, long)} or
 * {@link #toBuilder()}.
 *
 * @param batchSize          most sequences (pairs) per batch
 * @param maxBatchTokens     most padded tokens per batch, {@code rows × (longest source + longest target + 1)}
 *                           (0 = no token budget, only {@code batchSize})
 * @param maxSteps           stop after this many optimizer steps (0 = no step limit)
 * @param maxEpochs          stop after this many passes over the training pairs (0 = no epoch limit)
 * @param peakLr             peak learning rate of the warm-up / inverse-square-root schedule
 * @param warmupSteps        linear warm-up steps to {@code peakLr}
 * @param clipNorm           clip the global gradient norm to this (0 = no clipping)
 * @param evalInterval       validate every this many steps (0 = at the end of every epoch)
 * @param checkpointInterval save a resumable checkpoint every this many steps (0 = only at the end)
 * @param patience           stop when this many validations in a row did not improve the best
 *                           validation loss (0 = no early stopping)
 * @param seed               the run's one seed (batch order, dropout, codebook restarts)
 * @param logInterval        log and record training metrics every this many steps
 * @param batchShards        each batch is split into this many shards (contiguous runs of its pairs), each
 *                           with its own dropout stream and gradient buffer, summed in shard order: the
 *                           unit of data parallelism. Part of the trajectory; the number of threads that
 *                           run the shards is not, so a run gives the same numbers, bit for bit, on one
 *                           core and on two (docs/architecture.md, "Threads"). 1 reproduces runs saved
 *                           before shards existed.
 */
public record TrainingConfig(int batchSize, int maxBatchTokens, long maxSteps, int maxEpochs, double peakLr,
                             int warmupSteps, double clipNorm, int evalInterval, int checkpointInterval, int patience,
                             long seed, int logInterval, int batchShards) {

    /** Shards of the presets: one per core of a 2-core machine, the machine this project is tuned on. */
    public static final int DEFAULT_SHARDS = 2;

    /** Settings that trainer.json files saved before they existed lack: one shard per batch (the trajectory then). */
    public static final Map<String, Object> ABSENT_IN_OLD_FILES = Map.of("batchShards", 1);

    public TrainingConfig {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
        }
        if (maxBatchTokens < 0 || maxSteps < 0 || maxEpochs < 0 || evalInterval < 0 || checkpointInterval < 0
                || patience < 0) {
            throw new IllegalArgumentException(
                    "maxBatchTokens, maxSteps, maxEpochs, evalInterval, checkpointInterval, patience must be >= 0");
        }
        if (maxSteps == 0 && maxEpochs == 0) {
            throw new IllegalArgumentException("set maxSteps or maxEpochs (or both): a run needs an end");
        }
        if (!(peakLr > 0) || !Double.isFinite(peakLr)) {
            throw new IllegalArgumentException("peakLr must be a positive number: " + peakLr);
        }
        if (warmupSteps < 1) {
            throw new IllegalArgumentException("warmupSteps must be >= 1: " + warmupSteps);
        }
        if (!(clipNorm >= 0) || !Double.isFinite(clipNorm)) {
            throw new IllegalArgumentException("clipNorm must be >= 0: " + clipNorm);
        }
        if (logInterval < 1) {
            throw new IllegalArgumentException("logInterval must be >= 1: " + logInterval);
        }
        if (batchShards < 1 || batchShards > batchSize) {
            throw new IllegalArgumentException("batchShards must be in [1, batchSize = " + batchSize + "]: "
                    + batchShards);
        }
    }

    /**
     * A named preset: {@code smoke} (200 steps of a tiny model, for tests and trials), {@code cpu}
     * (1,000 steps with checkpoints every 100: with the cpu model preset a step took 0.5–1 s on
     * 60-token programs and 9–11 s on 300-token programs on a loaded 2-core machine, see
     * docs/training.md) or {@code paper} (the paper's batch of 16 and Adam warm-up then decay, up
     * to 50 epochs). All use a peak learning rate of 1e-2.
     */
    public static TrainingConfig preset(Preset preset, long seed) {
        return builder(preset, seed).build();
    }

    /** {@link #preset(Preset, long)} by name ({@code smoke}, {@code cpu}, {@code paper}). */
    public static TrainingConfig preset(String name, long seed) {
        return preset(Preset.parse(name), seed);
    }

    /** A builder holding the preset's settings and {@code seed}. */
    public static Builder builder(Preset preset, long seed) {
        Builder b = builder().seed(seed).batchShards(DEFAULT_SHARDS).batchSize(16).peakLr(1e-2).clipNorm(1.0);
        return switch (preset) {
            case SMOKE -> b.maxSteps(200).warmupSteps(20).evalInterval(50).checkpointInterval(50).patience(4)
                    .logInterval(10);
            case CPU -> b.maxBatchTokens(12_000).maxSteps(1000).maxEpochs(30).warmupSteps(200).evalInterval(100)
                    .checkpointInterval(100).patience(5).logInterval(10);
            case PAPER -> b.maxEpochs(50).warmupSteps(4000).evalInterval(1000).checkpointInterval(1000).patience(10)
                    .logInterval(100);
        };
    }

    /**
     * A builder with neutral settings: batches of 16 pairs without a token budget, peak learning rate 1e-2 after
     * 100 warm-up steps, clipping at 1.0, validation at the end of every epoch, a checkpoint only at the end, no
     * early stopping, seed 0, logs every 10 steps, one shard per batch, and no end: set {@code maxSteps} or
     * {@code maxEpochs}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's settings. */
    public Builder toBuilder() {
        return new Builder().batchSize(batchSize).maxBatchTokens(maxBatchTokens).maxSteps(maxSteps)
                .maxEpochs(maxEpochs).peakLr(peakLr).warmupSteps(warmupSteps).clipNorm(clipNorm)
                .evalInterval(evalInterval).checkpointInterval(checkpointInterval).patience(patience).seed(seed)
                .logInterval(logInterval).batchShards(batchShards);
    }

    /** A copy with another step limit. */
    public TrainingConfig withMaxSteps(long steps) {
        return toBuilder().maxSteps(steps).build();
    }

    /** A copy with another epoch limit. */
    public TrainingConfig withMaxEpochs(int epochs) {
        return toBuilder().maxEpochs(epochs).build();
    }

    /** A copy with another checkpoint interval. */
    public TrainingConfig withCheckpointInterval(int interval) {
        return toBuilder().checkpointInterval(interval).build();
    }

    /** A copy with another number of shards per batch (see the record's documentation). */
    public TrainingConfig withBatchShards(int shards) {
        return toBuilder().batchShards(shards).build();
    }

    /** Steps a run of this configuration takes at most, given the batches per epoch. */
    public long plannedSteps(int batchesPerEpoch) {
        long byEpochs = maxEpochs == 0 ? Long.MAX_VALUE : (long) maxEpochs * batchesPerEpoch;
        long bySteps = maxSteps == 0 ? Long.MAX_VALUE : maxSteps;
        return Math.min(byEpochs, bySteps);
    }

    /** This configuration as a JSON-ready map (field name → value; {@link ConfigJson}). */
    public Map<String, Object> toMap() {
        return ConfigJson.toMap(this);
    }

    /** Reads {@link #toMap()} output; a map saved before shards existed reads with one shard per batch. */
    public static TrainingConfig fromMap(Map<String, ?> map) {
        return ConfigJson.fromMap(map, TrainingConfig.class, ABSENT_IN_OLD_FILES);
    }

    /**
     * Names of the settings that fix the trajectory of a run and differ between the two
     * configurations (everything but the step and epoch limits, the checkpoint and log
     * intervals). Empty when a run saved with {@code saved} can be continued exactly under this one.
     */
    public List<String> trajectoryDifferences(TrainingConfig saved) {
        List<String> out = new ArrayList<>();
        diff(out, "batchSize", batchSize, saved.batchSize);
        diff(out, "maxBatchTokens", maxBatchTokens, saved.maxBatchTokens);
        diff(out, "peakLr", peakLr, saved.peakLr);
        diff(out, "warmupSteps", warmupSteps, saved.warmupSteps);
        diff(out, "clipNorm", clipNorm, saved.clipNorm);
        diff(out, "evalInterval", evalInterval, saved.evalInterval);
        diff(out, "patience", patience, saved.patience);
        diff(out, "seed", seed, saved.seed);
        diff(out, "batchShards", batchShards, saved.batchShards);
        return out;
    }

    private static void diff(List<String> out, String name, Object mine, Object saved) {
        if (!mine.equals(saved)) {
            out.add(name + " " + saved + " -> " + mine);
        }
    }

    /** Named settings of a {@link TrainingConfig}; {@link #build()} validates and rewrites nothing. */
    public static final class Builder {
        private int batchSize = 16;
        private int maxBatchTokens;
        private long maxSteps;
        private int maxEpochs;
        private double peakLr = 1e-2;
        private int warmupSteps = 100;
        private double clipNorm = 1.0;
        private int evalInterval;
        private int checkpointInterval;
        private int patience;
        private long seed;
        private int logInterval = 10;
        private int batchShards = 1;

        private Builder() {
        }

        /** Most pairs per batch. */
        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        /** Most padded tokens per batch (0 = only {@code batchSize}). */
        public Builder maxBatchTokens(int v) {
            maxBatchTokens = v;
            return this;
        }

        /** Stop after this many optimizer steps (0 = no step limit). */
        public Builder maxSteps(long v) {
            maxSteps = v;
            return this;
        }

        /** Stop after this many epochs (0 = no epoch limit). */
        public Builder maxEpochs(int v) {
            maxEpochs = v;
            return this;
        }

        /** Peak learning rate. */
        public Builder peakLr(double v) {
            peakLr = v;
            return this;
        }

        /** Linear warm-up steps to the peak. */
        public Builder warmupSteps(int v) {
            warmupSteps = v;
            return this;
        }

        /** Clip the global gradient norm to this (0 = no clipping). */
        public Builder clipNorm(double v) {
            clipNorm = v;
            return this;
        }

        /** Validate every this many steps (0 = every epoch). */
        public Builder evalInterval(int v) {
            evalInterval = v;
            return this;
        }

        /** Checkpoint every this many steps (0 = only at the end). */
        public Builder checkpointInterval(int v) {
            checkpointInterval = v;
            return this;
        }

        /** Early-stopping patience in validations (0 = none). */
        public Builder patience(int v) {
            patience = v;
            return this;
        }

        /** The run's one seed. */
        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** Log every this many steps. */
        public Builder logInterval(int v) {
            logInterval = v;
            return this;
        }

        /** Shards per batch, the unit of data parallelism (part of the trajectory). */
        public Builder batchShards(int v) {
            batchShards = v;
            return this;
        }

        /** The validated configuration. */
        public TrainingConfig build() {
            return new TrainingConfig(batchSize, maxBatchTokens, maxSteps, maxEpochs, peakLr, warmupSteps, clipNorm,
                    evalInterval, checkpointInterval, patience, seed, logInterval, batchShards);
        }
    }
}
