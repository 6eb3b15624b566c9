package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.SplittableRandom;

/** First-occurrence queries: scanning the whole array (slow) vs stopping at the first match (fast). */
final class FirstIndex extends AbstractProblem {
    FirstIndex() {
        super("first-index", "Each case gives N and Q, a line of N integers and a line of Q integers. Output "
                + "'Case #x:' followed by Q lines, the 1-based position of the first occurrence of the query in the "
                + "array, or -1 when it does not occur.", EditCategory.EARLY_EXIT);
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        int t = large ? 5 : 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? 100_000 : 1 + random.nextInt(10);
            int q = large ? 5_000 : 1 + random.nextInt(6);
            int values = large ? 2_000 : 6;
            out.append(n).append(' ').append(q).append('\n');
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ").append(1 + random.nextInt(values));
            }
            out.append('\n');
            for (int k = 0; k < q; k++) {
                // about 1% of the large (25% of the small) queries do not occur at all (scanned to the end by both variants)
                int x = random.nextInt(large ? 100 : 4) == 0 ? values + 1 + random.nextInt(values) : 1 + random.nextInt(values);
                out.append(k == 0 ? "" : " ").append(x);
            }
            out.append('\n');
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        int q = in.nextInt();
        java.util.Map<Integer, Integer> first = new java.util.HashMap<>();
        for (int i = 1; i <= n; i++) {
            first.putIfAbsent(in.nextInt(), i);
        }
        out.append("Case #").append(caseNumber).append(":\n");
        for (int k = 0; k < q; k++) {
            out.append(first.getOrDefault(in.nextInt(), -1)).append('\n');
        }
    }

    @Override
    void helpers(Program p) {
        if (!p.style.useHelper) {
            return;
        }
        JavaWriter w = p.w;
        w.open("static int $firstIndex($E[] $a, $E $x)");
        if (p.fast(EditCategory.EARLY_EXIT)) {
            w.open("for (int $i = 0; $i < $a.length; $i++)");
            w.single("if ($a[$i] == $x)", "return $i + 1;");
            w.close();
            w.line("return -1;");
        } else {
            w.line("int $pos = -1;");
            w.open("for (int $i = 0; $i < $a.length; $i++)");
            w.single("if ($a[$i] == $x && $pos == -1)", "$pos = $i + 1;");
            w.close();
            w.line("return $pos;");
        }
        w.close();
        w.blank();
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        w.line("int $n = $RI;");
        w.line("int $q = $RI;");
        w.line("$E[] $a = new $E[$n];");
        w.single("for (int $i = 0; $i < $n; $i++)", "$a[$i] = $RE;");
        p.caseLine(null);
        w.open("for (int $k = 0; $k < $q; $k++)");
        w.line("$E $x = $RE;");
        if (p.style.useHelper) {
            w.line("int $pos = $firstIndex($a, $x);");
        } else {
            w.line("int $pos = -1;");
            w.open("for (int $i = 0; $i < $n; $i++)");
            if (p.fast(EditCategory.EARLY_EXIT)) {
                w.open("if ($a[$i] == $x)");
                w.line("$pos = $i + 1;");
                w.line("break;");
                w.close();
            } else {
                w.single("if ($a[$i] == $x && $pos == -1)", "$pos = $i + 1;");
            }
            w.close();
        }
        p.out("$pos");
        w.close();
    }
}
