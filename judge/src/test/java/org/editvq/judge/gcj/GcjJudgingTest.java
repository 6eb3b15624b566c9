package org.editvq.judge.gcj;

import org.editvq.core.data.Language;
import org.editvq.core.data.Submission;
import org.editvq.judge.JudgeConfig;
import org.editvq.judge.JudgeReport;
import org.editvq.judge.JudgeRun;
import org.editvq.judge.JudgeStatus;
import org.editvq.judge.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Programs written for these tests, judged end to end against generated tests (expected output and checker). */
class GcjJudgingTest {
    private static final String MUSHROOM = """
            import java.util.*;
            public class Mushrooms {
                public static void main(String[] args) {
                    Scanner in = new Scanner(System.in);
                    int t = in.nextInt();
                    for (int c = 1; c <= t; c++) {
                        int n = in.nextInt();
                        int[] m = new int[n];
                        for (int i = 0; i < n; i++) m[i] = in.nextInt();
                        long y = 0; int rate = 0;
                        for (int i = 0; i + 1 < n; i++) { int d = m[i] - m[i + 1]; if (d > 0) { y += d; rate = Math.max(rate, d); } }
                        long z = 0;
                        for (int i = 0; i + 1 < n; i++) z += Math.min(m[i], rate);
                        System.out.println("Case #" + c + ": " + y + " " + z);
                    }
                }
            }
            """;
    private static final String SENATE = """
            import java.util.*;
            public class Senate {
                public static void main(String[] args) {
                    Scanner in = new Scanner(System.in);
                    int t = in.nextInt();
                    for (int c = 1; c <= t; c++) {
                        int n = in.nextInt(); int[] p = new int[n]; int total = 0;
                        for (int i = 0; i < n; i++) { p[i] = in.nextInt(); total += p[i]; }
                        StringBuilder sb = new StringBuilder("Case #" + c + ":");
                        while (total > 0) {
                            // evacuate from the largest party; take a second senator if a majority would remain
                            int a = 0; for (int i = 1; i < n; i++) if (p[i] > p[a]) a = i;
                            p[a]--; total--;
                            String step = "" + (char) ('A' + a);
                            int b = 0; for (int i = 1; i < n; i++) if (p[i] > p[b]) b = i;
                            if (2 * p[b] > total) { p[b]--; total--; step += (char) ('A' + b); }
                            sb.append(' ').append(step);
                        }
                        System.out.println(sb);
                    }
                }
            }
            """;

    @Test
    void writtenSolutionsAreAcceptedAndABuggyOneIsNot(@TempDir Path outDir) throws IOException {
        JudgeConfig config = JudgeConfig.defaults()
                .withTests(Map.of(
                        "1", GcjProblem.MUSHROOM_MONSTER.tests("1", 11, InputScale.LARGE),
                        "8", GcjProblem.SENATE_EVACUATION.tests("8", 11, InputScale.LARGE)))
                .withRuns(0, 1, 1, 1.0).withLimits(Duration.ofSeconds(5), 256, 8 << 20).withParallelism(2);
        List<Submission> subs = List.of(
                Submission.unjudged("1", "mushroom-ok", Language.JAVA, MUSHROOM),
                Submission.unjudged("1", "mushroom-int-rate-bug", Language.JAVA,
                        MUSHROOM.replace("z += Math.min(m[i], rate);", "z += rate;")),
                Submission.unjudged("8", "senate-ok", Language.JAVA, SENATE),
                Submission.unjudged("8", "senate-one-at-a-time", Language.JAVA,
                        SENATE.replace("if (2 * p[b] > total)", "if (false)")));
        JudgeReport report = JudgeRun.run(subs, config, outDir, ProgressListener.silent());
        assertEquals(List.of(JudgeStatus.ACCEPTED, JudgeStatus.WRONG_ANSWER, JudgeStatus.ACCEPTED,
                        JudgeStatus.WRONG_ANSWER),
                report.results().stream().map(r -> r.status()).toList(), report.results().toString());
    }
}
