package org.editvq.judge.runner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Entry point of the child JVM that runs one compiled Java submission several times.
 *
 * <p>This is an internal process entry point started by the judge, not a user-facing command
 * (the only user-facing mains are in {@code examples}). Its single argument is a request
 * properties file (see {@link RunnerProtocol}); it writes a result properties file and the
 * captured stdout of the first run, then halts. Each run uses a fresh class loader (so static
 * state never leaks between runs), fresh stdin, and a capped in-memory stdout; the time that
 * counts is the CPU time of the thread running {@code main} (static initialisation included,
 * JVM start-up and class-path scanning excluded). {@code main} gets the arguments
 * {@code {"input.txt", "editvq-output.txt"}}; when a run writes a non-blank
 * {@value RunnerProtocol#OUTPUT_FILE_NAME} in the working directory, its content is the run's
 * output instead of stdout (a program may open the file and still print to stdout).
 */
public final class SandboxRunner {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Released before the result is written, so a program that filled the heap cannot stop that. */
    private static byte[] reserve = new byte[8 << 20];

    private SandboxRunner() {
    }

    /**
     * Runs the request named by {@code args[0]}; always ends with {@link Runtime#halt(int)} so
     * that threads the submission left behind cannot keep the process alive.
     */
    public static void main(String[] args) throws IOException {
        // a judge that dies (even by SIGKILL) must not leave its runners behind
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(2)));
        Properties request = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            request.load(in);
        }
        Path resultFile = Path.of(request.getProperty(RunnerProtocol.RESULT));
        Properties result;
        try {
            result = new SandboxRunner.Session(request).run();
        } catch (Throwable t) {
            result = new Properties();
            result.setProperty(RunnerProtocol.STATUS, RunnerProtocol.STATUS_RUNNER_FAILURE);
            result.setProperty(RunnerProtocol.DETAIL, String.valueOf(t));
        }
        reserve = null;
        System.gc();
        writeResult(resultFile, result);
        Runtime.getRuntime().halt(0);
    }

    private static void writeResult(Path file, Properties result) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        StringBuilder text = new StringBuilder();
        for (String key : result.stringPropertyNames()) {
            // no Properties.store: its date comment initialises time zones, which can fail in a starved JVM
            text.append(escape(key)).append('=').append(escape(result.getProperty(key))).append('\n');
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Escapes a value for a properties file (backslash, line breaks, non-Latin-1 as unicode escapes). */
    private static String escape(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '=' -> sb.append("\\=");
                case ':' -> sb.append("\\:");
                case '#' -> sb.append("\\#");
                case '!' -> sb.append("\\!");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** One request's state. */
    private static final class Session {
        private final Path classesDir;
        private final String mainClass;
        private final byte[] input;
        private final Path stdoutFile;
        private final int warmups;
        private final int runs;
        private final int maxRuns;
        private final double maxSpread;
        private final long cpuLimitNanos;
        private final long wallLimitNanos;
        private final long outputLimit;
        private final long stackBytes;
        private final ThreadGroup group = new ThreadGroup("submission");
        private final SandboxSecurityManager security;

        Session(Properties p) throws IOException {
            classesDir = Path.of(p.getProperty(RunnerProtocol.CLASSES));
            mainClass = p.getProperty(RunnerProtocol.MAIN_CLASS);
            input = Files.readAllBytes(Path.of(p.getProperty(RunnerProtocol.INPUT)));
            stdoutFile = Path.of(p.getProperty(RunnerProtocol.STDOUT));
            warmups = Integer.parseInt(p.getProperty(RunnerProtocol.WARMUPS));
            runs = Integer.parseInt(p.getProperty(RunnerProtocol.RUNS));
            maxRuns = Integer.parseInt(p.getProperty(RunnerProtocol.MAX_RUNS));
            maxSpread = Double.parseDouble(p.getProperty(RunnerProtocol.MAX_SPREAD));
            cpuLimitNanos = Long.parseLong(p.getProperty(RunnerProtocol.CPU_LIMIT_MS)) * 1_000_000L;
            wallLimitNanos = Long.parseLong(p.getProperty(RunnerProtocol.WALL_LIMIT_MS)) * 1_000_000L;
            outputLimit = Long.parseLong(p.getProperty(RunnerProtocol.OUTPUT_LIMIT));
            stackBytes = Long.parseLong(p.getProperty(RunnerProtocol.STACK_BYTES));
            security = new SandboxSecurityManager(group, Path.of("").toAbsolutePath());
        }

        Properties run() throws IOException {
            PrintStream originalOut = System.out;
            PrintStream originalErr = System.err;
            InputStream originalIn = System.in;
            System.setSecurityManager(security);
            List<Long> cpu = new ArrayList<>();
            List<Long> processCpu = new ArrayList<>();
            byte[] firstOutput = null;
            boolean outputsDiffer = false;
            long stderrBytes = 0;
            int attempt = 0;
            Properties result = new Properties();
            try {
                while (true) {
                    Outcome o = runOnce();
                    stderrBytes = Math.max(stderrBytes, o.stderrBytes);
                    if (!o.status.equals(RunnerProtocol.STATUS_OK)) {
                        result.setProperty(RunnerProtocol.STATUS, o.status);
                        result.setProperty(RunnerProtocol.DETAIL, o.detail);
                        if (firstOutput == null) {
                            firstOutput = o.stdout;
                        }
                        break;
                    }
                    if (firstOutput == null) {
                        firstOutput = o.stdout;
                    } else if (!Arrays.equals(firstOutput, o.stdout)) {
                        outputsDiffer = true;
                    }
                    attempt++;
                    if (attempt > warmups) {
                        cpu.add(o.cpuNanos);
                        processCpu.add(o.processCpuNanos);
                    }
                    if (cpu.size() >= runs
                            && (cpu.size() >= maxRuns || RunnerProtocol.relativeIqr(cpu) <= maxSpread)) {
                        result.setProperty(RunnerProtocol.STATUS, RunnerProtocol.STATUS_OK);
                        result.setProperty(RunnerProtocol.DETAIL, "");
                        break;
                    }
                }
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
                System.setIn(originalIn);
            }
            Files.write(stdoutFile, firstOutput == null ? new byte[0] : firstOutput);
            result.setProperty(RunnerProtocol.CPU_NANOS, join(cpu));
            result.setProperty(RunnerProtocol.PROCESS_CPU_NANOS, join(processCpu));
            result.setProperty(RunnerProtocol.OUTPUTS_DIFFER, Boolean.toString(outputsDiffer));
            result.setProperty(RunnerProtocol.STDERR_BYTES, Long.toString(stderrBytes));
            result.setProperty(RunnerProtocol.PROCESS_CPU_TOTAL_NANOS, Long.toString(
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime()));
            return result;
        }

        private static String join(List<Long> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }

        private Outcome runOnce() throws IOException {
            URLClassLoader loader = new URLClassLoader(new URL[]{classesDir.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Method main;
            try {
                Class<?> cls = Class.forName(mainClass, false, loader);
                main = cls.getMethod("main", String[].class);
                if (!Modifier.isStatic(main.getModifiers())) {
                    return Outcome.failure(RunnerProtocol.STATUS_RUNTIME_ERROR, "main is not static", 0);
                }
                main.setAccessible(true);
            } catch (ReflectiveOperationException | LinkageError e) {
                return Outcome.failure(RunnerProtocol.STATUS_RUNTIME_ERROR, "cannot load main: " + e, 0);
            }
            CappedOutputStream out = new CappedOutputStream(outputLimit, true);
            CappedOutputStream err = new CappedOutputStream(outputLimit, false);
            System.setIn(new ByteArrayInputStream(input));
            System.setOut(new PrintStream(out, false, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            security.exitStatus = null;
            Path outputFile = Path.of(RunnerProtocol.OUTPUT_FILE_NAME).toAbsolutePath();
            Files.deleteIfExists(outputFile);
            System.gc();

            long[] cpuBox = {-1};
            Throwable[] thrownBox = {null};
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long processStart = os.getProcessCpuTime();
            Thread thread = new Thread(group, () -> {
                SandboxSecurityManager.SUBMISSION.set(Boolean.TRUE);
                long start = THREADS.getCurrentThreadCpuTime();
                try {
                    main.invoke(null, (Object) new String[]{RunnerProtocol.INPUT_FILE_NAME, RunnerProtocol.OUTPUT_FILE_NAME});
                } catch (InvocationTargetException e) {
                    thrownBox[0] = e.getCause();
                } catch (Throwable t) {
                    thrownBox[0] = t;
                } finally {
                    cpuBox[0] = THREADS.getCurrentThreadCpuTime() - start;
                }
            }, "main", stackBytes);
            thread.setContextClassLoader(loader);
            long wallStart = System.nanoTime();
            thread.start();
            // wait for main, then for the threads it started (their CPU counts against the limit,
            // though only main's CPU is reported as the runtime)
            while (true) {
                Thread[] live = new Thread[group.activeCount() + 8];
                int n = group.enumerate(live, true);
                boolean running = false;
                long groupCpu = 0;
                for (int i = 0; i < n; i++) {
                    if (live[i].isAlive() && !live[i].isDaemon()) {
                        running = true;
                    }
                    groupCpu += Math.max(0, THREADS.getThreadCpuTime(live[i].getId()));
                }
                if (!running && !thread.isAlive()) {
                    break;
                }
                if (Files.isRegularFile(outputFile) && Files.size(outputFile) > outputLimit) {
                    return Outcome.failure(RunnerProtocol.STATUS_OUTPUT_LIMIT, "output file larger than " + outputLimit
                            + " bytes", err.written());
                }
                long mainCpu = Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
                long wall = System.nanoTime() - wallStart;
                if (mainCpu > cpuLimitNanos || groupCpu > cpuLimitNanos || wall > wallLimitNanos) {
                    String who = thread.isAlive() ? "main" : "a thread started by the submission";
                    return Outcome.failure(RunnerProtocol.STATUS_TIMEOUT, String.format(
                            "%s still running after %d ms CPU (all its threads), %d ms wall", who,
                            Math.max(mainCpu, groupCpu) / 1_000_000, wall / 1_000_000), err.written());
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            long processCpu = os.getProcessCpuTime() - processStart;
            System.out.flush();
            Throwable thrown = thrownBox[0];
            if (out.exceeded() || err.exceeded() || thrown instanceof CappedOutputStream.OutputLimitExceeded) {
                return Outcome.failure(RunnerProtocol.STATUS_OUTPUT_LIMIT,
                        "more than " + outputLimit + " bytes written", err.written());
            }
            Integer exit = security.exitStatus;
            if (thrown instanceof SandboxSecurityManager.ExitTrap trap) {
                exit = trap.status;
                thrown = null;
            }
            if (thrown instanceof OutOfMemoryError) {
                return Outcome.failure(RunnerProtocol.STATUS_MEMORY_LIMIT, String.valueOf(thrown), err.written());
            }
            if (thrown != null) {
                return Outcome.failure(RunnerProtocol.STATUS_RUNTIME_ERROR, describe(thrown), err.written());
            }
            if (exit != null && exit != 0) {
                return Outcome.failure(RunnerProtocol.STATUS_RUNTIME_ERROR, "System.exit(" + exit + ")", err.written());
            }
            byte[] answer = out.toByteArray();
            if (Files.isRegularFile(outputFile)) {
                if (Files.size(outputFile) > outputLimit) {
                    return Outcome.failure(RunnerProtocol.STATUS_OUTPUT_LIMIT, "output file larger than " + outputLimit
                            + " bytes", err.written());
                }
                byte[] written = Files.readAllBytes(outputFile);
                if (!new String(written, StandardCharsets.UTF_8).isBlank()) {
                    answer = written; // the program wrote its answer to its (rewritten) output file
                }
            }
            Outcome ok = new Outcome(RunnerProtocol.STATUS_OK, "", answer, cpuBox[0], processCpu, err.written());
            try {
                loader.close();
            } catch (IOException ignored) {
                // a class loader that cannot close leaks a file handle in a short-lived process: harmless
            }
            return ok;
        }

        private static String describe(Throwable t) {
            String text = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0) {
                text += " at " + trace[0];
            }
            return text.length() > 400 ? text.substring(0, 400) : text;
        }
    }

    private record Outcome(String status, String detail, byte[] stdout, long cpuNanos, long processCpuNanos,
                           long stderrBytes) {
        static Outcome failure(String status, String detail, long stderrBytes) {
            return new Outcome(status, detail, new byte[0], -1, -1, stderrBytes);
        }
    }
}
