package org.editvq.judge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.editvq.core.data.Submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Judges one batch of hostile and ordinary programs in one run (sharing JVM start-ups across the
 * two workers) and checks every status, the recorded rewrites, and that the judge survives.
 */
class JudgeStatusTest {
    @TempDir
    static Path outDir;
    static JudgeReport report;
    static Map<String, JudgeResult> byId;

    @BeforeAll
    static void judgeAll() throws IOException {
        List<Submission> subs = new ArrayList<>();
        subs.add(TestPrograms.java("accepted", TestPrograms.accepted("Sum")));
        subs.add(TestPrograms.java("wrong", TestPrograms.accepted("Sum").replace("(a + b)", "(a - b)")));
        subs.add(TestPrograms.java("compile-error", "public class Broken { public static void main(String[] a) { int x = ; } }"));
        subs.add(TestPrograms.java("infinite-loop", """
                public class Loop { public static void main(String[] a) { long x = 0; while (true) { x++; } } }
                """));
        subs.add(TestPrograms.java("exit-3", """
                public class Exit { public static void main(String[] a) { System.out.println("Case #1: 3"); System.exit(3); } }
                """));
        subs.add(TestPrograms.java("exit-0-midway", """
                import java.util.*;
                public class ExitZero {
                    public static void main(String[] args) {
                        Scanner in = new Scanner(System.in);
                        int t = in.nextInt();
                        for (int i = 1; i <= t; i++) { System.out.println("Case #" + i + ": " + (in.nextInt() + in.nextInt())); }
                        System.err.println("debug: done");
                        System.exit(0);
                    }
                }
                """));
        subs.add(TestPrograms.java("flood", """
                public class Flood { public static void main(String[] a) { while (true) { System.out.println("spam spam spam spam"); } } }
                """));
        subs.add(TestPrograms.java("stderr-flood", """
                public class ErrFlood { public static void main(String[] a) { while (true) { System.err.println("debug debug debug"); } } }
                """));
        subs.add(TestPrograms.java("file-writer", """
                import java.io.*;
                import java.util.*;
                public class Writes {
                    public static void main(String[] args) throws IOException {
                        Scanner in = new Scanner(new File("C:\\\\gcj\\\\A-large.in"));
                        PrintWriter out = new PrintWriter(new BufferedWriter(new FileWriter("A-large.out")));
                        int t = in.nextInt();
                        for (int i = 1; i <= t; i++) { out.println("Case #" + i + ": " + (in.nextInt() + in.nextInt())); }
                        out.close();
                    }
                }
                """));
        subs.add(TestPrograms.java("args-reader", """
                package gcj.round1;
                import java.io.*;
                public class Args {
                    public static void main(String[] args) throws IOException {
                        String inName = args[0];
                        BufferedReader in = new BufferedReader(new FileReader(inName));
                        PrintStream out = new PrintStream(new FileOutputStream(inName + ".out"));
                        int t = Integer.parseInt(in.readLine().trim());
                        for (int i = 1; i <= t; i++) {
                            String[] p = in.readLine().trim().split(" ");
                            out.println("Case #" + i + ": " + (Integer.parseInt(p[0]) + Integer.parseInt(p[1])));
                        }
                        out.close();
                    }
                }
                """));
        subs.add(TestPrograms.java("hardcoded-path", """
                import java.io.*;
                import java.util.*;
                public class Hard {
                    static Scanner open() {
                        try { return new Scanner(new FileInputStream("/home/me/Downloads/A-small-attempt0.in")); }
                        catch (FileNotFoundException e) { throw new RuntimeException(e); }
                    }
                    public static void main(String[] args) throws Exception {
                        Scanner in = open();
                        FileWriter w = new FileWriter("out.txt");
                        int t = in.nextInt();
                        for (int i = 1; i <= t; i++) { w.write("Case #" + i + ": " + (in.nextInt() + in.nextInt()) + "\\n"); }
                        w.close();
                    }
                }
                """));
        subs.add(TestPrograms.java("echoes-and-writes-file", """
                import java.io.*;
                import java.util.*;
                public class Echo {
                    public static void main(String[] args) throws IOException {
                        if (args.length < 1) { System.out.println("usage: Echo INPUT"); return; }
                        Scanner in = new Scanner(new File(args[0]));
                        FileWriter w = new FileWriter(new File("A-small.out"));
                        int t = in.nextInt();
                        for (int i = 1; i <= t; i++) {
                            String line = "Case #" + i + ": " + (in.nextInt() + in.nextInt());
                            System.out.println("progress " + line);
                            w.write(line + "\\n");
                        }
                        w.close();
                    }
                }
                """));
        subs.add(TestPrograms.java("opens-output-file-prints-stdout", """
                import java.io.*;
                import java.util.*;
                public class OpensButPrints {
                    public static void main(String[] args) throws IOException {
                        Scanner in = new Scanner(args.length > 0 ? new FileInputStream(args[0]) : System.in);
                        PrintStream unused = args.length > 1 ? new PrintStream(args[1]) : System.out;
                        int t = in.nextInt();
                        for (int i = 1; i <= t; i++) { System.out.println("Case #" + i + ": " + (in.nextInt() + in.nextInt())); }
                        unused.close();
                    }
                }
                """));
        subs.add(TestPrograms.java("writes-outside", """
                import java.nio.file.*;
                public class Escape { public static void main(String[] a) throws Exception { Files.createFile(Path.of("/tmp/editvq-judge-escape.txt")); } }
                """));
        subs.add(TestPrograms.java("threads", """
                import java.util.*;
                public class Threads {
                    public static void main(String[] args) throws Exception {
                        Scanner in = new Scanner(System.in);
                        int t = in.nextInt();
                        long[] sums = new long[t];
                        List<Thread> ts = new ArrayList<>();
                        for (int i = 0; i < t; i++) { long a = in.nextLong(), b = in.nextLong(); final int k = i;
                            Thread th = new Thread(() -> sums[k] = a + b); th.start(); ts.add(th); }
                        for (Thread th : ts) th.join();
                        for (int i = 0; i < t; i++) System.out.println("Case #" + (i + 1) + ": " + sums[i]);
                    }
                }
                """));
        subs.add(TestPrograms.java("waits-on-spinning-thread", """
                public class Waits {
                    public static void main(String[] args) throws Exception {
                        Thread worker = new Thread(() -> { long x = 0; while (true) { x++; } });
                        worker.start();
                        worker.join();
                    }
                }
                """));
        subs.add(TestPrograms.java("leaked-thread", """
                public class Leak {
                    public static void main(String[] args) {
                        System.out.println("Case #1: 3");
                        new Thread(() -> { long x = 0; while (true) { x++; } }).start();
                    }
                }
                """));
        subs.add(TestPrograms.java("memory-hog", """
                import java.util.*;
                public class Hog { public static void main(String[] a) { List<long[]> l = new ArrayList<>(); while (true) l.add(new long[1 << 20]); } }
                """));
        subs.add(TestPrograms.java("throws", """
                public class Throws { public static void main(String[] a) { throw new IllegalStateException("boom"); } }
                """));
        subs.add(TestPrograms.python("python-accepted", """
                import sys
                data = sys.stdin.read().split()
                busy = sum(k * k for k in range(200000))
                t = int(data[0])
                for i in range(t):
                    print("Case #%d: %d" % (i + 1, int(data[1 + 2 * i]) + int(data[2 + 2 * i])))
                print("debug", file=sys.stderr)
                """));
        subs.add(TestPrograms.python("python-wrong", "print('Case #1: 4')\n"));
        subs.add(TestPrograms.python("python-loop", "while True:\n    pass\n"));
        subs.add(TestPrograms.python("python-exit", "import sys\nsys.exit(3)\n"));
        subs.add(TestPrograms.python("python-flood", "while True:\n    print('spam' * 100)\n"));
        subs.add(new Submission("unknown-problem", "no-input", org.editvq.core.data.Language.JAVA,
                Double.NaN, TestPrograms.accepted("Sum"), Map.of()));
        report = JudgeRun.run(subs, TestPrograms.fastConfig(), outDir, ProgressListener.silent());
        byId = report.results().stream().collect(Collectors.toMap(JudgeResult::submissionId, Function.identity()));
    }

