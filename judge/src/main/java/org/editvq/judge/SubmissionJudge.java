package org.editvq.judge;

import org.editvq.core.data.Submission;
import org.editvq.core.manifest.Hashing;
import org.editvq.judge.java.CompiledProgram;
import org.editvq.judge.java.JavaCompilation;
import org.editvq.judge.java.JavaExecutor;
import org.editvq.judge.python.PythonExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Judges one submission at a time (thread-safe): compile (Java), run with the problem's input,
 * judge the output. Never throws for a bad program; an unexpected judge failure becomes
 * {@link JudgeStatus#JUDGE_ERROR}. Scratch folders under {@code outDir/work} are deleted after
 * each submission.
 */
public final class SubmissionJudge {
    private final JudgeConfig config;
    private final Path workRoot;
    private final Path inputRoot;
    private final JavaCompilation compilation;
    private final Map<String, Path> inputFiles = new ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    /** A judge writing its compile cache, inputs and scratch folders under {@code outDir}. */
    public SubmissionJudge(JudgeConfig config, Path outDir) {
        this.config = config;
        this.workRoot = outDir.resolve("work");
        this.inputRoot = outDir.resolve("inputs");
        this.compilation = new JavaCompilation(outDir.resolve("cache").resolve("java"));
        try {
            Files.createDirectories(workRoot);
            Files.createDirectories(inputRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folders under " + outDir, e);
        }
    }

    /** Judges one submission. */
    public JudgeResult judge(Submission s) {
        String sourceHash = Hashing.sha256Hex(s.source());
        try {
            return judge(s, sourceHash);
        } catch (RuntimeException e) {
            return result(s, sourceHash, JudgeStatus.JUDGE_ERROR, List.of(), "judge failure: " + e, null);
        }
    }

    private JudgeResult judge(Submission s, String sourceHash) {
        ProblemTests tests = config.tests().get(s.problemId());
        List<String> rewrites = List.of();
        CompiledProgram program = null;
        switch (s.language()) {
            case JAVA -> {
                program = compilation.compile(s.source());
                rewrites = program.rewrites();
                if (!program.compiled()) {
                    return result(s, sourceHash, JudgeStatus.COMPILE_ERROR, rewrites, program.error(), null);
                }
            }
            case PYTHON -> {
                // interpreted: nothing to prepare
            }
        }
        if (tests == null) {
            return result(s, sourceHash, JudgeStatus.NO_INPUT, rewrites, "no tests for problem " + s.problemId(), null);
        }
        Path input = inputFile(tests);
        Path workDir = workRoot.resolve(safeName(s));
        try {
            deleteTree(workDir);
            Files.createDirectories(workDir);
            Execution execution = switch (s.language()) {
                case JAVA -> JavaExecutor.execute(program, input, workDir, config);
                case PYTHON -> PythonExecutor.execute(s.source(), input, workDir, config);
            };
            JudgeStatus status = execution.status();
            String detail = execution.detail();
            if (status == JudgeStatus.UNVERIFIED) {
                var verdict = tests.judge(execution.stdout());
                if (verdict.isPresent()) {
                    status = verdict.get().accepted() ? JudgeStatus.ACCEPTED : JudgeStatus.WRONG_ANSWER;
                    detail = verdict.get().reason();
                }
                if (execution.outputsDiffer()) {
                    detail = (detail.isEmpty() ? "" : detail + "; ") + "runs printed different outputs";
                }
            }
            return result(s, sourceHash, status, rewrites, detail, execution);
        } catch (IOException e) {
            return result(s, sourceHash, JudgeStatus.JUDGE_ERROR, rewrites, "I/O: " + e, null);
        } finally {
            deleteTree(workDir);
        }
    }

    private JudgeResult result(Submission s, String sourceHash, JudgeStatus status, List<String> rewrites,
                               String detail, Execution execution) {
        boolean ran = execution != null && !execution.cpuNanos().isEmpty();
        RuntimeStats stats = ran ? RuntimeStats.ofNanos(execution.cpuNanos()) : RuntimeStats.ofNanos(List.of());
        RuntimeStats process = ran && !execution.processCpuNanos().isEmpty()
                ? RuntimeStats.ofNanos(execution.processCpuNanos()) : RuntimeStats.ofNanos(List.of());
        String outputHash = ran && status.ranToCompletion()
                ? Hashing.sha256Hex(OutputComparison.normalize(execution.stdout())) : "";
        double runtime = status.ranToCompletion() ? stats.medianMs() : Double.NaN;
        return new JudgeResult(s.problemId(), s.submissionId(), s.language(), sourceHash,
                fingerprints.computeIfAbsent(s.problemId(), id -> JudgeRun.fingerprint(config, id)), status, runtime,
                stats.spread(), stats.runs(), process.medianMs(), rewrites, detail, outputHash,
                execution != null && execution.outputsDiffer());
    }

    private Path inputFile(ProblemTests tests) {
        return inputFiles.computeIfAbsent(tests.problemId(), id -> {
            Path file = inputRoot.resolve(safe(id) + "-" + Hashing.sha256Hex(tests.input()).substring(0, 12) + ".in");
            try {
                if (!Files.isRegularFile(file)) {
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    Files.writeString(tmp, tests.input(), StandardCharsets.UTF_8);
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write input of problem " + id, e);
            }
        });
    }

    private static String safeName(Submission s) {
        String key = s.problemId() + "\u0000" + s.submissionId();
        return safe(s.problemId()) + "-" + safe(s.submissionId()) + "-" + Hashing.sha256Hex(key).substring(0, 8);
    }

    private static String safe(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover scratch folder is wiped before its next use
        }
    }
}
