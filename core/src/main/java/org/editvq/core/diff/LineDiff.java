package org.editvq.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Edit scripts and unified diffs of two sequences of lines (or tokens). The script comes from
 * java-diff-utils' Myers diff (O((n + m)·D) time for D differences; this class used to fill an
 * O(n·m) longest-common-subsequence table); the hunk layout ({@code @@ -l,n +l,n @@}, context
 * lines) is this class's own, unchanged.
 */
public final class LineDiff {
    private LineDiff() {
    }

    /** One edit operation of a diff. */
    public enum Op { KEEP, DELETE, INSERT }

    /** One line of a diff with its operation. */
    public record Line(Op op, String text) {
    }

    /**
     * The full edit script turning {@code a} into {@code b} (keeps, deletions, insertions): a shortest one,
     * by Myers' O((n + m)·D) algorithm in java-diff-utils; within each change the deletions come before
     * the insertions.
     */
    public static List<Line> script(List<String> a, List<String> b) {
        List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(a, b).getDeltas());
        deltas.sort(Comparator.comparingInt(d -> d.getSource().getPosition()));
        List<Line> out = new ArrayList<>(Math.max(a.size(), b.size()));
        int i = 0;
        for (AbstractDelta<String> d : deltas) {
            for (; i < d.getSource().getPosition(); i++) {
                out.add(new Line(Op.KEEP, a.get(i)));
            }
            for (String line : d.getSource().getLines()) {
                out.add(new Line(Op.DELETE, line));
            }
            for (String line : d.getTarget().getLines()) {
                out.add(new Line(Op.INSERT, line));
            }
            i += d.getSource().size();
        }
        for (; i < a.size(); i++) {
            out.add(new Line(Op.KEEP, a.get(i)));
        }
        return out;
    }

    /**
     * A unified diff ({@code @@ -l,n +l,n @@} hunks, lines prefixed by ' ', '-', '+') with
     * {@code context} unchanged lines around each change; empty when the inputs are equal.
     */
    public static String unified(List<String> a, List<String> b, int context) {
        List<Line> script = script(a, b);
        StringBuilder sb = new StringBuilder();
        int k = 0;
        int lineA = 1;
        int lineB = 1;
        while (k < script.size()) {
            if (script.get(k).op() == Op.KEEP) {
                k++;
                lineA++;
                lineB++;
                continue;
            }
            int start = Math.max(0, k - context);
            int end = k;
            int lastChange = k;
            while (end < script.size() && (script.get(end).op() != Op.KEEP || end - lastChange <= 2 * context)) {
                if (script.get(end).op() != Op.KEEP) {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(script.size(), lastChange + context + 1);
            int startA = lineA - (k - start);
            int startB = lineB - (k - start);
            int countA = 0;
            int countB = 0;
            StringBuilder hunk = new StringBuilder();
            for (int h = start; h < end; h++) {
                Line l = script.get(h);
                switch (l.op()) {
                    case KEEP -> {
                        hunk.append(' ').append(l.text()).append('\n');
                        countA++;
                        countB++;
                    }
                    case DELETE -> {
                        hunk.append('-').append(l.text()).append('\n');
                        countA++;
                    }
                    case INSERT -> {
                        hunk.append('+').append(l.text()).append('\n');
                        countB++;
                    }
                }
            }
            sb.append("@@ -").append(startA).append(',').append(countA).append(" +").append(startB).append(',')
                    .append(countB).append(" @@\n").append(hunk);
            for (int h = k; h < end; h++) {
                Op op = script.get(h).op();
                if (op != Op.INSERT) {
                    lineA++;
                }
                if (op != Op.DELETE) {
                    lineB++;
                }
            }
            k = end;
        }
        return sb.toString();
    }
}
