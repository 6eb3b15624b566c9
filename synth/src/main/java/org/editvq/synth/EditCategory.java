package org.editvq.synth;

import java.util.Arrays;

/**
 * A named category of planted performance-relevant edits. {@link #INPUT} applies to every
 * problem, {@link #OUTPUT} only to problems with large outputs (one line per input element);
 * each algorithmic category belongs to the problems that plant it.
 */
public enum EditCategory {
    /** {@code java.util.Scanner} (slow) vs a {@code BufferedReader}/{@code StringTokenizer} or {@code StreamTokenizer} reader (fast). */
    INPUT("input", "Scanner -> buffered tokenizer"),
    /** {@code System.out.println} per line (slow, flushes every line) vs one {@code StringBuilder} or a {@code PrintWriter} flushed once (fast). */
    OUTPUT("output", "println per line -> buffered output"),
    /** Re-summing every query range (slow) vs prefix sums (fast). */
    PREFIX_SUMS("prefix-sums", "recompute range sums -> prefix sums"),
    /** Linear scan per membership query (slow) vs {@code HashSet} or sorted array + binary search (fast). */
    HASH_LOOKUP("hash-lookup", "linear scan -> HashSet / binary search"),
    /** Hand-written quadratic sort (slow) vs {@code Arrays.sort} (fast). */
    LIBRARY_SORT("library-sort", "quadratic sort -> Arrays.sort"),
    /** Scanning the whole array for a first occurrence (slow) vs stopping at the first match (fast). */
    EARLY_EXIT("early-exit", "full scan -> break at first match"),
    /** Rescanning a list for the minimum (slow) vs a {@code PriorityQueue} (fast). */
    PRIORITY_QUEUE("priority-queue", "rescan list for minimum -> PriorityQueue"),
    /** {@code String +=} in a loop (slow) vs {@code StringBuilder} (fast). */
    STRING_BUILDER("string-builder", "string += in a loop -> StringBuilder"),
    /** Naive exponential recursion (slow) vs memoized recursion (fast). */
    MEMOIZATION("memoization", "naive recursion -> memoization");

    private final String key;
    private final String description;

    EditCategory(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** Short stable name, e.g. {@code prefix-sums}. */
    public String key() {
        return key;
    }

    /** The edit, slow -> fast, in a few words. */
    public String description() {
        return description;
    }

    /** The {@link org.editvq.core.data.Submission#extras()} key holding the choice, e.g. {@code edit.input}. */
    public String extraKey() {
        return "edit." + key;
    }

    /** The category with the given {@link #key()}. */
    public static EditCategory fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown edit category '" + key + "'"));
    }
}
