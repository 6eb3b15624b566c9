package org.editvq.core.edits;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;

/**
 * Context-anchored edit scripts: what a decoder emits instead of a whole program.
 *
 * <p>A script is a sequence of hunks, in the order of x, each
 * <pre>
 *   &lt;hunk&gt; c1 … ck &lt;del&gt; d1 … dm &lt;ins&gt; i1 … in
 *   &lt;hunk&gt; &lt;start&gt; c1 … ck &lt;del&gt; d1 … dm &lt;ins&gt; i1 … in
 *   &lt;hunk&gt; c1 … ck &lt;del&gt; d1 … da &lt;skip&gt; e1 … eb &lt;ins&gt; i1 … in
 * </pre>
 * "Replace the m tokens d that follow the k context tokens c by the n tokens i." The third form
 * (markers with a {@link ScriptMarkers#skip() skip}) writes a long deletion by its start and end:
 * the deleted span is d1 … da followed by everything up to and including the first occurrence of
 * e1 … eb after it; {@link #between} uses it when it is shorter than listing the span. A hunk applies
 * at change position p when x[p−k, p) = c and x[p, p+m) = d, p is at or after the cursor (the
 * end of the previous applied hunk's deleted tokens) and no other such p exists; with
 * {@code <start>} the context must be all of x before p (so p = k). A hunk that matches no place
 * or several places, or is malformed, is dropped and counted: applying a script always gives x
 * plus the hunks that apply, and the empty script gives x exactly.
 *
 * <p>{@link #between} builds the script of a pair from a Myers diff (java-diff-utils, a
 * maintained implementation of the same minimal token diff that a hand-written LCS would give),
 * joining changes at most {@link #MERGE_GAP} tokens apart; for each change it takes the shortest context k ≥ 1 that makes the hunk unique after the
 * cursor, or the start-anchored context when no shorter one is unique. Then
 * {@code apply(x, between(x, y)) == y} for every x and y.
 */
public final class EditScripts {
    /**
     * Changes separated by at most this many unchanged tokens become one hunk. A hunk costs at
     * least four tokens beyond its changes (three markers and a context token) and bridging a
     * gap of g tokens costs 2g, so two is where merging stops paying; it also turns a Myers
     * "delete v, keep ++, insert v" into the one readable replacement "v ++ → ++ v".
     */
    public static final int MERGE_GAP = 2;

    private EditScripts() {
    }

    /** The edit script turning {@code x} into {@code y} (no end-of-sequence token); empty when they are equal. */
    public static <T> List<T> between(List<T> x, List<T> y, ScriptMarkers<T> markers) {
        checkNoMarkers(x, markers, "x");
        checkNoMarkers(y, markers, "y");
        List<int[]> deltas = new ArrayList<>(); // {source position, source size, target position, target size}
        for (AbstractDelta<T> d : DiffUtils.diff(x, y).getDeltas()) {
            deltas.add(new int[] {d.getSource().getPosition(), d.getSource().size(), d.getTarget().getPosition(),
                    d.getTarget().size()});
        }
        deltas.sort(java.util.Comparator.comparingInt(c -> c[0]));
        List<int[]> changes = new ArrayList<>();
        for (int[] c : deltas) {
            int[] last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
            int gap = last == null ? Integer.MAX_VALUE : c[0] - (last[0] + last[1]);
            if (gap <= MERGE_GAP) { // near deltas become one hunk: the kept tokens between are deleted and reinserted
                last[1] += gap + c[1];
                last[3] += gap + c[3];
            } else {
                changes.add(c);
            }
        }
        List<T> script = new ArrayList<>();
        int cursor = 0;
        for (int[] c : changes) {
            int p = c[0];
            int m = c[1];
            List<T> deleted = x.subList(p, p + m);
            List<T> inserted = y.subList(c[2], c[2] + c[3]);
            List<T> hunk = anchored(x, p, deleted, cursor, markers);
            hunk.addAll(deleted);
            hunk.add(markers.insert());
            hunk.addAll(inserted);
            List<T> compact = markers.skip() == null ? null : skipping(x, p, m, inserted, cursor, markers);
            script.addAll(compact != null && compact.size() < hunk.size() ? compact : hunk);
            cursor = p + m;
        }
        return script;
    }

