package org.editvq.models;

import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.nn.TokenBatch;

import java.util.ArrayList;
import java.util.List;

/**
 * A training batch of (x, y) pairs as token ids.
 *
 * @param source       x, padded [B, Ts]
 * @param target       y itself, padded [B, Ty] (input of the edit encoder)
 * @param decoderInput ⟨bos⟩ o, padded [B, To+1], where the decoder's output o is y itself
 *                     ({@link DecoderTarget#PROGRAM}) or the edit script of x → y
 *                     ({@link DecoderTarget#EDITS})
 * @param labels       o ⟨eos⟩ aligned with decoderInput, [B·(To+1)], PAD on padding
 */
public record PairBatch(TokenBatch source, TokenBatch target, TokenBatch decoderInput, int[] labels) {

    public PairBatch {
        if (source.batch() != target.batch() || target.batch() != decoderInput.batch()) {
            throw new IllegalArgumentException("batch sizes differ");
        }
        if (labels.length != decoderInput.ids().length) {
            throw new IllegalArgumentException("labels do not match the decoder input");
        }
    }

    /** Builds a batch from id sequences of x and y (each non-empty, no BOS/EOS); the decoder emits y. */
    public static PairBatch of(List<int[]> sources, List<int[]> targets) {
        return of(sources, targets, targets);
    }

    /**
     * Builds a batch whose decoder emits {@code outputs} (no BOS/EOS, may be empty: an empty edit
     * script) while the edit encoder reads {@code targets} (non-empty).
     */
    public static PairBatch of(List<int[]> sources, List<int[]> targets, List<int[]> outputs) {
        if (sources.size() != targets.size() || sources.size() != outputs.size() || sources.isEmpty()) {
            throw new IllegalArgumentException("need the same, non-zero number of sources, targets and outputs");
        }
        List<int[]> decIn = new ArrayList<>();
        List<int[]> decOut = new ArrayList<>();
        for (int[] y : outputs) {
            int[] in = new int[y.length + 1];
            int[] out = new int[y.length + 1];
            in[0] = Vocabulary.BOS;
            System.arraycopy(y, 0, in, 1, y.length);
            System.arraycopy(y, 0, out, 0, y.length);
            out[y.length] = Vocabulary.EOS;
            decIn.add(in);
            decOut.add(out);
        }
        TokenBatch decoderInput = TokenBatch.of(decIn);
        return new PairBatch(TokenBatch.of(sources), TokenBatch.of(targets), decoderInput,
                TokenBatch.of(decOut).ids());
    }

    /**
     * Pairs {@code from} (inclusive) to {@code to} (exclusive) as a batch of their own, padded to
     * their own longest sequences.
     */
    public PairBatch slice(int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, size());
        if (from == to) {
            throw new IllegalArgumentException("empty slice " + from + ".." + to);
        }
        List<int[]> xs = new ArrayList<>(to - from);
        List<int[]> ys = new ArrayList<>(to - from);
        List<int[]> outs = new ArrayList<>(to - from);
        for (int b = from; b < to; b++) {
            xs.add(row(source, b, 0));
            ys.add(row(target, b, 0));
            outs.add(row(decoderInput, b, 1)); // without the leading BOS
        }
        return of(xs, ys, outs);
    }

    private static int[] row(TokenBatch tokens, int b, int skip) {
        int start = b * tokens.time() + skip;
        return java.util.Arrays.copyOfRange(tokens.ids(), start, b * tokens.time() + tokens.lengths()[b]);
    }

    /** Number of sequences. */
    public int size() {
        return source.batch();
    }

    /** Target tokens predicted by the decoder (its output plus EOS). */
    public int targetTokens() {
        return decoderInput.tokenCount();
    }

    /** x ⟨sep⟩ y per row (input of the VQ-VAE ablation's latent encoder). */
    public TokenBatch concatenated() {
        List<int[]> rows = new ArrayList<>();
        for (int b = 0; b < source.batch(); b++) {
            int lx = source.lengths()[b];
            int ly = target.lengths()[b];
            int[] row = new int[lx + 1 + ly];
            System.arraycopy(source.ids(), b * source.time(), row, 0, lx);
            row[lx] = Vocabulary.SEP;
            System.arraycopy(target.ids(), b * target.time(), row, lx + 1, ly);
            rows.add(row);
        }
        return TokenBatch.of(rows);
    }
}
