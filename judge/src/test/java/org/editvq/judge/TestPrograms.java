package org.editvq.judge;

import org.editvq.core.data.Language;
import org.editvq.core.data.Submission;

import java.time.Duration;
import java.util.Map;

/** Small programs written for the judge's tests, all solving "sum": T cases of "a b", print "Case #i: a+b". */
final class TestPrograms {
    static final String PROBLEM = "sum";
    static final String INPUT = "3\n1 2\n10 20\n-5 5\n";
    static final String EXPECTED = "Case #1: 3\nCase #2: 30\nCase #3: 0\n";

    private TestPrograms() {
    }

    static JudgeConfig fastConfig() {
        return JudgeConfig.defaults()
                .withTests(Map.of(PROBLEM, ProblemTests.withExpectedOutput(PROBLEM, INPUT, EXPECTED)))
                .withRuns(1, 3, 3, 0.05)
                .withLimits(Duration.ofMillis(1500), 128, 1 << 20)
                .withParallelism(2);
    }

    static Submission java(String id, String source) {
        return Submission.unjudged(PROBLEM, id, Language.JAVA, source);
    }

    static Submission python(String id, String source) {
        return Submission.unjudged(PROBLEM, id, Language.PYTHON, source);
    }

    /** A correct solution reading stdin with Scanner. */
    static String accepted(String className) {
        return """
                import java.util.*;
                public class %s {
                    public static void main(String[] args) {
                        Scanner in = new Scanner(System.in);
                        int t = in.nextInt();
                        for (int i = 1; i <= t; i++) {
                            long a = in.nextLong(), b = in.nextLong();
                            System.out.println("case #" + i + ":   " + (a + b));
                        }
                    }
                }
                """.formatted(className);
    }

    /** Reads stdin, then does {@code work} units of busy arithmetic before printing the answer. */
    static String busy(String className, long work) {
        return """
                import java.io.*;
                import java.util.*;
                public class %s {
                    public static void main(String[] args) throws IOException {
                        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                        int t = Integer.parseInt(in.readLine().trim());
                        long sink = 0;
                        for (long k = 0; k < %dL; k++) {
                            sink = sink * 6364136223846793005L + k;
                        }
                        StringBuilder sb = new StringBuilder();
                        for (int i = 1; i <= t; i++) {
                            StringTokenizer st = new StringTokenizer(in.readLine());
                            long a = Long.parseLong(st.nextToken()), b = Long.parseLong(st.nextToken());
                            sb.append("Case #").append(i).append(": ").append(a + b + (sink == 42 ? 1 : 0)).append('\\n');
                        }
                        System.out.print(sb);
                    }
                }
                """.formatted(className, work);
    }
}
