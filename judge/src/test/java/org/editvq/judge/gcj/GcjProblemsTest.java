package org.editvq.judge.gcj;

import org.editvq.judge.CheckResult;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reference solvers and checkers against brute force on small generated inputs. */
class GcjProblemsTest {
    private static final long SEED = 20240601L;

    @Test
    void generatorsAreDeterministicInTheirSeed() {
        for (GcjProblem p : GcjProblem.values()) {
            assertEquals(p.generate(7, InputScale.LARGE), p.generate(7, InputScale.LARGE), p.name());
            assertNotEquals(p.generate(7, InputScale.LARGE), p.generate(8, InputScale.LARGE), p.name());
        }
        assertEquals(GcjProblem.SLIDES, GcjProblem.forFolder("9").orElseThrow());
        assertTrue(GcjProblem.forFolder("3").isEmpty());
    }

    @Test
    void mushroomMonsterMatchesBruteForceRateSearch() {
        String input = GcjProblem.MUSHROOM_MONSTER.generate(SEED, InputScale.SMALL);
        Tokens in = new Tokens(input);
        int t = in.nextInt();
        StringBuilder brute = new StringBuilder();
        for (int c = 1; c <= t; c++) {
            int n = in.nextInt();
            int[] m = new int[n];
            for (int i = 0; i < n; i++) {
                m[i] = in.nextInt();
            }
            long y = 0;
            for (int i = 0; i + 1 < n; i++) {
                y += Math.max(0, m[i] - m[i + 1]); // she must have eaten at least every observed drop
            }
            long z = -1;
            for (int rate = 0; z < 0; rate++) { // smallest constant rate that explains every observation
                boolean feasible = true;
                long eaten = 0;
                for (int i = 0; i + 1 < n; i++) {
                    int left = m[i] - Math.min(m[i], rate);
                    feasible &= left <= m[i + 1];
                    eaten += Math.min(m[i], rate);
                }
                if (feasible) {
                    z = eaten;
                }
            }
            brute.append("Case #").append(c).append(": ").append(y).append(' ').append(z).append('\n');
        }
        assertEquals(brute.toString(), GcjProblem.MUSHROOM_MONSTER.solve(input));
    }

    @Test
    void counterCultureMatchesBreadthFirstSearch() {
        int limit = 1_000_000;
        int[] dist = new int[limit + 1];
        Arrays.fill(dist, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        dist[1] = 1;
        queue.add(1);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            int[] next = {v + 1, Integer.parseInt(new StringBuilder(Integer.toString(v)).reverse().toString())};
            for (int w : next) {
                if (w <= limit && dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue.add(w);
                }
            }
        }
        for (int n = 1; n <= 200_000; n++) {
            assertEquals(dist[n], CounterCulture.said(n), "N = " + n);
        }
        String input = GcjProblem.COUNTER_CULTURE.generate(SEED, InputScale.SMALL);
        Tokens in = new Tokens(input);
        int t = in.nextInt();
        StringBuilder brute = new StringBuilder();
        for (int c = 1; c <= t; c++) {
            brute.append("Case #").append(c).append(": ").append(dist[in.nextInt()]).append('\n');
        }
        assertEquals(brute.toString(), GcjProblem.COUNTER_CULTURE.solve(input));
    }

    @Test
    void rankAndFileMatchesGridReconstruction() {
        String input = GcjProblem.RANK_AND_FILE.generate(SEED, InputScale.SMALL);
        Tokens in = new Tokens(input);
        int t = in.nextInt();
        StringBuilder brute = new StringBuilder();
        for (int c = 1; c <= t; c++) {
            int n = in.nextInt();
            List<int[]> lists = new ArrayList<>();
            for (int k = 0; k < 2 * n - 1; k++) {
                int[] list = new int[n];
                for (int j = 0; j < n; j++) {
                    list[j] = in.nextInt();
                }
                lists.add(list);
            }
            Set<String> answers = new TreeSet<>();
            reconstruct(n, lists, new int[2 * n - 1], new boolean[2 * n - 1], 0, answers);
            assertEquals(1, answers.size(), "case " + c + " has one missing list: " + answers);
            brute.append("Case #").append(c).append(':').append(answers.iterator().next()).append('\n');
        }
        assertEquals(brute.toString(), GcjProblem.RANK_AND_FILE.solve(input));
    }

