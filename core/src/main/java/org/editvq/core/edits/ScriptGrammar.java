package org.editvq.core.edits;

import java.util.Arrays;
import java.util.Objects;

/**
 * The edit scripts of {@link EditScripts} that apply to one program x, as a prefix automaton over
 * token ids: for any prefix of a script it says which tokens may come next so that every hunk
 * written so far applies to x, at the place {@link EditScripts#apply} will put it. A decoder that
 * only emits allowed tokens ({@link Walk#restrict}) writes scripts whose hunks all apply (a hunk
 * cut off by the length limit excepted): a context or deleted token must continue a match in x; a
 * context grows only while its tail (all but its first token) occurs twice or more in x, as every
 * shortest context does (so it cannot copy a stretch of x), and starts only where such a context can
 * reach the end of the previous hunk; {@code <ins>} closes the deleted span only once context and
 * deleted tokens fix one place at or after the end of the previous hunk; a skip's tail must occur
 * after the deleted head; and a hunk ends ({@code <hunk>} or end of sequence) only when it changes something; inserted tokens are free
 * but for a loop guard ({@link #REPEATS}).
 *
 * <p>The grammar accepts exactly the hunk forms {@link EditScripts#between} writes: a context of at
 * least one token or a {@code <start>} anchor, then the deleted tokens (listed, or head
 * {@code <skip>} tail), then the inserted tokens. Every script {@code between(x, y)} is accepted
 * token by token (EditScriptsTest and ScriptGrammarTest check this), so decoding under the grammar
 * never forbids what the decoder was trained to write (but for the rare insertion the loop guard
 * cuts). Keeping brackets nested is left to {@link EditScripts#applyWellFormed}.
 */
public final class ScriptGrammar {
    /**
     * Inserted tokens may not end with a block of at most {@value #MAX_PERIOD} tokens repeated
     * {@value #REPEATS} times in a row (<code>v ] v ] v ] v ] v ] v ]</code>): the loop an undertrained
     * decoder falls into. Code repeats itself legitimately (<code>} } } }</code>, <code>, v , v , v</code>), so
     * the limit is high: of the 8,870 googlejam4 training scripts of a cpu reproduction, the grammar accepts
     * all but the few whose insertions repeat a block six times (docs/edit-decoding.md has the count); the
     * rest of the grammar forbids nothing a training script does.
     */
    public static final int REPEATS = 6;
    /** Longest repeated block that {@link #REPEATS} limits. */
    public static final int MAX_PERIOD = 8;
    private final int[] x;
    private final int hunk;
    private final int start;
    private final int delete;
    private final int insert;
    private final int skip;
    private final int end;
    /** See {@link #longestRepeats}. */
    private final int[] longest;

    /**
     * The grammar of scripts over {@code x}.
     *
     * @param x       the program's token ids
     * @param markers the script markers as ids (a null skip: four-marker scripts)
     * @param end     the end-of-sequence id (ends the script)
     */
    public ScriptGrammar(int[] x, ScriptMarkers<Integer> markers, int end) {
        this.x = x.clone();
        Objects.requireNonNull(markers, "markers");
        this.hunk = markers.hunk();
        this.start = markers.start();
        this.delete = markers.delete();
        this.insert = markers.insert();
        this.skip = markers.skip() == null ? -1 : markers.skip();
        this.end = end;
        for (int i = 0; i < x.length; i++) {
            if (markers.isMarker(x[i]) || x[i] == end) {
                throw new IllegalArgumentException("x contains the marker or end id " + x[i] + " at token " + i);
            }
        }
        this.longest = longestRepeats(this.x); // O(n²): after the cheap check
    }

    /** A walk from the empty script. */
    public Walk walk() {
        return new Walk();
    }

    /** Where a walk is inside the script. */
    private enum Phase {
        /** Before the first hunk: {@code <hunk>} or end. */
        BEGIN,
        /** Just after {@code <hunk>}: {@code <start>} or a first context token. */
        OPENED,
        /** Inside the context (after {@code <start>} or at least one context token). */
        CONTEXT,
        /** After {@code <del>}: deleted tokens. */
        DELETE,
        /** After {@code <skip>}: the tail that ends the deletion. */
        TAIL,
        /** After {@code <ins>}: inserted tokens, then {@code <hunk>} or end. */
        INSERT,
        /** After the end id. */
        ENDED
    }

