package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Membership queries: a linear scan per query (slow) vs a HashSet or binary search (fast). Its
 * definition is shared with the Python twin {@link PyMembership} (smaller large inputs, queries
 * one per line).
 */
final class Membership extends AbstractProblem {
    Membership() {
        super("membership", "Each case gives N and Q, a line of N integers (the collection) and a line of Q integers "
                + "(the queries), all in 1..10^9. Output 'Case #x:' followed by Q lines, YES if the query occurs in "
                + "the collection and NO otherwise.", EditCategory.HASH_LOOKUP);
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        boolean python = language == Language.PYTHON;
        int t = large && !python ? 5 : 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? (python ? 5_000 : 20_000) : 1 + random.nextInt(8);
            int q = large ? (python ? 5_000 : 20_000) : 1 + random.nextInt(8);
            int range = large ? 1_000_000_000 : 12;
            int[] a = new int[n];
            out.append(n).append(' ').append(q).append('\n');
            for (int i = 0; i < n; i++) {
                a[i] = 1 + random.nextInt(range);
                out.append(i == 0 ? "" : " ").append(a[i]);
            }
            out.append('\n');
            appendList(out, q, python, () -> random.nextBoolean() ? a[random.nextInt(n)] : 1 + random.nextInt(range));
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        int q = in.nextInt();
        Set<Integer> set = new HashSet<>();
        for (int i = 0; i < n; i++) {
            set.add(in.nextInt());
        }
        out.append("Case #").append(caseNumber).append(":\n");
        for (int k = 0; k < q; k++) {
            out.append(set.contains(in.nextInt()) ? "YES" : "NO").append('\n');
        }
    }

    private static boolean binary(Program p) {
        return p.style.alternative;
    }

    @Override
    void helpers(Program p) {
        if (!p.style.useHelper) {
            return;
        }
        JavaWriter w = p.w;
        if (!p.fast(EditCategory.HASH_LOOKUP)) {
            w.open("static boolean $contains($E[] $a, $E $x)");
            w.open("for (int $i = 0; $i < $a.length; $i++)");
            w.single("if ($a[$i] == $x)", "return true;");
            w.close();
            w.line("return false;");
        } else if (binary(p)) {
            w.use("java.util.Arrays");
            w.open("static boolean $contains($E[] $sorted, $E $x)");
            w.line("return Arrays.binarySearch($sorted, $x) >= 0;");
        } else {
            w.use("java.util.HashSet");
            w.open("static boolean $contains(HashSet<$BOX> $set, $E $x)");
            w.line("return $set.contains($x);");
        }
        w.close();
        w.blank();
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        boolean fast = p.fast(EditCategory.HASH_LOOKUP);
        w.line("int $n = $RI;");
        w.line("int $q = $RI;");
        w.line("$E[] $a = new $E[$n];");
        w.single("for (int $i = 0; $i < $n; $i++)", "$a[$i] = $RE;");
        if (fast && binary(p)) {
            w.use("java.util.Arrays");
            w.line("$E[] $sorted = $a.clone();");
            w.line("Arrays.sort($sorted);");
        } else if (fast) {
            w.use("java.util.HashSet");
            w.line("HashSet<$BOX> $set = new HashSet<>();");
            w.single("for (int $i = 0; $i < $n; $i++)", "$set.add($a[$i]);");
        }
        p.caseLine(null);
        w.open("for (int $k = 0; $k < $q; $k++)");
        w.line("$E $x = $RE;");
        if (p.style.useHelper) {
            w.line("boolean $found = $contains(" + (!fast ? "$a" : binary(p) ? "$sorted" : "$set") + ", $x);");
        } else if (!fast) {
            w.line("boolean $found = false;");
            w.open("for (int $i = 0; $i < $n; $i++)");
            w.open("if ($a[$i] == $x)");
            w.line("$found = true;");
            w.line("break;");
            w.close();
            w.close();
        } else if (binary(p)) {
            w.line("boolean $found = Arrays.binarySearch($sorted, $x) >= 0;");
        } else {
            w.line("boolean $found = $set.contains($x);");
        }
        p.out("($found ? \"YES\" : \"NO\")");
        w.close();
    }
}
