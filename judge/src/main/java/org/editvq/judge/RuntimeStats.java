package org.editvq.judge;

import org.editvq.judge.runner.RunnerProtocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Median and spread of repeated CPU-time measurements.
 *
 * @param medianMs median in milliseconds (NaN without runs)
 * @param spread   relative interquartile range {@code (q3 - q1) / median} (NaN without runs)
 * @param runs     number of measured runs
 */
public record RuntimeStats(double medianMs, double spread, int runs) {

    /** Statistics of CPU times given in nanoseconds. */
    public static RuntimeStats ofNanos(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new RuntimeStats(Double.NaN, Double.NaN, 0);
        }
        List<Double> ms = new ArrayList<>();
        for (long n : nanos) {
            ms.add(n / 1e6);
        }
        Collections.sort(ms);
        return new RuntimeStats(RunnerProtocol.quantile(ms, 0.5), RunnerProtocol.relativeIqr(ms), ms.size());
    }
}
