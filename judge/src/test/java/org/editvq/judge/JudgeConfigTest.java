package org.editvq.judge;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JudgeConfigTest {
    @Test
    void invalidValuesAreRejectedWithTheirName() {
        JudgeConfig d = JudgeConfig.defaults();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withRuns(1, 0, 5, 0.1))
                .getMessage().contains("runs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withRuns(1, 5, 3, 0.1))
                .getMessage().contains("maxRuns"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withLimits(Duration.ZERO, 128, 10))
                .getMessage().contains("cpuTimeLimit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withParallelism(0))
                .getMessage().contains("parallelism"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> d.withTests(Map.of("x", ProblemTests.inputOnly("y", "1")))).getMessage().contains("'x'"));
    }

    @Test
    void wallLimitIsThreeTimesCpuLimitPlusThirtySeconds() {
        assertEquals(Duration.ofSeconds(60), JudgeConfig.defaults().wallTimeLimit());
    }
}
