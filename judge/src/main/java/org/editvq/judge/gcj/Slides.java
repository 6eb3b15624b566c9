package org.editvq.judge.gcj;

import org.editvq.judge.CheckResult;
import org.editvq.judge.OutputChecker;

import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * Slides! (GCJ 2016 1C-B). Build one-way slides between B buildings (no slide from a building to
 * itself) so that there are exactly M ways to slide from building 1 to building B (finitely
 * many); output {@code Case #x: IMPOSSIBLE}, or {@code Case #x: POSSIBLE} and the B x B 0/1
 * matrix (row i, column j = 1 for a slide from i to j). Possible exactly when M &lt;= 2^(B-2).
 * Any valid matrix is correct, so a {@linkplain #checker() checker} judges. Official limits:
 * T &lt;= 100, B &lt;= 6 and M &lt;= 20 (small), B &lt;= 50 and M &lt;= 10^18 (large). Stress: T = 2000 at
 * the large limits (each case is cheap for a correct solution; only many cases make it measurable).
 */
final class Slides implements GcjProblem.ProblemSpec {
    @Override
    public String generate(long seed, InputScale scale) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int t = switch (scale) {
            case SMALL -> 40;
            case LARGE -> 100;
            case STRESS -> 2000;
        };
        StringBuilder sb = new StringBuilder().append(t).append('\n');
        for (int c = 0; c < t; c++) {
            int b = scale == InputScale.SMALL ? rnd.nextInt(2, 7) : rnd.nextInt(2, 51);
            long m;
            if (scale == InputScale.SMALL) {
                m = rnd.nextLong(1, 21);
            } else {
                long cap = b - 2 >= 60 ? 1_000_000_000_000_000_000L : Math.min(1_000_000_000_000_000_000L, 1L << (b - 2));
                long upper = rnd.nextInt(4) == 0 ? 1_000_000_000_000_000_000L : cap; // a quarter likely impossible
                m = rnd.nextLong(1, upper + 1);
            }
            sb.append(b).append(' ').append(m).append('\n');
        }
        return sb.toString();
    }

    static boolean possible(int b, long m) {
        return b - 2 >= 63 || m <= (1L << (b - 2));
    }

    @Override
    public String solve(String input) {
        Tokens in = new Tokens(input);
        int t = in.nextInt();
        StringBuilder out = new StringBuilder();
        for (int c = 1; c <= t; c++) {
            int b = in.nextInt();
            long m = in.nextLong();
            out.append("Case #").append(c).append(": ");
            if (!possible(b, m)) {
                out.append("IMPOSSIBLE\n");
                continue;
            }
            out.append("POSSIBLE\n");
            boolean[][] slide = new boolean[b][b];
            for (int i = 1; i < b - 1; i++) {
                for (int j = i + 1; j < b; j++) {
                    slide[i][j] = true; // buildings 2..B form a complete forward DAG
                }
            }
            if (m == (1L << (b - 2))) {
                for (int j = 1; j < b; j++) {
                    slide[0][j] = true;
                }
            } else {
                // building k (0-based, 1 <= k <= b-2) has 2^(b-2-k) ways to the last building
                for (int k = 1; k <= b - 2; k++) {
                    if ((m >> (b - 2 - k) & 1) == 1) {
                        slide[0][k] = true;
                    }
                }
            }
            for (boolean[] row : slide) {
                for (boolean s : row) {
                    out.append(s ? '1' : '0');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public OutputChecker checker() {
        return OutputChecker.named("gcj.Slides/1", Slides::check);
    }

    /** Accepts IMPOSSIBLE exactly when M &gt; 2^(B-2), and otherwise any matrix with exactly M finite ways. */
    static CheckResult check(String input, String output) {
        return CaseChecks.check(input, output, Slides::checkCase);
    }

    private static CheckResult checkCase(int c, Tokens in, Tokens out) {
        int b = in.nextInt();
        long m = in.nextLong();
        String verdict = out.next();
        boolean possible = possible(b, m);
        if (verdict.equals("IMPOSSIBLE")) {
            if (possible) {
                return CheckResult.reject("case " + c + ": IMPOSSIBLE but " + m + " ways fit " + b + " buildings");
            }
            return null;
        }
        if (!verdict.equals("POSSIBLE")) {
            return CheckResult.reject("case " + c + ": expected POSSIBLE or IMPOSSIBLE, got '" + verdict + "'");
        }
        if (!possible) {
            return CheckResult.reject("case " + c + ": POSSIBLE but " + m + " ways cannot fit " + b + " buildings");
        }
        boolean[][] slide = new boolean[b][b];
        for (int i = 0; i < b; i++) {
            String row = out.next();
            if (row.length() != b || !row.matches("[01]+")) {
                return CheckResult.reject("case " + c + ": row " + (i + 1) + " '" + row + "' is not " + b + " digits 0/1");
            }
            for (int j = 0; j < b; j++) {
                slide[i][j] = row.charAt(j) == '1';
            }
            if (slide[i][i]) {
                return CheckResult.reject("case " + c + ": building " + (i + 1) + " slides to itself");
            }
        }
        BigInteger ways = countWays(slide);
        if (ways == null) {
            return CheckResult.reject("case " + c + ": a cycle on a way from 1 to " + b + " gives infinitely many ways");
        }
        if (!ways.equals(BigInteger.valueOf(m))) {
            return CheckResult.reject("case " + c + ": " + ways + " ways, expected " + m);
        }
        return null;
    }

    /** Ways from building 0 to the last, or null when a cycle lies on such a way (infinitely many). */
    static BigInteger countWays(boolean[][] slide) {
        int b = slide.length;
        BigInteger[] memo = new BigInteger[b];
        int[] state = new int[b]; // 0 new, 1 on stack, 2 done
        boolean[] reachesEnd = new boolean[b];
        // nodes that can reach the last building
        reachesEnd[b - 1] = true;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < b; i++) {
                if (!reachesEnd[i]) {
                    for (int j = 0; j < b; j++) {
                        if (slide[i][j] && reachesEnd[j]) {
                            reachesEnd[i] = true;
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
        if (onCycle(b - 1, slide)) {
            return null; // every arrival at the last building could go round again
        }
        return ways(0, slide, memo, state, reachesEnd);
    }

    private static boolean onCycle(int start, boolean[][] slide) {
        int b = slide.length;
        boolean[] seen = new boolean[b];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int j = 0; j < b; j++) {
                if (slide[v][j]) {
                    if (j == start) {
                        return true;
                    }
                    if (!seen[j]) {
                        seen[j] = true;
                        queue.add(j);
                    }
                }
            }
        }
        return false;
    }

    private static BigInteger ways(int v, boolean[][] slide, BigInteger[] memo, int[] state, boolean[] reachesEnd) {
        int b = slide.length;
        if (v == b - 1) {
            return BigInteger.ONE; // sliding on from the last building never comes back to count again
        }
        if (state[v] == 2) {
            return memo[v];
        }
        if (state[v] == 1) {
            return null;
        }
        state[v] = 1;
        BigInteger total = BigInteger.ZERO;
        for (int j = 0; j < b; j++) {
            if (slide[v][j] && reachesEnd[j]) {
                BigInteger w = ways(j, slide, memo, state, reachesEnd);
                if (w == null) {
                    return null;
                }
                total = total.add(w);
            }
        }
        state[v] = 2;
        memo[v] = total;
        return total;
    }
}
