package org.editvq.synth;

/**
 * Python stairs ({@code stairs-py}, the Python renderer of {@link Stairs}'s definition): naive exponential recursion (slow) vs the same recursion
 * memoized with {@code functools.lru_cache} or a dict (fast).
 */
final class PyStairs extends AbstractPyProblem {
    PyStairs() {
        super(new Stairs());
    }

    private static boolean dictMemo(PyProgram p) {
        return p.style.staticState;
    }

    @Override
    void helpers(PyProgram p) {
        PyWriter w = p.w;
        w.line("$MOD = " + (p.style.alternative ? "10 ** 9 + 7" : "1000000007"));
        w.blank();
        boolean fast = p.fast(EditCategory.MEMOIZATION);
        if (fast && dictMemo(p)) {
            w.open("def $ways($pyN, $memo)");
            w.open("if $pyN < 0");
            w.line("return 0");
            w.close();
            w.open("if $pyN == 0");
            w.line("return 1");
            w.close();
            w.open("if $pyN not in $memo");
            w.line("$memo[$pyN] = ($ways($pyN - 1, $memo) + $ways($pyN - 2, $memo) + $ways($pyN - 3, $memo)) % $MOD");
            w.close();
            w.line("return $memo[$pyN]");
            w.close();
        } else {
            if (fast) {
                if (p.style.pyMapInts) {
                    w.use("import functools");
                    w.line("@functools.lru_cache(maxsize=None)");
                } else {
                    w.use("from functools import lru_cache");
                    w.line("@lru_cache(maxsize=None)");
                }
            }
            w.open("def $ways($pyN)");
            w.open("if $pyN < 0");
            w.line("return 0");
            w.close();
            w.open("if $pyN == 0");
            w.line("return 1");
            w.close();
            w.line("return ($ways($pyN - 1) + $ways($pyN - 2) + $ways($pyN - 3)) % $MOD");
            w.close();
        }
        w.blank();
    }

    @Override
    void caseBody(PyProgram p) {
        PyWriter w = p.w;
        p.readInts("$i");
        if (p.fast(EditCategory.MEMOIZATION) && dictMemo(p)) {
            w.line("$ans = $ways($i, {})");
        } else {
            w.line("$ans = $ways($i)");
        }
        p.caseLine("$ans");
    }
}
