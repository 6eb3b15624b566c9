package org.editvq.core.synth;

import java.util.SplittableRandom;

/** Python membership queries ({@code membership-py}, queries one per line): {@code x in list} (slow) vs {@code x in set} (fast). */
final class PyMembership extends AbstractPyProblem {
    PyMembership() {
        super(new Membership(), false, EditCategory.HASH_LOOKUP);
    }

    @Override
    void generate(SplittableRandom random, boolean large, StringBuilder out) {
        int t = 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? 5_000 : 1 + random.nextInt(8);
            int q = large ? 5_000 : 1 + random.nextInt(8);
            int range = large ? 1_000_000_000 : 12;
            int[] a = new int[n];
            out.append(n).append(' ').append(q).append('\n');
            for (int i = 0; i < n; i++) {
                a[i] = 1 + random.nextInt(range);
                out.append(i == 0 ? "" : " ").append(a[i]);
            }
            out.append('\n');
            for (int k = 0; k < q; k++) {
                int x = random.nextBoolean() ? a[random.nextInt(n)] : 1 + random.nextInt(range);
                out.append(x).append('\n');
            }
        }
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