    /**
     * One script being written: a mutable state that {@link #accept accepts} tokens and tells which
     * tokens may come next. Not thread-safe; one per decoded sequence.
     */
    public final class Walk {
        private Phase phase = Phase.BEGIN;
        /** End of the previous hunk's deleted tokens: the next change position is at or after it. */
        private int cursor;
        private boolean atStart;
        /** Context tokens so far. */
        private int contextLength;
        /**
         * Positions consistent with the prefix: context starts (CONTEXT), change positions
         * (DELETE) or tail occurrences (TAIL), ascending.
         */
        private final int[] candidates = new int[x.length + 1];
        private int count;
        /** Deleted tokens listed (DELETE), tail tokens (TAIL). */
        private int length;
        /** The change position and deleted count of the hunk once its deletion is closed. */
        private int position;
        private int deleted;
        private int inserted;
        /** The current hunk's inserted tokens (the first {@code inserted}). */
        private int[] insertedTokens = new int[16];

        private Walk() {
        }

        /** An independent walk in the same state (beam search continues one prefix several ways). */
        public Walk copy() {
            Walk w = new Walk();
            w.phase = phase;
            w.cursor = cursor;
            w.atStart = atStart;
            w.contextLength = contextLength;
            System.arraycopy(candidates, 0, w.candidates, 0, count);
            w.count = count;
            w.length = length;
            w.position = position;
            w.deleted = deleted;
            w.inserted = inserted;
            w.insertedTokens = Arrays.copyOf(insertedTokens, insertedTokens.length);
            return w;
        }

        /** Whether the script has ended. */
        public boolean ended() {
            return phase == Phase.ENDED;
        }

        /** Whether {@code token} may come next. */
        public boolean allows(int token) {
            return switch (phase) {
                case BEGIN -> token == hunk || token == end;
                case OPENED -> token == start || (!isMarker(token) && opensContext(token, cursor));
                case CONTEXT -> (token == delete && canDelete())
                        || (!isMarker(token) && contextMayGrowBy(token));
                case DELETE -> ((token == insert || token == skip && length > 0 && lastBefore() < x.length)
                        && count == 1) || (!isMarker(token) && continues(token, length));
                case TAIL -> (token == insert && length > 0) || (!isMarker(token) && continues(token, length));
                case INSERT -> token == hunk || token == end ? deleted > 0 || inserted > 0
                        : !isMarker(token) && !repeats(token);
                case ENDED -> false;
            };
        }

        /**
         * Sets the entry of every token that may not come next to negative infinity (a row of
         * log-probabilities or logits indexed by token id).
         */
        public void restrict(double[] scores) {
            if (phase == Phase.INSERT) { // nearly everything: clear the few exceptions
                for (int marker : new int[] {start, delete, insert, skip}) {
                    if (marker >= 0 && marker < scores.length) {
                        scores[marker] = Double.NEGATIVE_INFINITY;
                    }
                }
                if (deleted == 0 && inserted == 0) {
                    clear(scores, hunk);
                    clear(scores, end);
                }
                for (int period = 1; period <= MAX_PERIOD; period++) {
                    int completing = completesRepeat(period);
                    if (completing >= 0) {
                        clear(scores, completing);
                    }
                }
                return;
            }
            boolean[] allowed = new boolean[scores.length];
            switch (phase) {
                case BEGIN -> {
                    mark(allowed, hunk);
                    mark(allowed, end);
                }
                case OPENED -> {
                    mark(allowed, start);
                    for (int s = 0; s < x.length; s++) {
                        if (reach(s) >= cursor) {
                            mark(allowed, x[s]);
                        }
                    }
                }
                case CONTEXT -> {
                    markContextGrowth(allowed);
                    if (canDelete()) {
                        mark(allowed, delete);
                    }
                }
                case DELETE -> {
                    markContinuations(allowed, length);
                    if (count == 1) {
                        mark(allowed, insert);
                        if (skip >= 0 && length > 0 && lastBefore() < x.length) {
                            mark(allowed, skip);
                        }
                    }
                }
                case TAIL -> {
                    markContinuations(allowed, length);
                    if (length > 0) {
                        mark(allowed, insert);
                    }
                }
                default -> {
                }
            }
            for (int t = 0; t < scores.length; t++) {
                if (!allowed[t]) {
                    scores[t] = Double.NEGATIVE_INFINITY;
                }
            }
        }

