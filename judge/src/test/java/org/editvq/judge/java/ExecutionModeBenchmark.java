package org.editvq.judge.java;

import org.editvq.judge.Execution;
import org.editvq.judge.JudgeConfig;
import org.editvq.judge.JudgeStatus;
import org.editvq.judge.gcj.GcjProblem;
import org.editvq.judge.gcj.InputScale;
import org.editvq.judge.runner.RunnerProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a test (skipped unless {@code -Deditvq.benchmark=true}): how noisy and how costly
 * is each way of timing a Java submission?
 * <ul>
 *   <li>A: a JVM per run, whole-process CPU (what a shell {@code time java ...} measures);</li>
 *   <li>B: a JVM per run, CPU of the thread running {@code main} in that cold JVM;</li>
 *   <li>C: one warm JVM per submission, fresh class loader per run, CPU of the thread running
 *       {@code main} (the judge's design; a pooled runner shared across submissions measures
 *       the same way and would only save the start-up that A minus B shows).</li>
 * </ul>
 * Run: {@code nice -n 10 mvn -B -q -o -pl judge -am test -Dtest=ExecutionModeBenchmark
 * -Deditvq.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to stdout
 * and {@code judge/target/execution-mode-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "editvq.benchmark", matches = "true")
class ExecutionModeBenchmark {
    private static final int REPEATS = Integer.getInteger("editvq.benchmark.repeats", 10);
    private static final String SCANNER_PROGRAM = """
            import java.util.*;
            public class Mush {
                public static void main(String[] args) {
                    Scanner in = new Scanner(System.in);
                    int t = in.nextInt();
                    for (int c = 1; c <= t; c++) {
                        int n = in.nextInt(); int[] m = new int[n];
                        for (int i = 0; i < n; i++) m[i] = in.nextInt();
                        long y = 0; int r = 0;
                        for (int i = 0; i + 1 < n; i++) { int d = m[i] - m[i + 1]; if (d > 0) { y += d; r = Math.max(r, d); } }
                        long z = 0; for (int i = 0; i + 1 < n; i++) z += Math.min(m[i], r);
                        System.out.println("Case #" + c + ": " + y + " " + z);
                    }
                }
            }
            """;
    private static final String BUFFERED_PROGRAM = """
            import java.io.*; import java.util.*;
            public class MushFast {
                public static void main(String[] args) throws IOException {
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                    int t = Integer.parseInt(in.readLine().trim());
                    StringBuilder out = new StringBuilder();
                    for (int c = 1; c <= t; c++) {
                        int n = Integer.parseInt(in.readLine().trim()); int[] m = new int[n];
                        StringTokenizer st = new StringTokenizer(in.readLine());
                        for (int i = 0; i < n; i++) m[i] = Integer.parseInt(st.nextToken());
                        long y = 0; int r = 0;
                        for (int i = 0; i + 1 < n; i++) { int d = m[i] - m[i + 1]; if (d > 0) { y += d; r = Math.max(r, d); } }
                        long z = 0; for (int i = 0; i + 1 < n; i++) z += Math.min(m[i], r);
                        out.append("Case #").append(c).append(": ").append(y).append(' ').append(z).append('\\n');
                    }
                    System.out.print(out);
                }
            }
            """;

    @Test
    void compareExecutionModes(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("mushroom.in");
        Files.writeString(input, GcjProblem.MUSHROOM_MONSTER.generate(1, InputScale.STRESS));
        JavaCompilation compilation = new JavaCompilation(dir.resolve("cache"));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-10s %-34s %9s %9s %9s %12s%n", "program", "mode", "median_ms", "rel_iqr", "range/med",
                "wall_s/meas"));
        for (String[] program : new String[][]{{"Scanner", SCANNER_PROGRAM}, {"Buffered", BUFFERED_PROGRAM}}) {
            CompiledProgram compiled = compilation.compile(program[1]);
            JudgeConfig cold = JudgeConfig.defaults().withRuns(0, 1, 1, 1.0)
                    .withLimits(Duration.ofSeconds(20), 512, 64 << 20);
            List<Double> wholeProcess = new ArrayList<>();
            List<Double> coldMain = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < REPEATS; i++) {
                Execution e = JavaExecutor.execute(compiled, input, Files.createDirectories(dir.resolve("a" + i)), cold);
                assertEquals(JudgeStatus.UNVERIFIED, e.status(), e.detail());
                wholeProcess.add(e.processCpuTotalNanos() / 1e6);
                coldMain.add(e.cpuNanos().get(0) / 1e6);
            }
            double coldWall = (System.nanoTime() - start) / 1e9 / REPEATS;
            JudgeConfig warm = JudgeConfig.defaults().withRuns(1, REPEATS, REPEATS, 1.0)
                    .withLimits(Duration.ofSeconds(20), 512, 64 << 20);
            start = System.nanoTime();
            Execution e = JavaExecutor.execute(compiled, input, Files.createDirectories(dir.resolve("c")), warm);
            double warmWall = (System.nanoTime() - start) / 1e9 / REPEATS;
            assertEquals(JudgeStatus.UNVERIFIED, e.status(), e.detail());
            List<Double> warmMain = e.cpuNanos().stream().map(n -> n / 1e6).toList();
            List<Double> warmProcess = e.processCpuNanos().stream().map(n -> n / 1e6).toList();
            row(table, program[0], "A JVM/run, whole-process CPU", wholeProcess, coldWall);
            row(table, program[0], "B JVM/run, main-thread CPU", coldMain, coldWall);
            row(table, program[0], "C warm JVM, main-thread CPU", warmMain, warmWall);
            row(table, program[0], "C' warm JVM, process CPU per run", warmProcess, warmWall);
        }
        table.append(String.format(Locale.ROOT, "repeats=%d, processors=%d, java=%s%n", REPEATS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        System.out.print(table);
        Path report = Path.of("target", "execution-mode-benchmark.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table.toString());
    }

    private static void row(StringBuilder table, String program, String mode, List<Double> ms, double wallPerMeasure) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double median = RunnerProtocol.quantile(sorted, 0.5);
        table.append(String.format(Locale.ROOT, "%-10s %-34s %9.1f %9.3f %9.3f %12.2f%n", program, mode, median,
                RunnerProtocol.relativeIqr(sorted), (sorted.get(sorted.size() - 1) - sorted.get(0)) / median,
                wallPerMeasure));
    }
}
