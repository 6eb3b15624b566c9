package org.editvq.synth;

/**
 * Python running sums ({@code running-sums-py}, the Python renderer of {@link RunningSums}'s
 * definition): one number per input line and one output line
 * per number, so both {@code input} ({@code input()} per line) and {@code output} ({@code print}
 * per line) matter. Plants {@code input} and {@code output} only.
 */
final class PyRunningSums extends AbstractPyProblem {
    PyRunningSums() {
        super(new RunningSums());
    }

    @Override
    void helpers(PyProgram p) {
        if (!p.style.useHelper) {
            return;
        }
        PyWriter w = p.w;
        w.open("def $fill($a)");
        w.line("$pre = []");
        w.line("$pyTot = 0");
        w.open("for $pyTok in $a");
        w.line("$pyTot += $pyTok");
        w.line("$pre.append($pyTot)");
        w.close();
        w.line("return $pre");
        w.close();
        w.blank();
    }

    @Override
    void caseBody(PyProgram p) {
        PyWriter w = p.w;
        p.readInts("$pyN");
        p.caseLine(null);
        if (p.style.useHelper) {
            w.line("$a = [" + p.lineInt() + " for _ in range($pyN)]");
            w.open("for $pyTot in $fill($a)");
            p.out("$pyTot", false);
            w.close();
        } else {
            w.line("$pyTot = 0");
            w.open("for _ in range($pyN)");
            w.line("$pyTot += " + p.lineInt());
            p.out("$pyTot", false);
            w.close();
        }
    }
}
