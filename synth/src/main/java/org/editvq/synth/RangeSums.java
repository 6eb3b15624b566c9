package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.SplittableRandom;

/**
 * Range-sum queries over an array: recomputing each sum (slow) vs prefix sums (fast). Its
 * definition is shared with the Python twin {@link PyRangeSums} (smaller large inputs).
 */
final class RangeSums extends AbstractProblem {
    RangeSums() {
        super("range-sums", "Each case gives N and Q, then N integers a_1..a_N (0 <= a_i <= 10^6), then Q lines "
                + "'L R' (1 <= L <= R <= N). Output 'Case #x:' followed by Q lines, the sums a_L + ... + a_R.",
                EditCategory.PREFIX_SUMS);
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        boolean python = language == Language.PYTHON;
        int t = large && !python ? 5 : 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? (python ? 20_000 : 50_000) : 1 + random.nextInt(8);
            int q = large ? (python ? 2_000 : 20_000) : 1 + random.nextInt(6);
            out.append(n).append(' ').append(q).append('\n');
            appendList(out, n, false, () -> random.nextInt(1_000_001));
            for (int k = 0; k < q; k++) {
                int l = 1 + random.nextInt(n);
                int r = l + random.nextInt(n - l + 1);
                out.append(l).append(' ').append(r).append('\n');
            }
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        int q = in.nextInt();
        long[] pre = new long[n + 1];
        for (int i = 0; i < n; i++) {
            pre[i + 1] = pre[i] + in.nextInt();
        }
        out.append("Case #").append(caseNumber).append(":\n");
        for (int k = 0; k < q; k++) {
            int l = in.nextInt();
            int r = in.nextInt();
            out.append(pre[r] - pre[l - 1]).append('\n');
        }
    }

    @Override
    void helpers(Program p) {
        if (!p.style.useHelper) {
            return;
        }
        JavaWriter w = p.w;
        if (p.fast(EditCategory.PREFIX_SUMS)) {
            w.open("static long[] $fill($E[] $a)");
            w.line("long[] $pre = new long[$a.length + 1];");
            w.single("for (int $i = 0; $i < $a.length; $i++)", "$pre[$i + 1] = $pre[$i] + $a[$i];");
            w.line("return $pre;");
            w.close();
            w.blank();
            w.open("static long $rangeSum(long[] $pre, int $l, int $r)");
            w.line("return $pre[$r] - $pre[$l - 1];");
        } else {
            w.open("static long $rangeSum($E[] $a, int $l, int $r)");
            w.line("long $sum = 0;");
            w.single("for (int $i = $l - 1; $i < $r; $i++)", "$sum += $a[$i];");
            w.line("return $sum;");
        }
        w.close();
        w.blank();
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        boolean fast = p.fast(EditCategory.PREFIX_SUMS);
        w.line("int $n = $RI;");
        w.line("int $q = $RI;");
        w.line("$E[] $a = new $E[$n];");
        w.single("for (int $i = 0; $i < $n; $i++)", "$a[$i] = $RE;");
        if (fast) {
            if (p.style.useHelper) {
                w.line("long[] $pre = $fill($a);");
            } else {
                w.line("long[] $pre = new long[$n + 1];");
                w.single("for (int $i = 0; $i < $n; $i++)", "$pre[$i + 1] = $pre[$i] + $a[$i];");
            }
        }
        p.caseLine(null);
        w.open("for (int $k = 0; $k < $q; $k++)");
        w.line("int $l = $RI;");
        w.line("int $r = $RI;");
        if (p.style.useHelper) {
            w.line(fast ? "long $sum = $rangeSum($pre, $l, $r);" : "long $sum = $rangeSum($a, $l, $r);");
        } else if (fast) {
            w.line("long $sum = $pre[$r] - $pre[$l - 1];");
        } else {
            w.line("long $sum = 0;");
            w.single("for (int $i = $l - 1; $i < $r; $i++)", "$sum += $a[$i];");
        }
        p.out("$sum");
        w.close();
    }
}
