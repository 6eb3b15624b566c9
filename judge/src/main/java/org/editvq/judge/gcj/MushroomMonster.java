package org.editvq.judge.gcj;

import org.editvq.judge.OutputChecker;

import java.util.SplittableRandom;

/**
 * Mushroom Monster (GCJ 2015 1A-A). Input: T; per case N, then N plate counts m_i
 * (0 &lt;= m_i &lt;= 10^4). Output {@code Case #x: y z}: y = total eaten if she may eat any amount
 * (sum of drops), z = total eaten at the constant rate r = largest drop per interval
 * (sum over the first N-1 intervals of min(m_i, r)). Official limits: T &lt;= 100, N &lt;= 10 (small),
 * N &lt;= 1000 (large). Stress: T = 100, N from 10^4 to 5*10^4 (sums stay below 2^31).
 */
final class MushroomMonster implements GcjProblem.ProblemSpec {
    @Override
    public String generate(long seed, InputScale scale) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int t = scale == InputScale.SMALL ? 20 : 100;
        StringBuilder sb = new StringBuilder().append(t).append('\n');
        for (int c = 0; c < t; c++) {
            int n = switch (scale) {
                case SMALL -> rnd.nextInt(2, 11);
                case LARGE -> rnd.nextInt(2, 1001);
                case STRESS -> rnd.nextInt(10_000, 50_001);
            };
            int maxValue = scale == InputScale.SMALL ? rnd.nextInt(1, 30) : 10_000;
            sb.append(n).append('\n');
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : " ").append(rnd.nextInt(maxValue + 1));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public String solve(String input) {
        Tokens in = new Tokens(input);
        int t = in.nextInt();
        StringBuilder out = new StringBuilder();
        for (int c = 1; c <= t; c++) {
            int n = in.nextInt();
            long[] m = new long[n];
            for (int i = 0; i < n; i++) {
                m[i] = in.nextLong();
            }
            long y = 0;
            long rate = 0;
            for (int i = 0; i + 1 < n; i++) {
                long drop = m[i] - m[i + 1];
                if (drop > 0) {
                    y += drop;
                    rate = Math.max(rate, drop);
                }
            }
            long z = 0;
            for (int i = 0; i + 1 < n; i++) {
                z += Math.min(m[i], rate);
            }
            out.append("Case #").append(c).append(": ").append(y).append(' ').append(z).append('\n');
        }
        return out.toString();
    }

    @Override
    public OutputChecker checker() {
        return null;
    }
}
