package org.editvq.synth;

import java.lang.management.ManagementFactory;

/**
 * Child-JVM launcher for the benchmark: runs {@code main} of the class named by the first argument,
 * then prints the process CPU time (all threads: JIT and GC included) to stderr.
 */
public final class CpuTimedMain {
    /** Marker of the CPU-time line on stderr. */
    static final String MARKER = "SYNTH_CPU_NS ";

    private CpuTimedMain() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> program = Class.forName(args[0]);
        program.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        System.out.flush();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.err.println(MARKER + cpu);
    }
}
