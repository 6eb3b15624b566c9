package org.editvq.synth;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Picks a distinct identifier per role from pools of names real contestants use. */
final class Names {
    private static final Map<String, String[]> POOLS = new HashMap<>();

    static {
        pool("cls", "Main", "Solution", "Solver", "A", "B", "C", "Task", "CodeJam", "Program", "Round1A", "Qual", "Contest");
        pool("T", "t", "T", "tests", "numCases", "cases", "tt", "testCount");
        pool("tc", "tc", "caseNo", "cs", "caseNum", "test", "x", "ti", "c");
        pool("n", "n", "N", "size", "len", "cnt", "m");
        pool("q", "q", "Q", "queries", "nq", "qs", "numQueries");
        pool("a", "a", "arr", "nums", "values", "data", "xs");
        pool("i", "i", "ii", "p", "idx", "u");
        pool("j", "j", "jj", "k", "w", "z");
        pool("k", "k", "qi", "iter", "query", "step", "e");
        pool("l", "l", "lo", "left", "from", "begin");
        pool("r", "r", "hi", "right", "to", "end");
        pool("sum", "sum", "s", "total", "acc", "res", "cur");
        pool("pre", "pre", "prefix", "ps", "cum", "sums", "P");
        pool("sc", "sc", "in", "scan", "scanner", "input", "s");
        pool("br", "br", "reader", "in", "bf", "rd");
        pool("st", "st", "tok", "tokenizer", "stk", "tk");
        pool("next", "next", "nextToken", "token", "read", "nt");
        pool("nextInt", "nextInt", "ni", "readInt", "scanInt", "rInt", "nint");
        pool("nextLong", "nextLong", "nl", "readLong", "scanLong", "rLong");
        pool("sb", "sb", "out", "output", "buf", "sbuf");
        pool("pw", "pw", "out", "writer", "w", "pr");
        pool("x", "x", "val", "y", "key", "target", "want");
        pool("found", "found", "ok", "has", "present", "exists", "hit");
        pool("set", "set", "seen", "hs", "lookup", "have", "pool");
        pool("sorted", "sorted", "b", "copy", "sortedA", "ord");
        pool("tmp", "tmp", "t2", "swap", "temp", "h");
        pool("mi", "mi", "best", "minIdx", "bi", "at");
        pool("pos", "pos", "first", "where", "index", "ans", "res");
        pool("list", "list", "items", "pile", "bag", "rest");
        pool("pq", "pq", "heap", "queue", "minHeap", "q2");
        pool("cost", "cost", "total", "sum", "acc", "spent", "ans");
        pool("m1", "a1", "x1", "u", "first", "lo1", "p1");
        pool("m2", "b1", "x2", "v", "second", "lo2", "p2");
        pool("w", "w", "word", "s", "tok", "str", "wd");
        pool("words", "words", "ws", "tokens", "parts", "arr");
        pool("str", "res", "acr", "s", "str", "answer", "ret");
        pool("b", "b", "bld", "builder", "acc", "buf");
        pool("memo", "memo", "dp", "cache", "mem", "f");
        pool("ways", "ways", "count", "solve", "go", "calc", "rec");
        pool("MOD", "MOD", "M", "mod", "P", "MD");
        pool("ans", "ans", "res", "answer", "result", "ret");
        pool("rangeSum", "sum", "rangeSum", "query", "get", "segSum");
        pool("contains", "contains", "has", "find", "lookup", "isIn");
        pool("sort", "sort", "mySort", "sortArray", "order", "doSort");
        pool("firstIndex", "firstIndex", "find", "indexOf", "search", "locate");
        pool("minIndex", "minIndex", "argmin", "findMin", "smallest", "pickMin");
        pool("merge", "merge", "combine", "solve", "totalCost", "run");
        pool("initials", "initials", "acronym", "build", "make", "join");
        pool("fill", "fill", "prefix", "build", "prep", "init");
        pool("K", "K", "target", "goal", "want", "need");
        pool("cnt", "cnt", "count", "pairs", "res", "total");
        pool("seen", "seen", "freq", "counts", "map", "occ");
        pool("countPairs", "countPairs", "pairs", "solve", "count", "calc");
        pool("join", "join", "render", "line", "format", "build");
        // Python roles (names that are neither keywords nor builtins the programs call)
        pool("pyIt", "it", "tokens", "inp", "stream", "src", "data");
        pool("pyOut", "out", "res", "lines", "output", "buf", "ans_lines");
        pool("pyTot", "total", "s", "acc", "cur", "run", "tot");
        pool("pySet", "seen", "lookup", "have", "members", "pool", "st");
        pool("pyMain", "main", "solve_all", "run_all", "go_main");
        pool("pyB", "b", "srt", "ordered", "arr2", "sa");
        pool("pyN", "n", "N", "size", "cnt", "m", "count");
        pool("pyL", "l", "lo", "left", "start", "begin");
        pool("pyK", "k", "kk", "qi", "rank", "want");
        pool("ks", "ks", "ranks", "wanted", "kth", "asks");
        pool("pyTok", "v", "tok", "e", "z", "w");
        pool("pyModule", "solution", "main", "sol", "a", "prog", "task");
    }

    private static void pool(String role, String... names) {
        POOLS.put(role, names);
    }

    private final SplittableRandom random;
    private final Map<String, String> assigned = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    Names(SplittableRandom random) {
        this.random = random;
    }

    /** The name of a role, chosen on first use and distinct from every other role's name. */
    String get(String role) {
        String name = assigned.get(role);
        if (name != null) {
            return name;
        }
        String[] pool = POOLS.getOrDefault(role, new String[] {role});
        int start = random.nextInt(pool.length);
        for (int k = 0; k < pool.length && name == null; k++) {
            String candidate = pool[(start + k) % pool.length];
            if (!used.contains(candidate)) {
                name = candidate;
            }
        }
        for (int suffix = 2; name == null; suffix++) {
            String candidate = pool[start] + suffix;
            if (!used.contains(candidate)) {
                name = candidate;
            }
        }
        used.add(name);
        assigned.put(role, name);
        return name;
    }
}