    private static void assertStatus(String id, JudgeStatus expected) {
        JudgeResult r = byId.get(id);
        assertEquals(expected, r.status(), () -> id + ": " + r);
    }

    @Test
    void correctProgramsAreAcceptedWithMeasuredRuntime() {
        for (String id : List.of("accepted", "exit-0-midway", "threads", "python-accepted")) {
            assertStatus(id, JudgeStatus.ACCEPTED);
            JudgeResult r = byId.get(id);
            assertEquals(3, r.runs(), id);
            assertTrue(r.runtimeMs() > 0, id + " runtime " + r.runtimeMs());
        }
    }

    @Test
    void wrongOutputIsWrongAnswerWithReason() {
        assertStatus("wrong", JudgeStatus.WRONG_ANSWER);
        assertTrue(byId.get("wrong").detail().contains("token"), byId.get("wrong").detail());
        assertStatus("python-wrong", JudgeStatus.WRONG_ANSWER);
    }

    @Test
    void brokenSourceIsCompileErrorWithJavacMessage() {
        assertStatus("compile-error", JudgeStatus.COMPILE_ERROR);
        assertTrue(byId.get("compile-error").detail().contains("line 1"), byId.get("compile-error").detail());
        assertTrue(Double.isNaN(byId.get("compile-error").runtimeMs()));
    }

