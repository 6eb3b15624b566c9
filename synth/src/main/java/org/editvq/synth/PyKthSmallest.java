package org.editvq.synth;

/**
 * Python k-th smallest queries ({@code kth-smallest-py}, the Python renderer of {@link KthSmallest}'s
 * definition; queries one per line): hand-written insertion sort (slow) vs {@code sorted} (fast).
 */
final class PyKthSmallest extends AbstractPyProblem {
    PyKthSmallest() {
        super(new KthSmallest());
    }

    private static void insertionSort(PyWriter w) {
        w.open("for $i in range(1, len($pyB))");
        w.line("$x = $pyB[$i]");
        w.line("$j = $i - 1");
        w.open("while $j >= 0 and $pyB[$j] > $x");
        w.line("$pyB[$j + 1] = $pyB[$j]");
        w.line("$j -= 1");
        w.close();
        w.line("$pyB[$j + 1] = $x");
        w.close();
    }

    @Override
    void helpers(PyProgram p) {
        if (!p.style.useHelper) {
            return;
        }
        PyWriter w = p.w;
        w.open("def $sort($a)");
        if (p.fast(EditCategory.LIBRARY_SORT)) {
            w.line("return sorted($a)");
        } else {
            w.line("$pyB = list($a)");
            insertionSort(w);
            w.line("return $pyB");
        }
        w.close();
        w.blank();
    }

    @Override
    void caseBody(PyProgram p) {
        PyWriter w = p.w;
        p.readInts("$pyN", "$q");
        p.readArray("$a", "$pyN");
        if (p.style.useHelper) {
            w.line("$pyB = $sort($a)");
        } else if (p.fast(EditCategory.LIBRARY_SORT)) {
            if (p.style.alternative) {
                w.line("$pyB = sorted($a)");
            } else {
                w.line("$pyB = $a");
                w.line("$pyB.sort()");
            }
        } else {
            w.line("$pyB = $a");
            insertionSort(w);
        }
        p.readColumn("$ks", "$q");
        p.caseLine(null);
        w.open("for $pyK in $ks");
        p.out("$pyB[$pyK - 1]", false);
        w.close();
    }
}
