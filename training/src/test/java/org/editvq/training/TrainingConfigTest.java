package org.editvq.training;

import org.editvq.models.Preset;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingConfigTest {

    @Test
    void presetsRoundTripThroughJsonMaps() {
        for (String name : List.of("smoke", "cpu", "paper")) {
            TrainingConfig c = TrainingConfig.preset(name, 42);
            assertEquals(c, TrainingConfig.fromMap(c.toMap()), name);
            assertEquals(16, c.batchSize(), name + ": the paper's batch of 16");
            assertEquals(1e-2, c.peakLr(), name);
            assertEquals(42, c.seed());
            assertEquals(TrainingConfig.DEFAULT_SHARDS, c.batchShards(), name);
            assertEquals(c, TrainingConfig.preset(Preset.parse(name), 42), name);
        }
        assertEquals(200, TrainingConfig.preset("smoke", 1).plannedSteps(1000));
        assertEquals(50 * 30, TrainingConfig.preset("paper", 1).plannedSteps(30));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingConfig.preset("huge", 1)).getMessage()
                .contains("unknown preset 'huge'"));
    }

    @Test
    void theBuilderNamesEverySettingAndTheCpuPresetHoldsItsDocumentedValues() {
        TrainingConfig cpu = TrainingConfig.preset(Preset.CPU, 7);
        assertEquals(List.of(16, 12_000, 1000L, 30, 200, 100, 100, 5, 7L, 10, 2), List.of(cpu.batchSize(),
                cpu.maxBatchTokens(), cpu.maxSteps(), cpu.maxEpochs(), cpu.warmupSteps(), cpu.evalInterval(),
                cpu.checkpointInterval(), cpu.patience(), cpu.seed(), cpu.logInterval(), cpu.batchShards()));
        assertEquals(cpu, cpu.toBuilder().build());
        TrainingConfig custom = TrainingConfig.builder().batchSize(4).maxSteps(30).warmupSteps(5).seed(3).build();
        assertEquals(1, custom.batchShards(), "a builder without a preset runs one shard per batch");
        assertEquals(0, custom.maxEpochs());
        assertEquals(30, custom.withBatchShards(2).maxSteps());
        assertEquals(2, custom.withBatchShards(2).batchShards());
    }

    @Test
    void aTrainerJsonSavedBeforeShardsExistedReadsWithOneShardAndNothingElseIsFilledIn() {
        Map<String, Object> old = new LinkedHashMap<>(TrainingConfig.preset("smoke", 1).toMap());
        old.remove("batchShards");
        assertEquals(1, TrainingConfig.fromMap(old).batchShards());
        old.remove("peakLr");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingConfig.fromMap(old));
        assertTrue(e.getMessage().contains("'peakLr' is missing"), e.getMessage());
    }

    @Test
    void invalidSettingsAreRejected() {
        TrainingConfig ok = TrainingConfig.preset("smoke", 1);
        TrainingConfig.Builder valid = TrainingConfig.builder().batchSize(8).maxSteps(10).warmupSteps(1);
        valid.build();
        assertThrows(IllegalArgumentException.class, () -> valid.batchSize(0).build());
        IllegalArgumentException noEnd = assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.builder().batchSize(8).warmupSteps(1).build());
        assertTrue(noEnd.getMessage().contains("a run needs an end"));
        assertThrows(IllegalArgumentException.class, () -> ok.toBuilder().peakLr(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> ok.toBuilder().warmupSteps(0).build());
        assertThrows(IllegalArgumentException.class, () -> ok.toBuilder().batchShards(17).build());
        assertEquals(List.of(), ok.withMaxSteps(999).withCheckpointInterval(7).trajectoryDifferences(ok));
        TrainingConfig other = ok.toBuilder().batchSize(8).peakLr(1e-3).seed(2).build();
        assertEquals(List.of("batchSize 16 -> 8", "peakLr 0.01 -> 0.001", "seed 1 -> 2"), other.trajectoryDifferences(ok));
        assertEquals(List.of("batchShards 2 -> 1"), ok.withBatchShards(1).trajectoryDifferences(ok));
        // shards: at least one, at most one pair each
        assertThrows(IllegalArgumentException.class, () -> ok.withBatchShards(0));
        assertThrows(IllegalArgumentException.class, () -> ok.withBatchShards(17));
        // a configuration saved before shards existed reads as one shard per batch
        java.util.Map<String, Object> old = new java.util.LinkedHashMap<>(ok.toMap());
        old.remove("batchShards");
        assertEquals(1, TrainingConfig.fromMap(old).batchShards());
        assertEquals(ok, TrainingConfig.fromMap(ok.toMap()));
    }
}
