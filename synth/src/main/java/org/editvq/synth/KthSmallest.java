package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * k-th smallest queries after sorting: a hand-written quadratic sort (slow) vs Arrays.sort (fast).
 * Its definition is shared with the Python twin {@link PyKthSmallest} (smaller large N, queries one
 * per line).
 */
final class KthSmallest extends AbstractProblem {
    KthSmallest() {
        super("kth-smallest", "Each case gives N and Q, a line of N integers in 1..10^9 and a line of Q integers k "
                + "(1 <= k <= N). Output 'Case #x:' followed by Q lines, the k-th smallest of the N integers.",
                EditCategory.LIBRARY_SORT);
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        boolean python = language == Language.PYTHON;
        int t = 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? (python ? 2_000 : 40_000) : 1 + random.nextInt(9);
            int q = large ? 20_000 : 1 + random.nextInt(6);
            out.append(n).append(' ').append(q).append('\n');
            appendList(out, n, false, () -> 1 + random.nextInt(large ? 1_000_000_000 : 20));
            appendList(out, q, python, () -> 1 + random.nextInt(n));
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        int q = in.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.nextInt();
        }
        Arrays.sort(a);
        out.append("Case #").append(caseNumber).append(":\n");
        for (int k = 0; k < q; k++) {
            out.append(a[in.nextInt() - 1]).append('\n');
        }
    }

    /** The sorting code of the chosen {@link EditCategory#LIBRARY_SORT} variant for array {@code $a} of length {@code n}. */
    static void sortCode(Program p, String n) {
        JavaWriter w = p.w;
        if (p.fast(EditCategory.LIBRARY_SORT)) {
            w.use("java.util.Arrays");
            w.line("Arrays.sort($a);");
        } else if (p.style.alternative) {
            // selection sort
            w.open("for (int $i = 0; $i < " + n + " - 1; $i++)");
            w.line("int $mi = $i;");
            w.single("for (int $j = $i + 1; $j < " + n + "; $j++)", "if ($a[$j] < $a[$mi]) $mi = $j;");
            w.line("$E $tmp = $a[$i];");
            w.line("$a[$i] = $a[$mi];");
            w.line("$a[$mi] = $tmp;");
            w.close();
        } else {
            // insertion sort
            w.open("for (int $i = 1; $i < " + n + "; $i++)");
            w.line("$E $tmp = $a[$i];");
            w.line("int $j = $i - 1;");
            w.open("while ($j >= 0 && $a[$j] > $tmp)");
            w.line("$a[$j + 1] = $a[$j];");
            w.line("$j--;");
            w.close();
            w.line("$a[$j + 1] = $tmp;");
            w.close();
        }
    }

    @Override
    void helpers(Program p) {
        if (!p.style.useHelper) {
            return;
        }
        p.w.open("static void $sort($E[] $a)");
        sortCode(p, "$a.length");
        p.w.close();
        p.w.blank();
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        w.line("int $n = $RI;");
        w.line("int $q = $RI;");
        w.line("$E[] $a = new $E[$n];");
        w.single("for (int $i = 0; $i < $n; $i++)", "$a[$i] = $RE;");
        if (p.style.useHelper) {
            w.line("$sort($a);");
        } else {
            sortCode(p, "$n");
        }
        p.caseLine(null);
        w.open("for (int $k = 0; $k < $q; $k++)");
        w.line("int $x = $RI;");
        p.out("$a[$x - 1]");
        w.close();
    }
}
