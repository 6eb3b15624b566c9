package org.editvq.judge.runner;

import org.editvq.judge.RuntimeStats;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunnerProtocolTest {
    @Test
    void relativeIqrUsesInterpolatedQuartiles() {
        // sorted 10, 11, 12, 13, 100: q1 = 11, median = 12, q3 = 13
        assertEquals(2.0 / 12.0, RunnerProtocol.relativeIqr(List.of(13, 100, 10, 12, 11)), 1e-12);
        assertEquals(0.0, RunnerProtocol.relativeIqr(List.of(5)), 0.0);
        assertEquals(15.0, RunnerProtocol.quantile(List.of(10.0, 20.0), 0.5), 0.0);
    }

    @Test
    void runtimeStatsReportMedianMillisecondsOfNanoseconds() {
        RuntimeStats s = RuntimeStats.ofNanos(List.of(3_000_000L, 1_000_000L, 2_000_000L));
        assertEquals(2.0, s.medianMs(), 1e-12);
        assertEquals(3, s.runs());
        assertEquals(0.5, s.spread(), 1e-12); // (2.5 - 1.5) / 2
        assertEquals(0, RuntimeStats.ofNanos(List.of()).runs());
    }
}
