package org.editvq.training;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How to train: batching, length of the run, optimizer schedule, evaluation, checkpoints and
 * early stopping. Immutable and validated; saved in every bundle (trainer.json and the manifest).
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

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Shards of the presets: one per core of a 2-core machine, the machine this project is tuned on. */
    public static final int DEFAULT_SHARDS = 2;

    /** A configuration with one shard per batch (the trajectory of runs from before shards existed). */
    public TrainingConfig(int batchSize, int maxBatchTokens, long maxSteps, int maxEpochs, double peakLr,
                          int warmupSteps, double clipNorm, int evalInterval, int checkpointInterval, int patience,
                          long seed, int logInterval) {
        this(batchSize, maxBatchTokens, maxSteps, maxEpochs, peakLr, warmupSteps, clipNorm, evalInterval,
                checkpointInterval, patience, seed, logInterval, 1);
    }

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
    public static TrainingConfig preset(String name, long seed) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "smoke" -> new TrainingConfig(16, 0, 200, 0, 1e-2, 20, 1.0, 50, 50, 4, seed, 10, DEFAULT_SHARDS);
            case "cpu" -> new TrainingConfig(16, 12_000, 1000, 30, 1e-2, 200, 1.0, 100, 100, 5, seed, 10,
                    DEFAULT_SHARDS);
            case "paper" -> new TrainingConfig(16, 0, 0, 50, 1e-2, 4000, 1.0, 1000, 1000, 10, seed, 100,
                    DEFAULT_SHARDS);
            default -> throw new IllegalArgumentException("unknown preset '" + name
                    + "'; expected smoke, cpu or paper");
        };
    }

    /** A copy with another step limit. */
    public TrainingConfig withMaxSteps(long steps) {
        return new TrainingConfig(batchSize, maxBatchTokens, steps, maxEpochs, peakLr, warmupSteps, clipNorm,
                evalInterval, checkpointInterval, patience, seed, logInterval, batchShards);
    }

    /** A copy with another epoch limit. */
    public TrainingConfig withMaxEpochs(int epochs) {
        return new TrainingConfig(batchSize, maxBatchTokens, maxSteps, epochs, peakLr, warmupSteps, clipNorm,
                evalInterval, checkpointInterval, patience, seed, logInterval, batchShards);
    }

    /** A copy with another checkpoint interval. */
    public TrainingConfig withCheckpointInterval(int interval) {
        return new TrainingConfig(batchSize, maxBatchTokens, maxSteps, maxEpochs, peakLr, warmupSteps, clipNorm,
                evalInterval, interval, patience, seed, logInterval, batchShards);
    }

    /** A copy with another number of shards per batch (see the record's documentation). */
    public TrainingConfig withBatchShards(int shards) {
        return new TrainingConfig(batchSize, maxBatchTokens, maxSteps, maxEpochs, peakLr, warmupSteps, clipNorm,
                evalInterval, checkpointInterval, patience, seed, logInterval, shards);
    }

    /** Steps a run of this configuration takes at most, given the batches per epoch. */
    public long plannedSteps(int batchesPerEpoch) {
        long byEpochs = maxEpochs == 0 ? Long.MAX_VALUE : (long) maxEpochs * batchesPerEpoch;
        long bySteps = maxSteps == 0 ? Long.MAX_VALUE : maxSteps;
        return Math.min(byEpochs, bySteps);
    }

    /** This configuration as a JSON-ready map (field name → value). */
    public Map<String, Object> toMap() {
        return JSON.convertValue(this, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** Reads {@link #toMap()} output. */
    public static TrainingConfig fromMap(Map<String, ?> map) {
        Objects.requireNonNull(map, "map");
        if (!map.containsKey("batchShards")) {
            // saved before shards existed: those runs used one shard per batch
            Map<String, Object> withShards = new LinkedHashMap<>(map);
            withShards.put("batchShards", 1);
            return JSON.convertValue(withShards, TrainingConfig.class);
        }
        return JSON.convertValue(map, TrainingConfig.class);
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
}
