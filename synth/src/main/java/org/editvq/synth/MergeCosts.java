package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

/** Repeatedly merging the two smallest piles: rescanning a list for the minimum (slow) vs a PriorityQueue (fast). */
final class MergeCosts extends AbstractProblem {
    MergeCosts() {
        super("merge-costs", "Each case gives N and a line of N pile sizes in 1..10^6. Repeatedly merge the two "
                + "smallest piles into one; a merge costs the size of the new pile. Output 'Case #x: C', the total "
                + "cost until one pile remains.", EditCategory.PRIORITY_QUEUE);
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        int t = 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? 16_000 : 1 + random.nextInt(8);
            out.append(n).append('\n');
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ").append(1 + random.nextInt(large ? 1_000_000 : 30));
            }
            out.append('\n');
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        PriorityQueue<Long> pq = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            pq.add(in.nextLong());
        }
        long cost = 0;
        while (pq.size() > 1) {
            long merged = pq.poll() + pq.poll();
            cost += merged;
            pq.add(merged);
        }
        out.append("Case #").append(caseNumber).append(": ").append(cost).append('\n');
    }

    @Override
    boolean longElementsAllowed() {
        return false;
    }

    private static void minScan(JavaWriter w, boolean declare) {
        w.line((declare ? "int " : "") + "$mi = 0;");
        w.single("for (int $i = 1; $i < $list.size(); $i++)", "if ($list.get($i) < $list.get($mi)) $mi = $i;");
    }

    @Override
    void helpers(Program p) {
        if (!p.style.useHelper) {
            return;
        }
        JavaWriter w = p.w;
        if (p.fast(EditCategory.PRIORITY_QUEUE)) {
            w.use("java.util.PriorityQueue");
            w.open("static long $merge(PriorityQueue<Long> $pq)");
            w.line("long $cost = 0;");
            w.open("while ($pq.size() > 1)");
            w.line("long $m1 = $pq.poll();");
            w.line("long $m2 = $pq.poll();");
            w.line("$cost += $m1 + $m2;");
            w.line("$pq.add($m1 + $m2);");
            w.close();
            w.line("return $cost;");
        } else {
            w.use("java.util.ArrayList");
            w.open("static int $minIndex(ArrayList<Long> $list)");
            minScan(w, true);
            w.line("return $mi;");
        }
        w.close();
        w.blank();
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        boolean fast = p.fast(EditCategory.PRIORITY_QUEUE);
        w.line("int $n = $RI;");
        if (fast) {
            w.use("java.util.PriorityQueue");
            w.line("PriorityQueue<Long> $pq = new PriorityQueue<>();");
            w.single("for (int $i = 0; $i < $n; $i++)", "$pq.add((long) $RI);");
            if (p.style.useHelper) {
                w.line("long $cost = $merge($pq);");
            } else {
                w.line("long $cost = 0;");
                w.open("while ($pq.size() > 1)");
                w.line("long $m1 = $pq.poll();");
                w.line("long $m2 = $pq.poll();");
                w.line("$cost += $m1 + $m2;");
                w.line("$pq.add($m1 + $m2);");
                w.close();
            }
        } else {
            w.use("java.util.ArrayList");
            w.line("ArrayList<Long> $list = new ArrayList<>();");
            w.single("for (int $i = 0; $i < $n; $i++)", "$list.add((long) $RI);");
            w.line("long $cost = 0;");
            w.open("while ($list.size() > 1)");
            if (p.style.useHelper) {
                w.line("long $m1 = $list.remove($minIndex($list));");
                w.line("long $m2 = $list.remove($minIndex($list));");
            } else {
                minScan(w, true);
                w.line("long $m1 = $list.remove($mi);");
                minScan(w, false);
                w.line("long $m2 = $list.remove($mi);");
            }
            w.line("$cost += $m1 + $m2;");
            w.line("$list.add($m1 + $m2);");
            w.close();
        }
        p.caseLine("$cost");
    }
}
