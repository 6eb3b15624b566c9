package org.editvq.core.synth;

import java.util.SplittableRandom;

/** Python range-sum queries ({@code range-sums-py}): re-summing each range in a loop (slow) vs prefix sums (fast). */
final class PyRangeSums extends AbstractPyProblem {
    PyRangeSums() {
        super(new RangeSums(), false, EditCategory.PREFIX_SUMS);
    }

    @Override
    void generate(SplittableRandom random, boolean large, StringBuilder out) {
        int t = 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? 20_000 : 1 + random.nextInt(8);
            int q = large ? 2_000 : 1 + random.nextInt(6);
            out.append(n).append(' ').append(q).append('\n');
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ").append(random.nextInt(1_000_001));
            }
            out.append('\n');
            for (int k = 0; k < q; k++) {
                int l = 1 + random.nextInt(n);
                int r = l + random.nextInt(n - l + 1);
                out.append(l).append(' ').append(r).append('\n');
            }
        }
    }

    @Override
    void helpers(PyProgram p) {
        if (!p.style.useHelper) {
            return;
        }
        PyWriter w = p.w;
        if (p.fast(EditCategory.PREFIX_SUMS)) {
            w.open("def $fill($a)");
            prefix(p, "len($a)");
            w.line("return $pre");
            w.close();
            w.blank();
            w.open("def $rangeSum($pre, $pyL, $r)");
            w.line("return $pre[$r] - $pre[$pyL - 1]");
        } else {
            w.open("def $rangeSum($a, $pyL, $r)");
            w.line("$pyTot = 0");
            w.open("for $i in range($pyL - 1, $r)");
            w.line("$pyTot += $a[$i]");
            w.close();
            w.line("return $pyTot");
        }
        w.close();
        w.blank();
    }

    private static void prefix(PyProgram p, String n) {
        PyWriter w = p.w;
        if (p.style.alternative) {
            w.use("from itertools import accumulate");
            w.line("$pre = [0] + list(accumulate($a))");
        } else {
            w.line("$pre = [0] * (" + n + " + 1)");
            w.open("for $i in range(" + n + ")");
            w.line("$pre[$i + 1] = $pre[$i] + $a[$i]");
            w.close();
        }
    }

    @Override
    void caseBody(PyProgram p) {
        PyWriter w = p.w;
        boolean fast = p.fast(EditCategory.PREFIX_SUMS);
        p.readInts("$pyN", "$q");
        p.readArray("$a", "$pyN");
        if (fast) {
            if (p.style.useHelper) {
                w.line("$pre = $fill($a)");
            } else {
                prefix(p, "$pyN");
            }
        }
        p.caseLine(null);
        w.open("for _ in range($q)");
        p.readInts("$pyL", "$r");
        if (p.style.useHelper) {
            w.line("$pyTot = $rangeSum(" + (fast ? "$pre" : "$a") + ", $pyL, $r)");
        } else if (fast) {
            w.line("$pyTot = $pre[$r] - $pre[$pyL - 1]");
        } else {
            w.line("$pyTot = 0");
            w.open("for $i in range($pyL - 1, $r)");
            w.line("$pyTot += $a[$i]");
            w.close();
        }
        p.out("$pyTot", false);
        w.close();
    }
}