        /**
         * Appends {@code token} to the script.
         *
         * @throws IllegalArgumentException when the grammar does not allow it here
         */
        public void accept(int token) {
            if (!allows(token)) {
                throw new IllegalArgumentException("token " + token + " is not allowed after this prefix (" + phase
                        + ")");
            }
            switch (phase) {
                case BEGIN -> phase = token == end ? Phase.ENDED : Phase.OPENED;
                case INSERT -> {
                    if (token == hunk) {
                        cursor = position + deleted;
                        phase = Phase.OPENED;
                    } else if (token == end) {
                        phase = Phase.ENDED;
                    } else {
                        if (inserted == insertedTokens.length) {
                            insertedTokens = Arrays.copyOf(insertedTokens, 2 * inserted);
                        }
                        insertedTokens[inserted++] = token;
                    }
                }
                case OPENED -> {
                    phase = Phase.CONTEXT;
                    atStart = token == start;
                    contextLength = 0;
                    count = 0;
                    if (atStart) {
                        candidates[count++] = 0;
                    } else {
                        for (int s = 0; s < x.length; s++) {
                            if (x[s] == token && reach(s) >= cursor) {
                                candidates[count++] = s;
                            }
                        }
                        contextLength = 1;
                    }
                }
                case CONTEXT -> {
                    if (token == delete) {
                        int kept = 0; // context starts become change positions at or after the cursor
                        for (int i = 0; i < count; i++) {
                            int q = candidates[i] + contextLength;
                            if (q >= cursor) {
                                candidates[kept++] = q;
                            }
                        }
                        count = kept;
                        phase = Phase.DELETE;
                        length = 0;
                    } else {
                        extend(token, contextLength);
                        contextLength++;
                    }
                }
                case DELETE -> {
                    if (token == insert || token == skip) {
                        position = candidates[0];
                        if (token == insert) {
                            deleted = length;
                            openInsert();
                        } else {
                            int from = position + length; // the tail starts at or after the deleted head
                            count = 0;
                            for (int r = from; r < x.length; r++) {
                                candidates[count++] = r;
                            }
                            phase = Phase.TAIL;
                            length = 0;
                        }
                    } else {
                        extend(token, length);
                        length++;
                    }
                }
                case TAIL -> {
                    if (token == insert) {
                        deleted = candidates[0] + length - position; // the first occurrence ends the deletion
                        openInsert();
                    } else {
                        extend(token, length);
                        length++;
                    }
                }
                default -> throw new IllegalStateException(phase.name());
            }
        }

