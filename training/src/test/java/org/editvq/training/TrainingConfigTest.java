package org.editvq.training;

import org.junit.jupiter.api.Test;

import java.util.List;

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
        }
        assertEquals(200, TrainingConfig.preset("smoke", 1).plannedSteps(1000));
        assertEquals(50 * 30, TrainingConfig.preset("paper", 1).plannedSteps(30));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingConfig.preset("huge", 1)).getMessage()
                .contains("unknown preset 'huge'"));
    }

    @Test
    void invalidSettingsAreRejected() {
        TrainingConfig ok = TrainingConfig.preset("smoke", 1);
        assertThrows(IllegalArgumentException.class, () -> new TrainingConfig(0, 0, 10, 0, 1e-2, 1, 1, 0, 0, 0, 1, 1));
        IllegalArgumentException noEnd = assertThrows(IllegalArgumentException.class,
                () -> new TrainingConfig(8, 0, 0, 0, 1e-2, 1, 1, 0, 0, 0, 1, 1));
        assertTrue(noEnd.getMessage().contains("a run needs an end"));
        assertThrows(IllegalArgumentException.class, () -> new TrainingConfig(8, 0, 10, 0, Double.NaN, 1, 1, 0, 0, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new TrainingConfig(8, 0, 10, 0, 1e-2, 0, 1, 0, 0, 0, 1, 1));
        assertEquals(List.of(), ok.withMaxSteps(999).withCheckpointInterval(7).trajectoryDifferences(ok));
        TrainingConfig other = new TrainingConfig(8, 0, 200, 0, 1e-3, 20, 1.0, 50, 50, 4, 2, 10, 2);
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
