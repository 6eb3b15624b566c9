package org.editvq.judge.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keys of the request and result properties files exchanged between the judge and
 * {@link SandboxRunner}, the runner's status words, and the spread measure both sides use.
 */
public final class RunnerProtocol {
    /** Request: folder of the compiled classes. */
    public static final String CLASSES = "classes";
    /** Request: binary name of the class with {@code main}. */
    public static final String MAIN_CLASS = "mainClass";
    /** Request: file whose bytes are stdin of every run. */
    public static final String INPUT = "input";
    /** Request: file that receives the stdout of the first run. */
    public static final String STDOUT = "stdout";
    /** Request: file that receives the result properties. */
    public static final String RESULT = "result";
    /** Request: unmeasured runs first. */
    public static final String WARMUPS = "warmups";
    /** Request: measured runs. */
    public static final String RUNS = "runs";
    /** Request: most measured runs when the spread stays large. */
    public static final String MAX_RUNS = "maxRuns";
    /** Request: relative interquartile range that ends re-measuring. */
    public static final String MAX_SPREAD = "maxSpread";
    /** Request: CPU time limit of one run, in ms. */
    public static final String CPU_LIMIT_MS = "cpuLimitMs";
    /** Request: wall time limit of one run, in ms. */
    public static final String WALL_LIMIT_MS = "wallLimitMs";
    /** Request: stdout and stderr budget of one run, in bytes. */
    public static final String OUTPUT_LIMIT = "outputLimit";
    /** Request: stack size of the thread running {@code main}. */
    public static final String STACK_BYTES = "stackBytes";

    /** Name of the file, in the working directory, whose content replaces stdout when a run creates it. */
    public static final String OUTPUT_FILE_NAME = "editvq-output.txt";
    /** Name of the copy of the input in the working directory (for programs that open {@code args[0]}). */
    public static final String INPUT_FILE_NAME = "input.txt";

    /** Result: one of the status words below. */
    public static final String STATUS = "status";
    /** Result: human-readable detail of a failure. */
    public static final String DETAIL = "detail";
    /** Result: comma-separated CPU nanoseconds of the thread running main, one per measured run. */
    public static final String CPU_NANOS = "cpuNanos";
    /** Result: comma-separated process CPU nanoseconds (GC and JIT included), one per measured run. */
    public static final String PROCESS_CPU_NANOS = "processCpuNanos";
    /** Result: CPU nanoseconds of the whole runner process when it finished (JVM start-up included). */
    public static final String PROCESS_CPU_TOTAL_NANOS = "processCpuTotalNanos";
    /** Result: whether runs printed different outputs. */
    public static final String OUTPUTS_DIFFER = "outputsDiffer";
    /** Result: most bytes written to stderr in one run (discarded). */
    public static final String STDERR_BYTES = "stderrBytes";

    /** Every run ended normally. */
    public static final String STATUS_OK = "OK";
    /** An exception escaped main, or exit status was not 0. */
    public static final String STATUS_RUNTIME_ERROR = "RUNTIME_ERROR";
    /** CPU or wall time limit reached. */
    public static final String STATUS_TIMEOUT = "TIMEOUT";
    /** {@link OutOfMemoryError}. */
    public static final String STATUS_MEMORY_LIMIT = "MEMORY_LIMIT";
    /** Output budget exceeded. */
    public static final String STATUS_OUTPUT_LIMIT = "OUTPUT_LIMIT";
    /** The runner itself failed (a judge bug, not the submission's fault). */
    public static final String STATUS_RUNNER_FAILURE = "RUNNER_FAILURE";

    private RunnerProtocol() {
    }

    /**
     * Relative interquartile range, {@code (q3 - q1) / median}, with linearly interpolated
     * quantiles; 0 for fewer than two values or a zero median.
     */
    public static double relativeIqr(List<? extends Number> values) {
        if (values.size() < 2) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>();
        for (Number v : values) {
            sorted.add(v.doubleValue());
        }
        Collections.sort(sorted);
        double median = quantile(sorted, 0.5);
        if (median <= 0) {
            return 0;
        }
        return (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / median;
    }

    /** Linearly interpolated quantile of sorted values ({@code q} in [0, 1]). */
    public static double quantile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        double pos = q * (sorted.size() - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted.get(lo) + (pos - lo) * (sorted.get(hi) - sorted.get(lo));
    }
}
