package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Counting pairs with a given sum: all pairs by nested loops (slow) vs a HashMap of counts (fast). */
final class PairSums extends AbstractProblem {
    PairSums() {
        super("pair-sums", "Each case gives N and K, then N integers in 1..10^5. Output 'Case #x: C', the number of "
                + "index pairs i < j with a_i + a_j = K.", EditCategory.HASH_LOOKUP);
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        int t = 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? 20_000 : 1 + random.nextInt(9);
            int values = large ? 100_000 : 8;
            out.append(n).append(' ').append(2 + random.nextInt(2 * values - 1)).append('\n');
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ").append(1 + random.nextInt(values));
            }
            out.append('\n');
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        int k = in.nextInt();
        Map<Integer, Long> count = new HashMap<>();
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            int v = in.nextInt();
            pairs += count.getOrDefault(k - v, 0L);
            count.merge(v, 1L, Long::sum);
        }
        out.append("Case #").append(caseNumber).append(": ").append(pairs).append('\n');
    }

    private static void countCode(Program p, String n) {
        JavaWriter w = p.w;
        if (p.fast(EditCategory.HASH_LOOKUP)) {
            w.use("java.util.HashMap");
            w.line("HashMap<$BOX, Integer> $seen = new HashMap<>();");
            w.line("long $cnt = 0;");
            w.open("for (int $i = 0; $i < " + n + "; $i++)");
            if (p.style.alternative) {
                w.single("if ($seen.containsKey($K - $a[$i]))", "$cnt += $seen.get($K - $a[$i]);");
                w.line("$seen.put($a[$i], $seen.getOrDefault($a[$i], 0) + 1);");
            } else {
                w.line("$cnt += $seen.getOrDefault($K - $a[$i], 0);");
                w.line("$seen.merge($a[$i], 1, Integer::sum);");
            }
            w.close();
        } else {
            w.line("long $cnt = 0;");
            w.open("for (int $i = 0; $i < " + n + "; $i++)");
            w.open("for (int $j = $i + 1; $j < " + n + "; $j++)");
            w.single("if ($a[$i] + $a[$j] == $K)", "$cnt++;");
            w.close();
            w.close();
        }
    }

    @Override
    void helpers(Program p) {
        if (!p.style.useHelper) {
            return;
        }
        p.w.open("static long $countPairs($E[] $a, $E $K)");
        countCode(p, "$a.length");
        p.w.line("return $cnt;");
        p.w.close();
        p.w.blank();
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        w.line("int $n = $RI;");
        w.line("$E $K = $RE;");
        w.line("$E[] $a = new $E[$n];");
        w.single("for (int $i = 0; $i < $n; $i++)", "$a[$i] = $RE;");
        if (p.style.useHelper) {
            w.line("long $cnt = $countPairs($a, $K);");
        } else {
            countCode(p, "$n");
        }
        p.caseLine("$cnt");
    }
}
