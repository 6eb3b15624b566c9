package org.editvq.experiments.reproduce;

import org.editvq.dataset.corpus.NormalizedCsv;
import org.editvq.core.data.Language;
import org.editvq.core.data.Submission;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A small runtime-annotated corpus written for the reproduction tests: two problems whose
 * submissions combine three independent slow/fast choices (quadratic vs linear summing, bubble
 * sort vs {@code Arrays.sort}, println per line vs one StringBuilder) under random names. The
 * runtime is a deterministic cost model of the choices with ±3% jitter, so similar programs
 * differing in a choice form ≥ 1.2x pairs.
 */
final class FixtureCorpus {
    private FixtureCorpus() {
    }

    static Path write(Path csv, int perProblem, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Submission> submissions = new ArrayList<>();
        String[] names = {"a", "arr", "xs", "data", "vals", "nums"};
        String[] sums = {"s", "sum", "total", "acc"};
        for (int problem = 1; problem <= 2; problem++) {
            for (int i = 0; i < perProblem; i++) {
                boolean slowSum = random.nextBoolean();
                boolean slowSort = random.nextBoolean();
                boolean slowOut = random.nextBoolean();
                String a = names[random.nextInt(names.length)];
                String s = sums[random.nextInt(sums.length)];
                StringBuilder src = new StringBuilder("import java.util.*;\npublic class Main {\n")
                        .append("  public static void main(String[] args) {\n")
                        .append("    Scanner in = new Scanner(System.in);\n")
                        .append("    int n = in.nextInt();\n")
                        .append("    long[] ").append(a).append(" = new long[n];\n")
                        .append("    for (int i = 0; i < n; i++) ").append(a).append("[i] = in.nextLong();\n");
                if (slowSort) {
                    src.append("    for (int i = 0; i < n; i++) for (int j = 0; j + 1 < n - i; j++) if (")
                            .append(a).append("[j] > ").append(a).append("[j + 1]) { long t = ").append(a)
                            .append("[j]; ").append(a).append("[j] = ").append(a).append("[j + 1]; ").append(a)
                            .append("[j + 1] = t; }\n");
                } else {
                    src.append("    Arrays.sort(").append(a).append(");\n");
                }
                src.append("    long ").append(s).append(" = 0;\n");
                if (slowSum) {
                    src.append("    for (int i = 0; i < n; i++) for (int j = 0; j <= i; j++) if (j == i) ")
                            .append(s).append(" += ").append(a).append("[i];\n");
                } else {
                    src.append("    for (int i = 0; i < n; i++) ").append(s).append(" += ").append(a)
                            .append("[i];\n");
                }
                if (problem == 2) {
                    src.append("    ").append(s).append(" = ").append(s).append(" % 1000000007L;\n");
                }
                if (slowOut) {
                    src.append("    System.out.println(\"Case #1: \" + ").append(s).append(");\n");
                } else {
                    src.append("    StringBuilder out = new StringBuilder();\n    out.append(\"Case #1: \").append(")
                            .append(s).append(");\n    System.out.print(out);\n");
                }
                src.append("  }\n}\n");
                double runtime = 50 * (slowSum ? 3 : 1) * (slowSort ? 2.5 : 1) * (slowOut ? 1.5 : 1)
                        * (0.97 + 0.06 * random.nextDouble());
                submissions.add(new Submission("p" + problem, String.format(Locale.ROOT, "p%d/s%02d", problem, i),
                        Language.JAVA, runtime, src.toString(), java.util.Map.of()));
            }
        }
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            NormalizedCsv.write(submissions, w);
        }
        return csv;
    }
}
