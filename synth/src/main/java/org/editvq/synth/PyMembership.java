package org.editvq.synth;

/**
 * Python membership queries ({@code membership-py}, the Python renderer of {@link Membership}'s
 * definition; queries one per line): {@code x in list} (slow) vs {@code x in set} (fast).
 */
final class PyMembership extends AbstractPyProblem {
    PyMembership() {
        super(new Membership());
    }

    @Override
    void helpers(PyProgram p) {
        if (!p.style.useHelper) {
            return;
        }
        PyWriter w = p.w;
        w.open("def $contains($pySet, $x)");
        if (!p.fast(EditCategory.HASH_LOOKUP) && p.style.alternative) {
            w.open("for $pyTok in $pySet");
            w.open("if $pyTok == $x");
            w.line("return True");
            w.close();
            w.close();
            w.line("return False");
        } else {
            w.line("return $x in $pySet");
        }
        w.close();
        w.blank();
    }

    @Override
    void caseBody(PyProgram p) {
        PyWriter w = p.w;
        boolean fast = p.fast(EditCategory.HASH_LOOKUP);
        p.readInts("$pyN", "$q");
        p.readArray("$a", "$pyN");
        p.readColumn("$b", "$q");
        if (fast) {
            w.line(p.style.alternative ? "$pySet = set($a)" : "$pySet = {$pyTok for $pyTok in $a}");
        }
        String coll = fast ? "$pySet" : "$a";
        p.caseLine(null);
        w.open("for $x in $b");
        if (p.style.useHelper) {
            w.line("$found = $contains(" + coll + ", $x)");
            p.out("\"YES\" if $found else \"NO\"", true);
        } else if (p.style.staticState) {
            p.out("\"YES\" if $x in " + coll + " else \"NO\"", true);
        } else {
            w.open("if $x in " + coll);
            p.out("\"YES\"", true);
            w.close();
            w.open("else");
            p.out("\"NO\"", true);
            w.close();
        }
        w.close();
    }
}
