package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The distinct values in increasing order on one line: two planted edits, a quadratic sort
 * (slow) vs Arrays.sort, and String += (slow) vs StringBuilder to build the line.
 */
final class DistinctLine extends AbstractProblem {
    DistinctLine() {
        super("distinct-line", "Each case gives N and a line of N integers in 1..20000. Output 'Case #x: ' followed by "
                + "the distinct values in increasing order, separated by single spaces.",
                EditCategory.LIBRARY_SORT, EditCategory.STRING_BUILDER);
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        int t = 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? 30_000 : 1 + random.nextInt(9);
            out.append(n).append('\n');
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ").append(1 + random.nextInt(large ? 20_000 : 6));
            }
            out.append('\n');
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        TreeSet<Integer> values = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            values.add(in.nextInt());
        }
        out.append("Case #").append(caseNumber).append(": ");
        String sep = "";
        for (int v : values) {
            out.append(sep).append(v);
            sep = " ";
        }
        out.append('\n');
    }

    private static void joinCode(Program p, String n) {
        JavaWriter w = p.w;
        boolean fast = p.fast(EditCategory.STRING_BUILDER);
        w.line(fast ? "StringBuilder $b = new StringBuilder();" : "String $str = \"\";");
        w.open("for (int $i = 0; $i < " + n + "; $i++)");
        w.open("if ($i == 0 || $a[$i] != $a[$i - 1])");
        if (fast) {
            w.single("if ($b.length() > 0)", "$b.append(' ');");
            w.line("$b.append($a[$i]);");
        } else if (p.style.alternative) {
            w.line("$str += ($str.isEmpty() ? \"\" : \" \") + $a[$i];");
        } else {
            w.single("if ($i > 0)", "$str += \" \";");
            w.line("$str += $a[$i];");
        }
        w.close();
        w.close();
        if (fast) {
            w.line("String $str = $b.toString();");
        }
    }

    @Override
    void helpers(Program p) {
        if (!p.style.useHelper) {
            return;
        }
        JavaWriter w = p.w;
        w.open("static void $sort($E[] $a)");
        KthSmallest.sortCode(p, "$a.length");
        w.close();
        w.blank();
        w.open("static String $join($E[] $a)");
        joinCode(p, "$a.length");
        w.line("return $str;");
        w.close();
        w.blank();
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        w.line("int $n = $RI;");
        w.line("$E[] $a = new $E[$n];");
        w.single("for (int $i = 0; $i < $n; $i++)", "$a[$i] = $RE;");
        if (p.style.useHelper) {
            w.line("$sort($a);");
            w.line("String $str = $join($a);");
        } else {
            KthSmallest.sortCode(p, "$n");
            joinCode(p, "$n");
        }
        p.caseLine("$str");
    }
}
