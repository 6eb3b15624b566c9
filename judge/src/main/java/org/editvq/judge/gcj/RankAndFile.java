package org.editvq.judge.gcj;

import org.editvq.judge.OutputChecker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rank and File (GCJ 2016 1A-B). An N x N grid of heights strictly increasing along every row
 * (left to right) and column (top to bottom); input gives 2N-1 of its 2N rows and columns in any
 * order; output {@code Case #x:} and the missing one (N heights, increasing). Heights are
 * 1..2500. Official limits: T &lt;= 50, N &lt;= 10 (small), N &lt;= 50 (large). Stress: T = 500 cases,
 * N from 30 to 50 (per case within the large limits: programs size arrays by the limits).
 */
final class RankAndFile implements GcjProblem.ProblemSpec {
    @Override
    public String generate(long seed, InputScale scale) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int t = switch (scale) {
            case SMALL -> 20;
            case LARGE -> 50;
            case STRESS -> 500;
        };
        StringBuilder sb = new StringBuilder().append(t).append('\n');
        for (int c = 0; c < t; c++) {
            int n = switch (scale) {
                case SMALL -> rnd.nextInt(1, 4);
                case LARGE -> rnd.nextInt(1, 51);
                case STRESS -> rnd.nextInt(30, 51);
            };
            int maxStep = Math.max(1, (2500 - 1) / (2 * n - 1));
            int[][] g = new int[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int before = Math.max(i > 0 ? g[i - 1][j] : 0, j > 0 ? g[i][j - 1] : 0);
                    g[i][j] = before + rnd.nextInt(1, maxStep + 1);
                }
            }
            List<int[]> lists = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lists.add(g[i].clone());
                int[] col = new int[n];
                for (int j = 0; j < n; j++) {
                    col[j] = g[j][i];
                }
                lists.add(col);
            }
            lists.remove(rnd.nextInt(lists.size()));
            shuffle(lists, rnd);
            sb.append(n).append('\n');
            for (int[] list : lists) {
                for (int j = 0; j < n; j++) {
                    sb.append(j == 0 ? "" : " ").append(list[j]);
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static void shuffle(List<int[]> lists, SplittableRandom rnd) {
        for (int i = lists.size() - 1; i > 0; i--) {
            Collections.swap(lists, i, rnd.nextInt(i + 1));
        }
    }

    @Override
    public String solve(String input) {
        Tokens in = new Tokens(input);
        int t = in.nextInt();
        StringBuilder out = new StringBuilder();
        for (int c = 1; c <= t; c++) {
            int n = in.nextInt();
            int[] count = new int[2501];
            for (int k = 0; k < (2 * n - 1) * n; k++) {
                count[in.nextInt()]++;
            }
            out.append("Case #").append(c).append(':');
            for (int h = 1; h <= 2500; h++) {
                if (count[h] % 2 == 1) {
                    out.append(' ').append(h);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Override
    public OutputChecker checker() {
        return null;
    }
}
