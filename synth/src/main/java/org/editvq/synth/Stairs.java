package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.SplittableRandom;

/**
 * A tribonacci-like recurrence: naive exponential recursion (slow) vs memoized recursion (fast).
 * Its definition is shared with the Python twin {@link PyStairs} (more but smaller large cases).
 */
final class Stairs extends AbstractProblem {
    private static final long MOD = 1_000_000_007L;

    Stairs() {
        super("stairs", "Each case gives N (0 <= N <= 25). Output 'Case #x: W', the number of ways to climb N stairs "
                + "taking 1, 2 or 3 steps at a time, modulo 1000000007.", EditCategory.MEMOIZATION);
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        // Python's large cases are many more but smaller (N in 11..17 rather than 16..25): its naive recursion is far slower
        boolean python = language == Language.PYTHON;
        int t = large ? (python ? 1_000 : 100) : 4;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = !large ? random.nextInt(13) : python ? 11 + random.nextInt(7) : 16 + random.nextInt(10);
            out.append(n).append('\n');
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        long a = 0;
        long b = 0;
        long c = 1; // ways(0)
        for (int i = 1; i <= n; i++) {
            long next = (a + b + c) % MOD;
            a = b;
            b = c;
            c = next;
        }
        out.append("Case #").append(caseNumber).append(": ").append(c).append('\n');
    }

    @Override
    boolean longElementsAllowed() {
        return false;
    }

    private static boolean memoParameter(Program p) {
        return !p.style.staticState;
    }

    @Override
    void helpers(Program p) {
        JavaWriter w = p.w;
        w.line("static final long $MOD = " + (p.style.alternative ? "1_000_000_007L" : "1000000007") + ";");
        boolean fast = p.fast(EditCategory.MEMOIZATION);
        String memoParam = fast && memoParameter(p) ? ", long[] $memo" : "";
        String memoArg = fast && memoParameter(p) ? ", $memo" : "";
        if (fast && !memoParameter(p)) {
            w.line("static long[] $memo;");
        }
        w.blank();
        w.open("static long $ways(int $n" + memoParam + ")");
        w.single("if ($n < 0)", "return 0;");
        w.single("if ($n == 0)", "return 1;");
        if (fast) {
            w.single("if ($memo[$n] != -1)", "return $memo[$n];");
            w.line("$memo[$n] = ($ways($n - 1" + memoArg + ") + $ways($n - 2" + memoArg + ") + $ways($n - 3" + memoArg
                    + ")) % $MOD;");
            w.line("return $memo[$n];");
        } else {
            w.line("return ($ways($n - 1) + $ways($n - 2) + $ways($n - 3)) % $MOD;");
        }
        w.close();
        w.blank();
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        w.line("int $n = $RI;");
        if (p.fast(EditCategory.MEMOIZATION)) {
            w.use("java.util.Arrays");
            w.line((memoParameter(p) ? "long[] " : "") + "$memo = new long[$n + 1];");
            w.line("Arrays.fill($memo, -1);");
            w.line("long $ans = $ways($n" + (memoParameter(p) ? ", $memo" : "") + ");");
        } else {
            w.line("long $ans = $ways($n);");
        }
        p.caseLine("$ans");
    }
}
