package org.editvq.judge.python;

import org.editvq.judge.Execution;
import org.editvq.judge.JudgeConfig;
import org.editvq.judge.JudgeStatus;
import org.editvq.judge.runner.RunnerProtocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python program: {@code warmups + runs} fresh interpreter processes (more, up to
 * {@code maxRuns}, while the spread is large), each through the {@code pyrunner.py} wrapper with
 * the configured limits, a cleared environment and a private working directory. There is no
 * network sandbox for Python (the environment is cleared, nothing more); see {@code docs/judge.md}.
 */
public final class PythonExecutor {
    private static final String WRAPPER = loadWrapper();

    private PythonExecutor() {
    }

    /**
     * Runs the program; every outcome is an {@link Execution}.
     *
     * @param source  the program text
     * @param input   the stdin file
     * @param workDir an empty folder owned by this execution
     * @param config  limits, run counts and the interpreter
     */
    public static Execution execute(String source, Path input, Path workDir, JudgeConfig config) {
        try {
            Path sandbox = Files.createDirectories(workDir.resolve("sandbox"));
            Path program = workDir.resolve("program.py");
            Files.writeString(program, source, StandardCharsets.UTF_8);
            Path wrapper = workDir.resolve("pyrunner.py");
            Files.writeString(wrapper, WRAPPER, StandardCharsets.UTF_8);
            List<Long> cpu = new ArrayList<>();
            String firstOutput = null;
            boolean differ = false;
            int attempt = 0;
            while (true) {
                Path result = workDir.resolve("result-" + attempt + ".properties");
                Path stdout = workDir.resolve("stdout-" + attempt + ".txt");
                Execution failure = runOnce(config, program, wrapper, input, sandbox, result, stdout);
                if (failure != null) {
                    return failure;
                }
                String out = Files.readString(stdout, StandardCharsets.UTF_8);
                if (firstOutput == null) {
                    firstOutput = out;
                } else if (!firstOutput.equals(out)) {
                    differ = true;
                }
                Properties props = load(result);
                attempt++;
                if (attempt > config.warmups()) {
                    cpu.add(Long.parseLong(props.getProperty(RunnerProtocol.CPU_NANOS).trim()));
                }
                if (cpu.size() >= config.runs()
                        && (cpu.size() >= config.maxRuns() || RunnerProtocol.relativeIqr(cpu) <= config.maxSpread())) {
                    return new Execution(JudgeStatus.UNVERIFIED, "", cpu, List.of(), firstOutput, differ, -1);
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return Execution.failed(JudgeStatus.JUDGE_ERROR, "python run failed: " + e);
        }
    }

    private static Execution runOnce(JudgeConfig config, Path program, Path wrapper, Path input, Path sandbox,
                                     Path result, Path stdout) throws IOException {
        long cpuSeconds = Math.max(1, (config.cpuTimeLimit().toMillis() + 999) / 1000);
        List<String> command = Arrays.asList(config.pythonCommand(), "-I", "-B", wrapper.toAbsolutePath().toString(),
                program.toAbsolutePath().toString(), input.toAbsolutePath().toString(),
                result.toAbsolutePath().toString(), Long.toString(cpuSeconds),
                Long.toString(((long) config.memoryLimitMiB() + 64) << 20), Long.toString(config.outputLimitBytes()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(sandbox.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(stdout.toFile())
                .redirectError(result.resolveSibling(result.getFileName() + ".err").toFile());
        Map<String, String> env = builder.environment();
        String path = env.getOrDefault("PATH", "/usr/bin:/bin");
        env.clear();
        env.put("PATH", path);
        env.put("LANG", "C.UTF-8");
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        long wallMs = config.wallTimeLimit().toMillis() + 5_000;
        try {
            if (!process.waitFor(wallMs, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Execution.failed(JudgeStatus.TIMEOUT, "killed after " + wallMs + " ms wall");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Execution.failed(JudgeStatus.JUDGE_ERROR, "interrupted");
        }
        if (!Files.isRegularFile(result)) {
            int code = process.exitValue();
            if (code == 128 + 24 || code == 128 + 9 || code == -24 || code == -9) {
                return Execution.failed(JudgeStatus.TIMEOUT, "CPU limit reached (exit " + code + ")");
            }
            String err = Files.isRegularFile(result.resolveSibling(result.getFileName() + ".err"))
                    ? Files.readString(result.resolveSibling(result.getFileName() + ".err")) : "";
            if (err.contains("MemoryError")) {
                return Execution.failed(JudgeStatus.MEMORY_LIMIT, "MemoryError");
            }
            return Execution.failed(JudgeStatus.JUDGE_ERROR, "python exited with " + code + " without a result: "
                    + (err.length() > 300 ? err.substring(err.length() - 300) : err));
        }
        Properties props = load(result);
        String status = props.getProperty(RunnerProtocol.STATUS, "");
        String detail = props.getProperty(RunnerProtocol.DETAIL, "");
        return switch (status) {
            case RunnerProtocol.STATUS_OK -> null;
            case RunnerProtocol.STATUS_RUNTIME_ERROR -> Execution.failed(JudgeStatus.RUNTIME_ERROR, detail);
            case RunnerProtocol.STATUS_MEMORY_LIMIT -> Execution.failed(JudgeStatus.MEMORY_LIMIT, detail);
            case RunnerProtocol.STATUS_OUTPUT_LIMIT -> Execution.failed(JudgeStatus.OUTPUT_LIMIT, detail);
            default -> Execution.failed(JudgeStatus.JUDGE_ERROR, "unknown wrapper status '" + status + "'");
        };
    }

    private static Properties load(Path file) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        }
        return props;
    }

    private static String loadWrapper() {
        try (InputStream in = PythonExecutor.class.getResourceAsStream("/org/editvq/judge/python/pyrunner.py")) {
            if (in == null) {
                throw new IllegalStateException("pyrunner.py missing from the judge's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
