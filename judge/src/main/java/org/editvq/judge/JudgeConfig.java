package org.editvq.judge;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to judge. Immutable; checked on construction.
 *
 * @param runs             measured runs per submission (median is reported), at least 1
 * @param warmups          unmeasured runs first (Java: lets the JIT warm up), at least 0
 * @param maxRuns          most measured runs: while the relative interquartile range of the runs
 *                         is above {@code maxSpread}, more runs are added up to this many
 * @param maxSpread        relative interquartile range ({@code (q3 - q1) / median}) accepted without re-measuring
 * @param cpuTimeLimit     CPU time limit of one run (all the program's threads together); the wall
 *                         time limit is three times this plus 30 s (the machine is shared)
 * @param memoryLimitMiB   heap limit (Java {@code -Xmx}) or address-space limit (Python), in MiB
 * @param outputLimitBytes stdout (and separately stderr) budget of one run
 * @param parallelism      submissions judged at once (each in its own process)
 * @param majorityFallback for problems with input but no expected output or checker: accept the
 *                         output printed by a strict majority (at least 2) of the programs that ran
 * @param pythonCommand    the Python interpreter to run, e.g. {@code python3}
 * @param tests            tests by problem id; problems without tests get {@link JudgeStatus#NO_INPUT}
 */
public record JudgeConfig(int runs, int warmups, int maxRuns, double maxSpread, Duration cpuTimeLimit,
                          int memoryLimitMiB, long outputLimitBytes, int parallelism, boolean majorityFallback,
                          String pythonCommand, Map<String, ProblemTests> tests) {
    public JudgeConfig {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1: " + runs);
        }
        if (warmups < 0) {
            throw new IllegalArgumentException("warmups must be >= 0: " + warmups);
        }
        if (maxRuns < runs) {
            throw new IllegalArgumentException("maxRuns (" + maxRuns + ") must be >= runs (" + runs + ")");
        }
        if (!(maxSpread >= 0)) {
            throw new IllegalArgumentException("maxSpread must be >= 0: " + maxSpread);
        }
        Objects.requireNonNull(cpuTimeLimit, "cpuTimeLimit");
        if (cpuTimeLimit.isNegative() || cpuTimeLimit.isZero()) {
            throw new IllegalArgumentException("cpuTimeLimit must be positive: " + cpuTimeLimit);
        }
        if (memoryLimitMiB < 16) {
            throw new IllegalArgumentException("memoryLimitMiB must be >= 16: " + memoryLimitMiB);
        }
        if (outputLimitBytes < 1) {
            throw new IllegalArgumentException("outputLimitBytes must be >= 1: " + outputLimitBytes);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1: " + parallelism);
        }
        Objects.requireNonNull(pythonCommand, "pythonCommand");
        tests = Map.copyOf(Objects.requireNonNull(tests, "tests"));
        tests.forEach((id, t) -> {
            if (!id.equals(t.problemId())) {
                throw new IllegalArgumentException("tests keyed by '" + id + "' belong to problem '" + t.problemId() + "'");
            }
        });
    }

    /**
     * Defaults: 5 measured runs after 1 warm-up, up to 15 runs while the relative IQR is above
     * 0.05, 10 s CPU per run, 512 MiB, 64 MiB of output, one submission per available core,
     * majority fallback on, {@code python3}, no tests.
     */
    public static JudgeConfig defaults() {
        return new JudgeConfig(5, 1, 15, 0.05, Duration.ofSeconds(10), 512, 64L << 20,
                Runtime.getRuntime().availableProcessors(), true, "python3", Map.of());
    }

    /** A copy with these tests. */
    public JudgeConfig withTests(Map<String, ProblemTests> newTests) {
        return new JudgeConfig(runs, warmups, maxRuns, maxSpread, cpuTimeLimit, memoryLimitMiB, outputLimitBytes,
                parallelism, majorityFallback, pythonCommand, newTests);
    }

    /** A copy with other run counts. */
    public JudgeConfig withRuns(int newWarmups, int newRuns, int newMaxRuns, double newMaxSpread) {
        return new JudgeConfig(newRuns, newWarmups, newMaxRuns, newMaxSpread, cpuTimeLimit, memoryLimitMiB,
                outputLimitBytes, parallelism, majorityFallback, pythonCommand, tests);
    }

    /** A copy with other limits. */
    public JudgeConfig withLimits(Duration newCpuTimeLimit, int newMemoryLimitMiB, long newOutputLimitBytes) {
        return new JudgeConfig(runs, warmups, maxRuns, maxSpread, newCpuTimeLimit, newMemoryLimitMiB,
                newOutputLimitBytes, parallelism, majorityFallback, pythonCommand, tests);
    }

    /** A copy with another parallelism. */
    public JudgeConfig withParallelism(int newParallelism) {
        return new JudgeConfig(runs, warmups, maxRuns, maxSpread, cpuTimeLimit, memoryLimitMiB, outputLimitBytes,
                newParallelism, majorityFallback, pythonCommand, tests);
    }

    /** A copy with the majority fallback on or off. */
    public JudgeConfig withMajorityFallback(boolean enabled) {
        return new JudgeConfig(runs, warmups, maxRuns, maxSpread, cpuTimeLimit, memoryLimitMiB, outputLimitBytes,
                parallelism, enabled, pythonCommand, tests);
    }

    /**
     * Wall time limit of one run: three times the CPU limit plus 30 s. Generous on purpose: on a
     * shared machine a process may get a third of a core, and CPU-bound programs hit the CPU limit
     * first anyway; the wall limit only catches programs that sleep or block.
     */
    public Duration wallTimeLimit() {
        return cpuTimeLimit.multipliedBy(3).plusSeconds(30);
    }
}