    /** Tries every placement of the lists into 2n slots (rows 0..n-1, columns n..2n-1) minus one. */
    private static void reconstruct(int n, List<int[]> lists, int[] slotOf, boolean[] used, int k, Set<String> answers) {
        if (k == lists.size()) {
            boolean[] taken = new boolean[2 * n];
            for (int s : slotOf) {
                taken[s] = true;
            }
            int missing = 0;
            while (taken[missing]) {
                missing++;
            }
            int[][] g = new int[n][n];
            for (int[] row : g) {
                Arrays.fill(row, -1);
            }
            for (int i = 0; i < lists.size(); i++) {
                for (int j = 0; j < n; j++) {
                    int r = slotOf[i] < n ? slotOf[i] : j;
                    int col = slotOf[i] < n ? j : slotOf[i] - n;
                    if (g[r][col] >= 0 && g[r][col] != lists.get(i)[j]) {
                        return;
                    }
                    g[r][col] = lists.get(i)[j];
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < n; j++) {
                sb.append(' ').append(missing < n ? g[missing][j] : g[j][missing - n]);
            }
            answers.add(sb.toString());
            return;
        }
        Set<Integer> usedSlots = new HashSet<>();
        for (int i = 0; i < k; i++) {
            usedSlots.add(slotOf[i]);
        }
        for (int s = 0; s < 2 * n; s++) {
            if (!usedSlots.contains(s)) {
                slotOf[k] = s;
                reconstruct(n, lists, slotOf, used, k + 1, answers);
            }
        }
    }

    @Test
    void senateReferencePlansPassTheCheckerAtEveryScale() {
        for (InputScale scale : InputScale.values()) {
            String input = GcjProblem.SENATE_EVACUATION.generate(SEED, scale);
            CheckResult r = GcjProblem.SENATE_EVACUATION.checker().orElseThrow()
                    .check(input, GcjProblem.SENATE_EVACUATION.solve(input));
            assertTrue(r.accepted(), scale + ": " + r.reason());
        }
    }

    @Test
    void senateCheckerAgreesWithExhaustiveSearchOnTinyCases() {
        // every plan of every tiny senate, judged by the checker and by direct simulation
        int[][] senates = {{1, 1}, {2, 2}, {1, 1, 1}, {2, 1, 1}, {2, 2, 1}};
        for (int[] p : senates) {
            String input = "1\n" + p.length + "\n" + String.join(" ", Arrays.stream(p).mapToObj(Integer::toString).toList()) + "\n";
            List<String> plans = new ArrayList<>();
            enumeratePlans(p.clone(), "", plans);
            int valid = 0;
            for (String plan : plans) {
                boolean ok = SenateEvacuation.check(input, "Case #1:" + plan).accepted();
                assertEquals(simulate(p.clone(), plan), ok, Arrays.toString(p) + " plan" + plan);
                valid += ok ? 1 : 0;
            }
            assertTrue(valid > 0, "some plan is valid for " + Arrays.toString(p));
        }
        assertFalse(SenateEvacuation.check("1\n2\n1 1\n", "Case #1: A").accepted(), "incomplete plan");
        assertFalse(SenateEvacuation.check("1\n2\n1 1\n", "Case #1: C AB").accepted(), "unknown party");
        assertFalse(SenateEvacuation.check("1\n3\n2 1 1\n", "Case #1: B C AA").accepted(), "majority left");
    }

    /** All step sequences (steps of 1 or 2 present senators) that empty the senate, ignoring majorities. */
    private static void enumeratePlans(int[] p, String prefix, List<String> plans) {
        if (Arrays.stream(p).sum() == 0) {
            plans.add(prefix);
            return;
        }
        for (int a = 0; a < p.length; a++) {
            if (p[a] == 0) {
                continue;
            }
            p[a]--;
            enumeratePlans(p, prefix + " " + (char) ('A' + a), plans);
            for (int b = a; b < p.length; b++) {
                if (p[b] > 0) {
                    p[b]--;
                    enumeratePlans(p, prefix + " " + (char) ('A' + a) + (char) ('A' + b), plans);
                    p[b]++;
                }
            }
            p[a]++;
        }
    }

    private static boolean simulate(int[] p, String plan) {
        for (String step : plan.trim().split(" ")) {
            for (char ch : step.toCharArray()) {
                p[ch - 'A']--;
            }
            int total = Arrays.stream(p).sum();
            for (int v : p) {
                if (2 * v > total) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void slidesFeasibilityMatchesExhaustiveEnumerationOfSmallTowns() {
        for (int b = 2; b <= 4; b++) {
            Set<BigInteger> achievable = new HashSet<>();
            int cells = b * b;
            for (int mask = 0; mask < (1 << cells); mask++) {
                boolean[][] slide = new boolean[b][b];
                boolean selfLoop = false;
                for (int k = 0; k < cells; k++) {
                    slide[k / b][k % b] = (mask >> k & 1) == 1;
                    selfLoop |= k / b == k % b && slide[k / b][k % b];
                }
                if (!selfLoop) {
                    BigInteger ways = Slides.countWays(slide);
                    if (ways != null) {
                        achievable.add(ways);
                    }
                }
            }
            for (long m = 1; m <= 20; m++) {
                assertEquals(achievable.contains(BigInteger.valueOf(m)), Slides.possible(b, m), "B=" + b + " M=" + m);
            }
        }
    }

    @Test
    void slidesReferenceMatricesPassTheCheckerAndBadOnesFail() {
        for (InputScale scale : InputScale.values()) {
            String input = GcjProblem.SLIDES.generate(SEED, scale);
            CheckResult r = Slides.check(input, GcjProblem.SLIDES.solve(input));
            assertTrue(r.accepted(), scale + ": " + r.reason());
        }
        assertTrue(Slides.check("1\n3 2\n", "Case #1: POSSIBLE\n011\n001\n000\n").accepted(), "two ways");
        assertFalse(Slides.check("1\n3 2\n", "Case #1: POSSIBLE\n001\n001\n000\n").accepted(), "one way, not two");
        assertFalse(Slides.check("1\n3 1\n", "Case #1: POSSIBLE\n011\n101\n000\n").accepted(), "cycle");
        assertFalse(Slides.check("1\n3 3\n", "Case #1: POSSIBLE\n011\n001\n000\n").accepted(), "3 > 2^(3-2)");
        assertTrue(Slides.check("1\n3 3\n", "Case #1: IMPOSSIBLE\n").accepted());
        assertFalse(Slides.check("1\n3 2\n", "Case #1: IMPOSSIBLE\n").accepted());
    }

    @Test
    void stressInputsExceedTheOfficialLargeLimits() {
        Tokens in = new Tokens(GcjProblem.MUSHROOM_MONSTER.generate(SEED, InputScale.STRESS));
        int t = in.nextInt();
        int smallest = Integer.MAX_VALUE;
        for (int c = 0; c < t; c++) {
            int n = in.nextInt();
            smallest = Math.min(smallest, n);
            for (int i = 0; i < n; i++) {
                in.next();
            }
        }
        assertTrue(smallest >= 10_000, "smallest N " + smallest);
    }
}
