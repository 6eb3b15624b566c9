package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.SplittableRandom;

/**
 * Running maxima: one output line per input element, so the {@code output} edit (println per
 * line vs one buffer) dominates the runtime. Plants {@code input} and {@code output} only.
 */
final class RunningMax extends AbstractProblem {
    RunningMax() {
        super("running-max", "Each case gives N, then N integers a_1..a_N (1 <= a_i <= 10^9). Output 'Case #x:' "
                + "followed by N lines, the maxima max(a_1, ..., a_i).", true);
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        int t = large ? 4 : 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? 100_000 : 1 + random.nextInt(8);
            out.append(n).append('\n');
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ").append(1 + random.nextInt(1_000_000_000));
            }
            out.append('\n');
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        out.append("Case #").append(caseNumber).append(":\n");
        int max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, in.nextInt());
            out.append(max).append('\n');
        }
    }

    @Override
    void helpers(Program p) {
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        w.line("int $n = $RI;");
        w.line("$E $ans = 0;");
        p.caseLine(null);
        w.open("for (int $i = 0; $i < $n; $i++)");
        w.line("$E $x = $RE;");
        if (p.style.alternative) {
            w.line("$ans = Math.max($ans, $x);");
        } else {
            w.single("if ($x > $ans)", "$ans = $x;");
        }
        p.out("$ans");
        w.close();
    }
}
