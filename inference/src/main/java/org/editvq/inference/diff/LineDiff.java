package org.editvq.inference.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Unified diffs of two sequences of lines (or tokens) from a longest common subsequence.
 * Quadratic in time and memory: meant for programs of hundreds of lines, not for files of
 * millions.
 *
 * <p>Not java-diff-utils' Myers diff, on purpose: both give a shortest script, but among the
 * shortest ones this table walk keeps the earliest match and groups deletions before the next
 * match, while Myers extends diagonals greedily. On token scripts, which {@code NameRestorer}
 * uses to give kept tokens the input's names, that choice decides names: for
 * {@code acc = acc + xs[i]} → {@code v += v [ v ]} this class keeps {@code acc} and {@code xs}
 * ({@code acc += xs[i]}), Myers keeps both {@code acc}s ({@code acc += acc[i]}); see
 * docs/architecture.md, "Diffs".
 */
public final class LineDiff {
    private LineDiff() {
    }

    /** One edit operation of a diff. */
    public enum Op { KEEP, DELETE, INSERT }

    /** One line of a diff with its operation. */
    public record Line(Op op, String text) {
    }

    /** The full edit script turning {@code a} into {@code b} (keeps, deletions, insertions). */
    public static List<Line> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line(Op.KEEP, a.get(i++)));
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Op.DELETE, a.get(i++)));
            } else {
                out.add(new Line(Op.INSERT, b.get(j++)));
            }
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