        /** Whether inserting {@code token} would end the inserted tokens with a block repeated {@link #REPEATS} times. */
        private boolean repeats(int token) {
            for (int period = 1; period <= MAX_PERIOD; period++) {
                if (completesRepeat(period) == token) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The token that would make the inserted tokens end with a block of {@code period} tokens repeated
         * {@link #REPEATS} times in a row, or -1 when none would (the last REPEATS·period − 1 tokens are not
         * period-periodic, or there are fewer).
         */
        private int completesRepeat(int period) {
            int span = REPEATS * period - 1;
            if (inserted < span) {
                return -1;
            }
            for (int i = inserted - span; i + period < inserted; i++) {
                if (insertedTokens[i] != insertedTokens[i + period]) {
                    return -1;
                }
            }
            return insertedTokens[inserted - period];
        }

        private void openInsert() {
            phase = Phase.INSERT;
            inserted = 0;
        }

        /** Keeps the candidates c with x[c + offset] = token. */
        private void extend(int token, int offset) {
            int kept = 0;
            for (int i = 0; i < count; i++) {
                int c = candidates[i];
                if (c + offset < x.length && x[c + offset] == token) {
                    candidates[kept++] = c;
                }
            }
            count = kept;
        }

        private boolean continues(int token, int offset) {
            for (int i = 0; i < count; i++) {
                int c = candidates[i];
                if (c + offset < x.length && x[c + offset] == token) {
                    return true;
                }
            }
            return false;
        }

        private void markContinuations(boolean[] allowed, int offset) {
            for (int i = 0; i < count; i++) {
                int c = candidates[i];
                if (c + offset < x.length) {
                    mark(allowed, x[c + offset]);
                }
            }
        }

        /** Whether {@code <del>} may close the context: it is not empty and fixes a change position at or after the cursor. */
        private boolean canDelete() {
            if (!atStart && contextLength == 0) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (candidates[i] + contextLength >= cursor) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether {@code token} may extend the context: always after {@code <start>}; otherwise only when the
         * context's tail (all but its first token), extended by {@code token}, occurs at two or more places of
         * x ({@link #longest}). {@link EditScripts#between} takes the shortest context c that makes c and the
         * deletion unique, so the tail of c is never unique: this forbids nothing a training script does, and
         * it stops a decoder from copying a stretch of x as "context".
         */
        private boolean contextMayGrowBy(int token) {
            for (int i = 0; i < count; i++) {
                int c = candidates[i];
                if (c + contextLength < x.length && x[c + contextLength] == token
                        && (atStart || contextLength <= longest[c + 1])) {
                    return true;
                }
            }
            return false;
        }

        /** Marks the context tokens that {@link #contextMayGrowBy} allows. */
        private void markContextGrowth(boolean[] allowed) {
            for (int i = 0; i < count; i++) {
                int c = candidates[i];
                if (c + contextLength < x.length && (atStart || contextLength <= longest[c + 1])) {
                    mark(allowed, x[c + contextLength]);
                }
            }
        }

        /** End of the single candidate's listed deletion (DELETE with one candidate). */
        private int lastBefore() {
            return candidates[0] + length;
        }
    }

    private boolean isMarker(int token) {
        return token == hunk || token == start || token == delete || token == insert || token == skip
                || token == end;
    }

    /** Whether a context may start with {@code token}: at a position whose {@link #reach} is at or after the cursor. */
    private boolean opensContext(int token, int cursor) {
        for (int s = 0; s < x.length; s++) {
            if (x[s] == token && reach(s) >= cursor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The furthest change position a context starting at s can fix: its tail x[s+1, s+k) must occur
     * twice (the context rule of {@link Walk}), so k is at most 1 + {@link #longest}[s+1].
     */
    private int reach(int s) {
        return s + 1 + longest[s + 1];
    }

    /**
     * longest[i]: the length of the longest prefix of x[i, n) that also starts at another position of x
     * (occurrences may overlap); longest[n] = 0. O(n²) time by the longest-common-prefix recurrence
     * lcp(i, j) = x[i] = x[j] ? lcp(i+1, j+1) + 1 : 0, one row at a time.
     */
    private static int[] longestRepeats(int[] x) {
        int n = x.length;
        int[] longest = new int[n + 1];
        int[] below = new int[n + 2]; // lcp(i+1, j) for j = 0..n
        int[] row = new int[n + 2];
        for (int i = n - 1; i >= 0; i--) {
            int best = 0;
            for (int j = 0; j < n; j++) {
                row[j] = j != i && x[i] == x[j] ? below[j + 1] + 1 : 0;
                best = Math.max(best, row[j]);
            }
            row[n] = 0;
            longest[i] = best;
            int[] t = below;
            below = row;
            row = t;
        }
        return longest;
    }

    private static void mark(boolean[] allowed, int token) {
        if (token >= 0 && token < allowed.length) {
            allowed[token] = true;
        }
    }

    private static void clear(double[] scores, int token) {
        if (token >= 0 && token < scores.length) {
            scores[token] = Double.NEGATIVE_INFINITY;
        }
    }

    @Override
    public String toString() {
        return "ScriptGrammar over " + x.length + " tokens " + Arrays.toString(Arrays.copyOf(x, Math.min(8, x.length)))
                + (x.length > 8 ? "…" : "");
    }
}
