package org.editvq.judge.gcj;

import org.editvq.judge.CheckResult;
import org.editvq.judge.OutputChecker;

import java.util.SplittableRandom;

/**
 * Senate Evacuation (GCJ 2016 1C-A). N parties (named A, B, ...) with P_i senators; evacuate
 * everyone in steps of one or two senators so that after every step no party holds an absolute
 * majority (more than half) of the senators left. Output {@code Case #x:} and the steps, e.g.
 * {@code AB BA C}. Any valid plan is correct, so a {@linkplain #checker() checker} judges. Input
 * guarantees no absolute majority at the start. Official limits: T &lt;= 50, 2 &lt;= N &lt;= 3 and
 * P_i &lt;= 3 (small), N &lt;= 26, P_i &lt;= 1000 and total &lt;= 1000 (large). Stress: T = 2000 cases,
 * each within the large limits (bigger cases broke programs correct within the limits: arrays
 * sized 1000 or 2002 on a 60-program sample).
 */
final class SenateEvacuation implements GcjProblem.ProblemSpec {
    @Override
    public String generate(long seed, InputScale scale) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int t = switch (scale) {
            case SMALL -> 30;
            case LARGE -> 50;
            case STRESS -> 2000;
        };
        StringBuilder sb = new StringBuilder().append(t).append('\n');
        for (int c = 0; c < t; c++) {
            int n = scale == InputScale.SMALL ? rnd.nextInt(2, 4) : rnd.nextInt(2, 27);
            int maxP = scale == InputScale.SMALL ? 3 : Math.max(1, 1000 / n);
            int[] p;
            do {
                p = new int[n];
                for (int i = 0; i < n; i++) {
                    p[i] = rnd.nextInt(1, maxP + 1);
                }
            } while (hasMajority(p));
            sb.append(n).append('\n');
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : " ").append(p[i]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static boolean hasMajority(int[] p) {
        long total = 0;
        for (int v : p) {
            total += v;
        }
        for (int v : p) {
            if (2L * v > total) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String solve(String input) {
        Tokens in = new Tokens(input);
        int t = in.nextInt();
        StringBuilder out = new StringBuilder();
        for (int c = 1; c <= t; c++) {
            int n = in.nextInt();
            int[] p = new int[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                p[i] = in.nextInt();
                total += p[i];
            }
            out.append("Case #").append(c).append(':');
            while (total > 0) {
                int first = largest(p);
                p[first]--;
                total--;
                StringBuilder step = new StringBuilder().append((char) ('A' + first));
                if (hasMajority(p)) {
                    int second = largest(p);
                    p[second]--;
                    total--;
                    step.append((char) ('A' + second));
                }
                out.append(' ').append(step);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static int largest(int[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public OutputChecker checker() {
        return OutputChecker.named("gcj.SenateEvacuation/1", SenateEvacuation::check);
    }

    /** Accepts any plan that empties the senate without ever leaving an absolute majority. */
    static CheckResult check(String input, String output) {
        return CaseChecks.check(input, output, SenateEvacuation::checkCase);
    }

    private static CheckResult checkCase(int c, Tokens in, Tokens out) {
        int n = in.nextInt();
        int[] p = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            p[i] = in.nextInt();
            total += p[i];
        }
        int steps = 0;
        while (total > 0) {
            if (!out.hasNext()) {
                return CheckResult.reject("case " + c + ": plan ends with " + total + " senators left");
            }
            String step = out.next();
            if (step.isEmpty() || step.length() > 2) {
                return CheckResult.reject("case " + c + ": step '" + step + "' must name 1 or 2 senators");
            }
            for (char ch : step.toCharArray()) {
                int party = ch - 'A';
                if (party < 0 || party >= n || p[party] == 0) {
                    return CheckResult.reject("case " + c + ": step " + (steps + 1) + " '" + step
                            + "' evacuates a senator who is not there");
                }
                p[party]--;
                total--;
            }
            steps++;
            if (hasMajority(p)) {
                return CheckResult.reject("case " + c + ": absolute majority after step " + steps + " '" + step + "'");
            }
        }
        return null;
    }
}
