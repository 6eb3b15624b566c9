package org.editvq.judge.java;

import org.editvq.judge.Execution;
import org.editvq.judge.JudgeConfig;
import org.editvq.judge.JudgeStatus;
import org.editvq.judge.runner.RunnerProtocol;
import org.editvq.judge.runner.SandboxRunner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs a compiled Java program in a child JVM ({@link SandboxRunner}): one JVM per submission,
 * warm across that submission's runs, with a fresh class loader per run. The child gets
 * {@code -Xmx} = the memory limit, the serial collector, a cleared environment, a private
 * working directory (also its {@code java.io.tmpdir}) and a security manager; the judge kills it
 * when it outlives all its runs' wall limits plus a margin.
 */
public final class JavaExecutor {
    private static final String RUNNER_CLASS_PATH = runnerClassPath();

    private JavaExecutor() {
    }

    /**
     * Runs the program; every outcome is an {@link Execution}.
     *
     * @param program  a compiled program ({@link CompiledProgram#compiled()} must be true)
     * @param input    the stdin file
     * @param workDir  an empty folder owned by this execution; the program's working directory is
     *                 {@code workDir/sandbox}, the protocol files lie beside it, out of the program's reach
     * @param config   limits and run counts
     */
    public static Execution execute(CompiledProgram program, Path input, Path workDir, JudgeConfig config) {
        if (!program.compiled()) {
            throw new IllegalArgumentException("program did not compile");
        }
        try {
            Path sandbox = Files.createDirectories(workDir.resolve("sandbox"));
            Files.copy(input, sandbox.resolve(RunnerProtocol.INPUT_FILE_NAME),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path requestFile = workDir.resolve("request.properties");
            Path resultFile = workDir.resolve("result.properties");
            Path stdoutFile = workDir.resolve("stdout.txt");
            Properties request = new Properties();
            request.setProperty(RunnerProtocol.CLASSES, program.classesDir().toAbsolutePath().toString());
            request.setProperty(RunnerProtocol.MAIN_CLASS, program.mainClass());
            request.setProperty(RunnerProtocol.INPUT, input.toAbsolutePath().toString());
            request.setProperty(RunnerProtocol.STDOUT, stdoutFile.toAbsolutePath().toString());
            request.setProperty(RunnerProtocol.RESULT, resultFile.toAbsolutePath().toString());
            request.setProperty(RunnerProtocol.WARMUPS, Integer.toString(config.warmups()));
            request.setProperty(RunnerProtocol.RUNS, Integer.toString(config.runs()));
            request.setProperty(RunnerProtocol.MAX_RUNS, Integer.toString(config.maxRuns()));
            request.setProperty(RunnerProtocol.MAX_SPREAD, Double.toString(config.maxSpread()));
            request.setProperty(RunnerProtocol.CPU_LIMIT_MS, Long.toString(config.cpuTimeLimit().toMillis()));
            request.setProperty(RunnerProtocol.WALL_LIMIT_MS, Long.toString(config.wallTimeLimit().toMillis()));
            request.setProperty(RunnerProtocol.OUTPUT_LIMIT, Long.toString(config.outputLimitBytes()));
            request.setProperty(RunnerProtocol.STACK_BYTES, Long.toString(256L << 20));
            try (OutputStream out = Files.newOutputStream(requestFile)) {
                request.store(out, null);
            }
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + config.memoryLimitMiB() + "m",
                    "-Xss8m",
                    "-XX:+UseSerialGC",
                    "-XX:-UsePerfData",
                    "-Xshare:auto",
                    "-Djava.security.manager=allow",
                    "-Djava.io.tmpdir=" + sandbox.toAbsolutePath(),
                    "-Dfile.encoding=UTF-8",
                    "-cp", RUNNER_CLASS_PATH,
                    SandboxRunner.class.getName(),
                    requestFile.toAbsolutePath().toString());
            ProcessBuilder builder = new ProcessBuilder(command).directory(sandbox.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectOutput(workDir.resolve("runner.out").toFile())
                    .redirectError(workDir.resolve("runner.err").toFile());
            Map<String, String> env = builder.environment();
            env.clear();
            env.put("PATH", "/usr/bin:/bin");
            env.put("LANG", "C.UTF-8");
            env.put("MALLOC_ARENA_MAX", "2");
            Process process = builder.start();
            long backstopMs = (long) (config.warmups() + config.maxRuns()) * config.wallTimeLimit().toMillis() + 30_000;
            boolean finished;
            try {
                finished = process.waitFor(backstopMs, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                return Execution.failed(JudgeStatus.JUDGE_ERROR, "interrupted");
            }
            if (!finished) {
                process.destroyForcibly();
                return Execution.failed(JudgeStatus.TIMEOUT, "runner killed after " + backstopMs + " ms wall");
            }
            if (!Files.isRegularFile(resultFile)) {
                String err = tail(workDir.resolve("runner.err"));
                if (mentionsOutOfMemory(workDir.resolve("runner.err"))) {
                    return Execution.failed(JudgeStatus.MEMORY_LIMIT, "OutOfMemoryError in the runner: " + err);
                }
                return Execution.failed(JudgeStatus.JUDGE_ERROR,
                        "runner exited with " + process.exitValue() + " without a result: " + err);
            }
            return readResult(resultFile, stdoutFile);
        } catch (IOException e) {
            return Execution.failed(JudgeStatus.JUDGE_ERROR, "I/O: " + e);
        }
    }

    static Execution readResult(Path resultFile, Path stdoutFile) throws IOException {
        Properties result = new Properties();
        try (InputStream in = Files.newInputStream(resultFile)) {
            result.load(in);
        }
        String status = result.getProperty(RunnerProtocol.STATUS, RunnerProtocol.STATUS_RUNNER_FAILURE);
        String detail = result.getProperty(RunnerProtocol.DETAIL, "");
        JudgeStatus judged = switch (status) {
            case RunnerProtocol.STATUS_OK -> JudgeStatus.UNVERIFIED;
            case RunnerProtocol.STATUS_RUNTIME_ERROR -> JudgeStatus.RUNTIME_ERROR;
            case RunnerProtocol.STATUS_TIMEOUT -> JudgeStatus.TIMEOUT;
            case RunnerProtocol.STATUS_MEMORY_LIMIT -> JudgeStatus.MEMORY_LIMIT;
            case RunnerProtocol.STATUS_OUTPUT_LIMIT -> JudgeStatus.OUTPUT_LIMIT;
            default -> JudgeStatus.JUDGE_ERROR;
        };
        String stdout = Files.isRegularFile(stdoutFile) ? Files.readString(stdoutFile, StandardCharsets.UTF_8) : "";
        return new Execution(judged, detail, parseLongs(result.getProperty(RunnerProtocol.CPU_NANOS, "")),
                parseLongs(result.getProperty(RunnerProtocol.PROCESS_CPU_NANOS, "")), stdout,
                Boolean.parseBoolean(result.getProperty(RunnerProtocol.OUTPUTS_DIFFER, "false")),
                Long.parseLong(result.getProperty(RunnerProtocol.PROCESS_CPU_TOTAL_NANOS, "-1")));
    }

    static List<Long> parseLongs(String csv) {
        List<Long> values = new ArrayList<>();
        for (String part : csv.split(",")) {
            if (!part.isBlank()) {
                values.add(Long.parseLong(part.trim()));
            }
        }
        return values;
    }

    static String tail(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return "";
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.length() > 500 ? text.substring(text.length() - 500) : text;
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable " + file + ")";
        }
    }

    private static boolean mentionsOutOfMemory(Path file) {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.ISO_8859_1)
                    .contains("OutOfMemoryError");
        } catch (IOException e) {
            return false;
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File("/dev/null");
    }

    private static String runnerClassPath() {
        try {
            return Path.of(SandboxRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the judge's own classes", e);
        }
    }
}