    @Test
    void loopsTimeOutInBothLanguages() {
        assertStatus("infinite-loop", JudgeStatus.TIMEOUT);
        assertStatus("leaked-thread", JudgeStatus.TIMEOUT);
        assertStatus("waits-on-spinning-thread", JudgeStatus.TIMEOUT);
        assertTrue(byId.get("waits-on-spinning-thread").detail().contains("CPU"), byId.get("waits-on-spinning-thread").detail());
        assertStatus("python-loop", JudgeStatus.TIMEOUT);
    }

    @Test
    void nonZeroExitIsRuntimeError() {
        assertStatus("exit-3", JudgeStatus.RUNTIME_ERROR);
        assertTrue(byId.get("exit-3").detail().contains("System.exit(3)"), byId.get("exit-3").detail());
        assertStatus("python-exit", JudgeStatus.RUNTIME_ERROR);
        assertStatus("throws", JudgeStatus.RUNTIME_ERROR);
        assertTrue(byId.get("throws").detail().contains("boom"));
    }

    @Test
    void floodsHitTheOutputLimit() {
        assertStatus("flood", JudgeStatus.OUTPUT_LIMIT);
        assertStatus("stderr-flood", JudgeStatus.OUTPUT_LIMIT);
        assertStatus("python-flood", JudgeStatus.OUTPUT_LIMIT);
    }

    @Test
    void memoryHogHitsTheMemoryLimit() {
        assertStatus("memory-hog", JudgeStatus.MEMORY_LIMIT);
    }

    @Test
    void fileProgramsAreRewrittenToStdinAndStdout() {
        assertStatus("file-writer", JudgeStatus.ACCEPTED);
        assertEquals(java.util.Set.of("in:Scanner(File)", "out:FileWriter"),
                java.util.Set.copyOf(byId.get("file-writer").rewrites()));
        assertStatus("args-reader", JudgeStatus.ACCEPTED);
        assertTrue(byId.get("args-reader").rewrites().containsAll(
                List.of("package-removed", "in:FileReader", "out:FileOutputStream")),
                byId.get("args-reader").rewrites().toString());
        assertStatus("hardcoded-path", JudgeStatus.ACCEPTED);
        assertTrue(byId.get("hardcoded-path").rewrites().containsAll(
                List.of("in:FileInputStream", "out:FileWriter", "catch:never-thrown")),
                byId.get("hardcoded-path").rewrites().toString());
        assertTrue(byId.get("accepted").rewrites().isEmpty());
        assertStatus("echoes-and-writes-file", JudgeStatus.ACCEPTED);
        assertStatus("opens-output-file-prints-stdout", JudgeStatus.ACCEPTED);
    }

    @Test
    void writesOutsideTheSandboxAreRefused() {
        assertStatus("writes-outside", JudgeStatus.RUNTIME_ERROR);
        assertTrue(byId.get("writes-outside").detail().contains("refused"), byId.get("writes-outside").detail());
        assertFalse(Files.exists(Path.of("/tmp/editvq-judge-escape.txt")));
    }

    @Test
    void problemWithoutTestsIsNoInputButCompiled() {
        assertStatus("no-input", JudgeStatus.NO_INPUT);
    }

    @Test
    void outputsAreWrittenWithTheNormalizedColumns() throws IOException {
        List<String> lines = Files.readAllLines(report.judgedCsv());
        assertEquals("problem_id,submission_id,language,runtime_ms,source,status,runs,runtime_spread,rewrites",
                lines.get(0));
        String csv = Files.readString(report.judgedCsv());
        assertTrue(csv.contains(String.join(";", byId.get("file-writer").rewrites())), csv);
        List<String> summary = Files.readAllLines(report.summaryCsv());
        assertTrue(summary.get(1).startsWith("sum," + (report.results().size() - 1) + ","), summary.get(1));
        assertTrue(Files.isRegularFile(report.manifest()));
        ProblemSummary sum = report.summaries().get(0);
        assertEquals(byId.values().stream().filter(r -> r.problemId().equals("sum")
                && r.status() == JudgeStatus.ACCEPTED).count(), sum.accepted());
        assertEquals(sum.submissions() - 1, sum.compiled());
    }
}
