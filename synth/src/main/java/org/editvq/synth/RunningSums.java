package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.SplittableRandom;

/**
 * Running sums: one output line per input element, so the output is as large as the input and
 * the {@code output} edit (println per line vs one buffer) dominates the runtime. Plants
 * {@code input} and {@code output} only. Its definition is shared with the Python twin
 * {@link PyRunningSums} (large Python inputs: T=3, one value per line).
 */
final class RunningSums extends AbstractProblem {
    RunningSums() {
        super("running-sums", "Each case gives N, then N integers a_1..a_N (0 <= a_i <= 10^6). Output 'Case #x:' "
                + "followed by N lines, the running sums a_1 + ... + a_i.", true);
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        boolean python = language == Language.PYTHON;
        int t = large && !python ? 4 : 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? 100_000 : 1 + random.nextInt(8);
            out.append(n).append('\n');
            appendList(out, n, python, () -> random.nextInt(1_000_001));
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        out.append("Case #").append(caseNumber).append(":\n");
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += in.nextInt();
            out.append(sum).append('\n');
        }
    }

    @Override
    void helpers(Program p) {
        if (!p.style.useHelper) {
            return;
        }
        JavaWriter w = p.w;
        w.open("static long[] $fill($E[] $a)");
        w.line("long[] $pre = new long[$a.length];");
        w.line("long $sum = 0;");
        w.open("for (int $i = 0; $i < $a.length; $i++)");
        w.line("$sum += $a[$i];");
        w.line("$pre[$i] = $sum;");
        w.close();
        w.line("return $pre;");
        w.close();
        w.blank();
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        w.line("int $n = $RI;");
        p.caseLine(null);
        if (p.style.useHelper) {
            w.line("$E[] $a = new $E[$n];");
            w.single("for (int $i = 0; $i < $n; $i++)", "$a[$i] = $RE;");
            w.line("long[] $pre = $fill($a);");
            w.open("for (int $i = 0; $i < $n; $i++)");
            p.out("$pre[$i]");
            w.close();
        } else {
            w.line("long $sum = 0;");
            w.open("for (int $i = 0; $i < $n; $i++)");
            w.line("$sum += $RE;");
            p.out("$sum");
            w.close();
        }
    }
}
