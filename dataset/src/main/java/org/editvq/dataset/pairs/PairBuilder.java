package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.editvq.core.rouge.RougeN;
import org.editvq.core.rouge.RougeScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every (slow x, fast y) pair within each problem with ROUGE-N F(x, y) &gt;= minRouge and
 * runtime(x) / runtime(y) &gt;= minSpeedup — exactly the pairs brute force over all program pairs
 * would find, without scoring all of them.
 *
 * <h2>How</h2>
 * ROUGE-N's F-measure is {@code 2 o / (|A| + |B|)} where A, B are the n-gram multisets and o their
 * multiset overlap. A multiset becomes a set of elements (n-gram, occurrence number k), so o is a set
 * intersection size and the set-similarity-join filters apply exactly:
 * <ol>
 *   <li><b>length filter</b>: o &lt;= min(|A|,|B|), so F &gt;= t needs |B| &gt;= |A| t / (2 - t);</li>
 *   <li><b>prefix filter</b>: elements are ordered globally rarest first; a pair reaching overlap
 *       alpha must share an element in the first |A| - alpha + 1 elements of both sides, with
 *       alpha bounded below by the smallest overlap any length-compatible partner needs;</li>
 *   <li><b>positional filter</b> (PPJoin): at a shared prefix element at positions i, j the overlap
 *       can be at most (matches so far) + 1 + min(|A| - i - 1, |B| - j - 1).</li>
 * </ol>
 * Survivors are scored exactly by merging sorted n-gram counts, with the same arithmetic as
 * {@link RougeN} ({@link RougeScore#fmeasure}). The filters use the threshold lowered by a relative
 * 1e-9 so floating-point rounding can never make them drop a pair the exact gate would keep.
 *
 * <p>Programs without runtime (NaN), with runtime not finite or &lt;= 0, or shorter than N tokens
 * are ignored and counted in {@link PairBuildStats}. Single-threaded; instances are immutable.
 */
public final class PairBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(PairBuilder.class);

    private final RougeN rouge;
    private final double minRouge;
    private final double minSpeedup;
    private final double looseRouge;

    /** A builder with the given ROUGE order, ROUGE gate in (0, 1] and speedup threshold &gt;= 1. */
    public PairBuilder(int rougeN, double minRouge, double minSpeedup) {
        // Reuse PairConfig's checks.
        new PairConfig(rougeN, minRouge, minSpeedup, 0, 0, 0, 0);
        this.rouge = new RougeN(rougeN);
        this.minRouge = minRouge;
        this.minSpeedup = minSpeedup;
        this.looseRouge = minRouge * (1 - 1e-9);
    }

    /** A builder with the configuration's gate and threshold. */
    public static PairBuilder from(PairConfig config) {
        return new PairBuilder(config.rougeN(), config.minRouge(), config.minSpeedup());
    }

    /** Whether a program takes part in pairing: finite runtime &gt; 0 and at least one n-gram. */
    public boolean eligible(CanonicalProgram p) {
        return hasValidRuntime(p) && rouge.ngramCount(p.length()) > 0;
    }

    static boolean hasValidRuntime(CanonicalProgram p) {
        double r = p.runtimeMs();
        return r > 0 && !Double.isInfinite(r);
    }

    /**
     * All pairs of the programs.
     *
     * @throws IllegalArgumentException if a (problem, submission) id occurs twice (naming it)
     */
    public PairBuildResult build(List<CanonicalProgram> programs) {
        Set<String> seen = new HashSet<>();
        Map<String, List<Integer>> byProblem = new LinkedHashMap<>();
        int withoutRuntime = 0;
        int invalidRuntime = 0;
        int shorter = 0;
        for (int i = 0; i < programs.size(); i++) {
            CanonicalProgram p = programs.get(i);
            if (!seen.add(p.problemId() + "\u0000" + p.submissionId())) {
                throw new IllegalArgumentException("program #" + i + ": duplicate submission '" + p.submissionId()
                        + "' in problem '" + p.problemId() + "'");
            }
            if (Double.isNaN(p.runtimeMs())) {
                withoutRuntime++;
            } else if (!hasValidRuntime(p)) {
                invalidRuntime++;
            } else if (rouge.ngramCount(p.length()) == 0) {
                shorter++;
            } else {
                byProblem.computeIfAbsent(p.problemId(), k -> new ArrayList<>()).add(i);
            }
        }
        List<ProgramPair> pairs = new ArrayList<>();
        long brute = 0;
        long[] counters = new long[2]; // candidates, similar
        for (Map.Entry<String, List<Integer>> e : byProblem.entrySet()) {
            List<Integer> members = e.getValue();
            brute += (long) members.size() * (members.size() - 1) / 2;
            int before = pairs.size();
            buildProblem(programs, members, pairs, counters);
            LOG.debug("problem {}: {} programs, {} pairs", e.getKey(), members.size(), pairs.size() - before);
        }
        PairBuildStats stats = new PairBuildStats(programs.size(), withoutRuntime, invalidRuntime, shorter,
                byProblem.size(), brute, counters[0], counters[1], pairs.size());
        LOG.info("pairs: {} programs in {} problems, {} candidates of {} comparisons, {} similar, {} pairs",
                programs.size(), byProblem.size(), counters[0], brute, counters[1], pairs.size());
        return new PairBuildResult(pairs, stats);
    }

    private void buildProblem(List<CanonicalProgram> programs, List<Integer> members, List<ProgramPair> out,
                              long[] counters) {
        int m = members.size();
        int n = rouge.n();
        // 1. tokens -> ints, n-grams -> ints.
        Map<String, Integer> tokenIds = new HashMap<>();
        Map<Window, Integer> gramIds = new HashMap<>();
        int[][] distinct = new int[m][];
        int[][] counts = new int[m][];
        int[] sizes = new int[m];
        for (int q = 0; q < m; q++) {
            List<String> tokens = programs.get(members.get(q)).tokens();
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = tokenIds.computeIfAbsent(tokens.get(i), k -> tokenIds.size());
            }
            int grams = ids.length - n + 1;
            int[] g = new int[grams];
            for (int i = 0; i < grams; i++) {
                g[i] = gramIds.computeIfAbsent(new Window(ids, i, n), k -> gramIds.size());
            }
            Arrays.sort(g);
            sizes[q] = grams;
            int d = 0;
            int[] dIds = new int[grams];
            int[] dCnt = new int[grams];
            for (int i = 0; i < grams; i++) {
                if (d > 0 && dIds[d - 1] == g[i]) {
                    dCnt[d - 1]++;
                } else {
                    dIds[d] = g[i];
                    dCnt[d++] = 1;
                }
            }
            distinct[q] = Arrays.copyOf(dIds, d);
            counts[q] = Arrays.copyOf(dCnt, d);
        }
        // 2. elements (gram, k): start offsets and document frequencies.
        int grams = gramIds.size();
        int[] maxCount = new int[grams];
        for (int q = 0; q < m; q++) {
            for (int i = 0; i < distinct[q].length; i++) {
                maxCount[distinct[q][i]] = Math.max(maxCount[distinct[q][i]], counts[q][i]);
            }
        }
        int[] elemStart = new int[grams + 1];
        for (int g = 0; g < grams; g++) {
            elemStart[g + 1] = elemStart[g] + maxCount[g];
        }
        int elements = elemStart[grams];
        int[] freq = new int[elements];
        for (int q = 0; q < m; q++) {
            for (int i = 0; i < distinct[q].length; i++) {
                int s = elemStart[distinct[q][i]];
                for (int k = 0; k < counts[q][i]; k++) {
                    freq[s + k]++;
                }
            }
        }
        // 3. global order: rarest first, ties by element index.
        long[] keys = new long[elements];
        for (int e = 0; e < elements; e++) {
            keys[e] = ((long) freq[e] << 32) | e;
        }
        Arrays.sort(keys);
        int[] rankOf = new int[elements];
        for (int r = 0; r < elements; r++) {
            rankOf[(int) keys[r]] = r;
        }
        int[][] ranks = new int[m][];
        for (int q = 0; q < m; q++) {
            int[] rs = new int[sizes[q]];
            int w = 0;
            for (int i = 0; i < distinct[q].length; i++) {
                int s = elemStart[distinct[q][i]];
                for (int k = 0; k < counts[q][i]; k++) {
                    rs[w++] = rankOf[s + k];
                }
            }
            Arrays.sort(rs);
            ranks[q] = rs;
        }
        // 4. processing order: by size, then input order; prefixes into CSR postings.
        Integer[] boxed = new Integer[m];
        for (int q = 0; q < m; q++) {
            boxed[q] = q;
        }
        Arrays.sort(boxed, (x, y) -> sizes[x] != sizes[y] ? Integer.compare(sizes[x], sizes[y]) : Integer.compare(x, y));
        int[] order = new int[m];
        int[] prefix = new int[m];
        int[] postingStart = new int[elements + 1];
        for (int o = 0; o < m; o++) {
            int q = boxed[o];
            order[o] = q;
            prefix[o] = prefixLength(sizes[q]);
            for (int j = 0; j < prefix[o]; j++) {
                postingStart[ranks[q][j] + 1]++;
            }
        }
        for (int r = 0; r < elements; r++) {
            postingStart[r + 1] += postingStart[r];
        }
        int[] fill = Arrays.copyOf(postingStart, elements);
        int[] postOrd = new int[postingStart[elements]];
        int[] postPos = new int[postingStart[elements]];
        for (int o = 0; o < m; o++) {
            int q = order[o];
            for (int j = 0; j < prefix[o]; j++) {
                int slot = fill[ranks[q][j]]++;
                postOrd[slot] = o;
                postPos[slot] = j;
            }
        }
        int[] cursor = Arrays.copyOf(postingStart, elements);
        // 5. probe.
        int[] stamp = new int[m];
        Arrays.fill(stamp, -1);
        int[] acc = new int[m];
        int[] candidates = new int[m];
        List<long[]> found = new ArrayList<>();
        for (int o = 0; o < m; o++) {
            int a = order[o];
            int la = sizes[a];
            int minLb = (int) Math.ceil(la * looseRouge / (2 - looseRouge));
            int nc = 0;
            for (int i = 0; i < prefix[o]; i++) {
                int r = ranks[a][i];
                int end = postingStart[r + 1];
                int c = cursor[r];
                while (c < end && postOrd[c] < o && sizes[order[postOrd[c]]] < minLb) {
                    c++;
                }
                cursor[r] = c;
                for (; c < end && postOrd[c] < o; c++) {
                    int ob = postOrd[c];
                    if (stamp[ob] != o) {
                        stamp[ob] = o;
                        acc[ob] = 0;
                        candidates[nc++] = ob;
                    } else if (acc[ob] < 0) {
                        continue;
                    }
                    int lb = sizes[order[ob]];
                    int need = Math.max(1, (int) Math.ceil(looseRouge * (la + lb) / 2.0));
                    int j = postPos[c];
                    int bound = acc[ob] + 1 + Math.min(la - i - 1, lb - j - 1);
                    acc[ob] = bound < need ? -1 : acc[ob] + 1;
                }
            }
            for (int k = 0; k < nc; k++) {
                int ob = candidates[k];
                if (acc[ob] < 0) {
                    continue;
                }
                counters[0]++;
                int b = order[ob];
                long overlap = overlap(distinct[a], counts[a], distinct[b], counts[b]);
                double f = RougeScore.fmeasure(overlap, sizes[a], sizes[b]);
                if (f >= minRouge) {
                    counters[1]++;
                    addDirected(programs, members, a, b, f, found);
                    addDirected(programs, members, b, a, f, found);
                }
            }
        }
        found.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        for (long[] f : found) {
            CanonicalProgram slow = programs.get((int) f[0]);
            CanonicalProgram fast = programs.get((int) f[1]);
            out.add(new ProgramPair(slow, fast, slow.runtimeMs() / fast.runtimeMs(), Double.longBitsToDouble(f[2])));
        }
    }

    private void addDirected(List<CanonicalProgram> programs, List<Integer> members, int slowLocal, int fastLocal,
                             double f, List<long[]> found) {
        int slow = members.get(slowLocal);
        int fast = members.get(fastLocal);
        if (programs.get(slow).runtimeMs() / programs.get(fast).runtimeMs() >= minSpeedup) {
            found.add(new long[] {slow, fast, Double.doubleToLongBits(f)});
        }
    }

    /** |A| - (smallest overlap any length-compatible partner needs) + 1, within [1, |A|]. */
    private int prefixLength(int size) {
        int alpha = Math.max(1, (int) Math.ceil(looseRouge * size / (2 - looseRouge)));
        return Math.max(1, Math.min(size, size - alpha + 1));
    }

    private static long overlap(int[] ia, int[] ca, int[] ib, int[] cb) {
        long o = 0;
        int x = 0;
        int y = 0;
        while (x < ia.length && y < ib.length) {
            if (ia[x] < ib[y]) {
                x++;
            } else if (ia[x] > ib[y]) {
                y++;
            } else {
                o += Math.min(ca[x++], cb[y++]);
            }
        }
        return o;
    }

    /** A window of an int array compared by content. */
    private static final class Window {
        private final int[] ids;
        private final int start;
        private final int length;
        private final int hash;

        Window(int[] ids, int start, int length) {
            this.ids = ids;
            this.start = start;
            this.length = length;
            int h = 1;
            for (int i = start; i < start + length; i++) {
                h = 31 * h + ids[i];
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Window w && w.hash == hash
                    && Arrays.equals(ids, start, start + length, w.ids, w.start, w.start + length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