    /**
     * The hunk deleting x[p, p+m) written with a skip: {@code c <del> d1 <skip> e <ins> i}, where d1 is
     * the first deleted token, c the shortest context that makes c d1 unique at or after the cursor, and
     * e the shortest tail of the deletion whose first occurrence after d1 ends the deletion; null when no
     * such tail exists or the hunk would not apply at exactly p with m deleted tokens.
     */
    private static <T> List<T> skipping(List<T> x, int p, int m, List<T> inserted, int cursor,
                                        ScriptMarkers<T> markers) {
        if (m < 3) {
            return null;
        }
        List<T> head = x.subList(p, p + 1);
        List<T> tail = null;
        for (int b = 1; b <= m - 1 && tail == null; b++) {
            List<T> candidate = x.subList(p + m - b, p + m);
            if (firstAt(x, candidate, p + 1) == p + m - b) {
                tail = candidate;
            }
        }
        if (tail == null) {
            return null;
        }
        List<T> hunk = anchored(x, p, head, cursor, markers);
        hunk.addAll(head);
        hunk.add(markers.skip());
        hunk.addAll(tail);
        hunk.add(markers.insert());
        hunk.addAll(inserted);
        Hunk<T> parsed = Hunk.parse(hunk.subList(1, hunk.size()), markers);
        Placement<T> place = parsed == null ? null : parsed.place(x, cursor);
        return place != null && place.position() == p && place.deleted() == m ? hunk : null;
    }

    /**
     * The opening of a hunk changing x at p: {@code <hunk>}, the shortest context that makes context +
     * {@code matched} unique at or after the cursor (or {@code <start>} and all of x before p), {@code <del>}.
     */
    private static <T> List<T> anchored(List<T> x, int p, List<T> matched, int cursor, ScriptMarkers<T> markers) {
        List<T> hunk = new ArrayList<>();
        hunk.add(markers.hunk());
        int k = shortestContext(x, p, matched, cursor);
        if (k < 0) {
            hunk.add(markers.start());
            k = p;
        }
        hunk.addAll(x.subList(p - k, p));
        hunk.add(markers.delete());
        return hunk;
    }

    /** The first position r ≥ from with x[r, r + part.size()) = part, or -1. */
    private static <T> int firstAt(List<T> x, List<T> part, int from) {
        for (int r = from; r + part.size() <= x.size(); r++) {
            if (equalAt(x, r, part)) {
                return r;
            }
        }
        return -1;
    }

    /** The smallest k in 1..p that makes context + deleted match only at p (at or after cursor), or -1. */
    private static <T> int shortestContext(List<T> x, int p, List<T> deleted, int cursor) {
        for (int k = 1; k <= p; k++) {
            if (matches(x, x.subList(p - k, p), deleted, cursor, 2) == 1) {
                return k;
            }
        }
        return -1;
    }

    /** Change positions q ≥ cursor with x[q−k, q) = context and x[q, q+m) = deleted, counted up to {@code limit}. */
    private static <T> int matches(List<T> x, List<T> context, List<T> deleted, int cursor, int limit) {
        int count = 0;
        int k = context.size();
        for (int q = Math.max(cursor, k); q + deleted.size() <= x.size() && count < limit; q++) {
            if (equalAt(x, q - k, context) && equalAt(x, q, deleted)) {
                count++;
            }
        }
        return count;
    }

    /** The unique change position of a hunk at or after cursor, or -1 when it matches none or several. */
    private static <T> int find(List<T> x, List<T> context, List<T> deleted, int cursor) {
        int found = -1;
        int k = context.size();
        for (int q = Math.max(cursor, k); q + deleted.size() <= x.size(); q++) {
            if (equalAt(x, q - k, context) && equalAt(x, q, deleted)) {
                if (found >= 0) {
                    return -1;
                }
                found = q;
            }
        }
        return found;
    }

