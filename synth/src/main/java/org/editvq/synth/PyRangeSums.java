package org.editvq.synth;

/**
 * Python range-sum queries ({@code range-sums-py}, the Python renderer of {@link RangeSums}'s
 * definition): re-summing each range in a loop (slow) vs prefix sums (fast).
 */
final class PyRangeSums extends AbstractPyProblem {
    PyRangeSums() {
        super(new RangeSums());
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
