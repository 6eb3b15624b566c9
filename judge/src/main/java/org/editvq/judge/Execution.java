package org.editvq.judge;

import java.util.List;
import java.util.Objects;

/**
 * What running one compiled program on one input gave, before its output is judged.
 *
 * @param status            {@link JudgeStatus#UNVERIFIED} when every run ended normally, else the failure
 * @param detail            failure detail (empty when fine)
 * @param cpuNanos          CPU time of each measured run: Java, the thread running {@code main};
 *                          Python, the interpreter process after start-up
 * @param processCpuNanos   Java only: whole-process CPU of each measured run (GC and JIT included); empty for Python
 * @param stdout            output of the first run
 * @param outputsDiffer     whether runs printed different outputs (a nondeterministic program)
 * @param processCpuTotalNanos Java: CPU time of the whole runner process, JVM start-up included; -1 when unknown
 */
public record Execution(JudgeStatus status, String detail, List<Long> cpuNanos, List<Long> processCpuNanos,
                        String stdout, boolean outputsDiffer, long processCpuTotalNanos) {
    public Execution {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        cpuNanos = List.copyOf(cpuNanos);
        processCpuNanos = List.copyOf(processCpuNanos);
        Objects.requireNonNull(stdout, "stdout");
    }

    /** A failed execution without timings. */
    public static Execution failed(JudgeStatus status, String detail) {
        return new Execution(status, detail, List.of(), List.of(), "", false, -1);
    }
}