    private static <T> boolean equalAt(List<T> x, int from, List<T> part) {
        for (int i = 0; i < part.size(); i++) {
            if (!x.get(from + i).equals(part.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Applies a script (without end-of-sequence token) to {@code x}; hunks that do not apply are
     * dropped and counted. Tokens of the script before its first {@code <hunk>} count as one
     * malformed hunk.
     */
    public static <T> AppliedScript<T> apply(List<T> x, List<T> script, ScriptMarkers<T> markers) {
        List<List<T>> hunks = split(script, markers);
        List<Placement<T>> placed = place(x, hunks, markers);
        return build(x, placed, hunks.size(), hunks.size() - placed.size(), 0);
    }

    /**
     * Applies a script like {@link #apply}, then keeps the result well formed: when x is well formed
     * ({@code wellFormed.test(x)}) but x with every applicable hunk is not, the largest subset of
     * those hunks (at their places in the full application; the earlier hunks kept among subsets of
     * one size) whose result is well formed is applied instead, and the hunks left out are counted
     * in {@link AppliedScript#unbalanced()} (and among the dropped). At most {@link #MAX_SUBSETS}
     * subsets are tried; when none of them is well formed (a script of many hunks, one of them bad, runs
     * out of that budget after the subsets one or two smaller), the hunks are added one at a time, in
     * order, each kept when the result stays well formed (x itself when none is). A script built by
     * {@link #between} from a well-formed y is never changed by this: its full application is y.
     *
     * @param wellFormed the structural check, e.g. {@link Brackets#wellNested} on the tokens' texts
     */
    public static <T> AppliedScript<T> applyWellFormed(List<T> x, List<T> script, ScriptMarkers<T> markers,
                                                       java.util.function.Predicate<List<T>> wellFormed) {
        return applyWellFormed(x, script, markers, wellFormed, null);
    }

    /**
     * Applies a script like {@link #applyWellFormed(List, List, ScriptMarkers, java.util.function.Predicate)},
     * then also keeps the result {@code accepted} (e.g. that it parses, a check too costly for the subset
     * search): when the well-formed result is not accepted but x is, the hunks of that result are added
     * one at a time, in order, each kept only when the result so far stays well formed and accepted
     * (at most one check per hunk). The hunks left out count in {@link AppliedScript#unbalanced()}. A
     * script whose full application is accepted is never changed by it.
     *
     * @param accepted the costly check of a result (null: none)
     */
    public static <T> AppliedScript<T> applyWellFormed(List<T> x, List<T> script, ScriptMarkers<T> markers,
                                                       java.util.function.Predicate<List<T>> wellFormed,
                                                       java.util.function.Predicate<AppliedScript<T>> accepted) {
        List<List<T>> split = split(script, markers);
        List<Placement<T>> placed = place(x, split, markers);
        int hunks = split.size();
        int malformed = hunks - placed.size();
        int n = placed.size();
        AppliedScript<T> full = build(x, placed, hunks, malformed, 0);
        if (placed.isEmpty() || !wellFormed.test(x)) {
            return full;
        }
        List<Placement<T>> nested = wellFormed.test(full.program()) ? placed
                : largestWellFormed(x, placed, wellFormed);
        AppliedScript<T> result = build(x, nested, hunks, malformed, n - nested.size());
        if (accepted == null || nested.isEmpty() || accepted.test(result)) {
            return result;
        }
        AppliedScript<T> none = build(x, List.of(), hunks, malformed, n);
        if (!accepted.test(none)) {
            return result; // x itself is not accepted: nothing to keep
        }
        List<Placement<T>> kept = greedilyWellFormed(x, nested, wellFormed, accepted);
        return build(x, kept, hunks, malformed, n - kept.size());
    }

    /**
     * The largest subset of the placements whose result is well formed (the earlier hunks kept among subsets of
     * one size), trying at most {@link #MAX_SUBSETS}; empty when none is.
     */
    private static <T> List<Placement<T>> largestWellFormed(List<T> x, List<Placement<T>> placed,
                                                          java.util.function.Predicate<List<T>> wellFormed) {
        int[] tried = {1};
        for (int size = placed.size() - 1; size >= 1; size--) {
            List<Placement<T>> found = largestWellFormed(x, placed, size, wellFormed, tried);
            if (found != null) {
                return found;
            }
            if (tried[0] >= MAX_SUBSETS) {
                break;
            }
        }
        return greedilyWellFormed(x, placed, wellFormed, null);
    }

    /**
     * The placements added one at a time, in order, each kept when the result so far stays well formed (and
     * {@code accepted}, when given): the fallback when the subset search runs out of its budget, and the costly
     * check's search.
     */
    private static <T> List<Placement<T>> greedilyWellFormed(List<T> x, List<Placement<T>> placed,
                                                            java.util.function.Predicate<List<T>> wellFormed,
                                                            java.util.function.Predicate<AppliedScript<T>> accepted) {
        List<Placement<T>> kept = new ArrayList<>();
        for (Placement<T> p : placed) {
            kept.add(p);
            AppliedScript<T> candidate = build(x, kept, kept.size(), 0, 0);
            if (!wellFormed.test(candidate.program()) || (accepted != null && !accepted.test(candidate))) {
                kept.remove(kept.size() - 1);
            }
        }
        return kept;
    }

    /**
     * Subsets of the applicable hunks that {@link #applyWellFormed} tries at most before it falls
     * back to x (a script with up to 12 applicable hunks is searched completely).
     */
    public static final int MAX_SUBSETS = 4096;

    /** The first subset of {@code size} placements, in lexicographic order, whose result is well formed, or null. */
    private static <T> List<Placement<T>> largestWellFormed(List<T> x, List<Placement<T>> placed, int size,
                                                          java.util.function.Predicate<List<T>> wellFormed,
                                                          int[] tried) {
        int n = placed.size();
        int[] pick = new int[size];
        for (int i = 0; i < size; i++) {
            pick[i] = i;
        }
        while (tried[0] < MAX_SUBSETS) {
            List<Placement<T>> subset = new ArrayList<>(size);
            for (int i : pick) {
                subset.add(placed.get(i));
            }
            tried[0]++;
            if (wellFormed.test(build(x, subset, size, 0, 0).program())) {
                return subset;
            }
            int i = size - 1; // next combination
            while (i >= 0 && pick[i] == n - size + i) {
                i--;
            }
            if (i < 0) {
                return null;
            }
            pick[i]++;
            for (int j = i + 1; j < size; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
        return null;
    }

    /**
     * The hunks of a script, each the tokens after its {@code <hunk>} marker; tokens before the first
     * {@code <hunk>} are one malformed hunk (marked by a leading null).
     */
    private static <T> List<List<T>> split(List<T> script, ScriptMarkers<T> markers) {
        List<List<T>> hunks = new ArrayList<>();
        List<T> current = null;
        for (T t : script) {
            if (t.equals(markers.hunk())) {
                current = new ArrayList<>();
                hunks.add(current);
            } else {
                if (current == null) { // leading garbage: one malformed hunk
                    current = new ArrayList<>();
                    current.add(null);
                    hunks.add(current);
                }
                current.add(t);
            }
        }
        return hunks;
    }

    /** Where each applicable hunk changes x, in order (hunks that do not apply are left out). */
    private static <T> List<Placement<T>> place(List<T> x, List<List<T>> hunks, ScriptMarkers<T> markers) {
        List<Placement<T>> placed = new ArrayList<>();
        int cursor = 0;
        for (List<T> h : hunks) {
            Hunk<T> hunk = Hunk.parse(h, markers);
            Placement<T> place = hunk == null ? null : hunk.place(x, cursor);
            if (place == null) {
                continue;
            }
            placed.add(place);
            cursor = place.position() + place.deleted();
        }
        return placed;
    }

    /** x with the given placements (in order, not overlapping) applied. */
    private static <T> AppliedScript<T> build(List<T> x, List<Placement<T>> placed, int hunks, int malformed,
                                              int unbalanced) {
        List<T> out = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        int cursor = 0;
        for (Placement<T> p : placed) {
            for (int i = cursor; i < p.position(); i++) {
                out.add(x.get(i));
                origin.add(i);
            }
            for (T t : p.inserted()) {
                out.add(t);
                origin.add(-1);
            }
            cursor = p.position() + p.deleted();
        }
        for (int i = cursor; i < x.size(); i++) {
            out.add(x.get(i));
            origin.add(i);
        }
        return new AppliedScript<>(out, origin.stream().mapToInt(Integer::intValue).toArray(), hunks, placed.size(),
                malformed + unbalanced, unbalanced);
    }

    /** One applicable hunk: replace {@code deleted} tokens of x at {@code position} by {@code inserted}. */
    private record Placement<T>(int position, int deleted, List<T> inserted) {
    }

    /**
     * One parsed hunk (the tokens after its {@code <hunk>} marker): the deleted span is {@code deleted}
     * itself, or, with a skip, {@code deleted} followed by everything up to and including the first
     * occurrence of {@code tail} after it.
     */
    private record Hunk<T>(boolean atStart, List<T> context, List<T> deleted, List<T> tail, List<T> inserted) {
        /**
         * Parses {@code [<start>] c* <del> d* <ins> i*} or {@code [<start>] c* <del> d+ <skip> e+ <ins> i*};
         * null when malformed or when it changes nothing.
         */
        static <T> Hunk<T> parse(List<T> tokens, ScriptMarkers<T> markers) {
            int del = tokens.indexOf(markers.delete());
            int ins = tokens.indexOf(markers.insert());
            if (del < 0 || ins < del || tokens.contains(null)) {
                return null;
            }
            boolean atStart = !tokens.isEmpty() && tokens.get(0).equals(markers.start());
            List<T> context = tokens.subList(atStart ? 1 : 0, del);
            List<T> deleted = tokens.subList(del + 1, ins);
            List<T> tail = null;
            int skip = markers.skip() == null ? -1 : deleted.indexOf(markers.skip());
            if (skip >= 0) {
                tail = deleted.subList(skip + 1, deleted.size());
                deleted = deleted.subList(0, skip);
                if (deleted.isEmpty() || tail.isEmpty()) {
                    return null;
                }
            }
            List<T> inserted = tokens.subList(ins + 1, tokens.size());
            for (List<T> part : tail == null ? List.of(context, deleted, inserted)
                    : List.of(context, deleted, tail, inserted)) {
                for (T t : part) {
                    if (markers.isMarker(t)) {
                        return null;
                    }
                }
            }
            if (deleted.isEmpty() && inserted.isEmpty()) {
                return null; // changes nothing
            }
            if (!atStart && context.isEmpty() && deleted.isEmpty()) {
                return null; // an insertion needs an anchor
            }
            return new Hunk<>(atStart, context, deleted, tail, inserted);
        }

        /**
         * Where the hunk changes x at or after cursor, or null when it does not apply (no unique position,
         * or a skip whose tail does not occur).
         */
        Placement<T> place(List<T> x, int cursor) {
            int p;
            if (atStart) {
                p = context.size();
                if (!(p >= cursor && p + deleted.size() <= x.size() && equalAt(x, 0, context)
                        && equalAt(x, p, deleted))) {
                    return null;
                }
            } else {
                p = find(x, context, deleted, cursor);
                if (p < 0) {
                    return null;
                }
            }
            if (tail == null) {
                return new Placement<>(p, deleted.size(), inserted);
            }
            int r = firstAt(x, tail, p + deleted.size());
            return r < 0 ? null : new Placement<>(p, r + tail.size() - p, inserted);
        }
    }

    private static <T> void checkNoMarkers(List<T> tokens, ScriptMarkers<T> markers, String name) {
        for (int i = 0; i < tokens.size(); i++) {
            if (markers.isMarker(tokens.get(i))) {
                throw new IllegalArgumentException(name + " contains the script marker " + tokens.get(i)
                        + " at token " + i);
            }
        }
    }
}
