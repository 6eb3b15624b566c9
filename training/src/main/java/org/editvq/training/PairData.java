package org.editvq.training;

import org.editvq.core.data.ProgramPair;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.core.edits.ScriptMarkers;
import org.editvq.models.DecoderTarget;
import org.editvq.models.ModelConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs turned into id sequences for one model: pairs whose source is longer than the model's
 * {@code maxSourceLength} or whose target, or decoder output (the target program or its edit
 * script, by the model's {@link DecoderTarget}), is longer than its {@code maxTargetLength} are
 * dropped and counted, as are pairs with an empty side.
 *
 * @param pairs          the kept pairs, in input order
 * @param offered        pairs given
 * @param droppedTooLong pairs dropped for length
 * @param droppedEmpty   pairs dropped because a side had no tokens
 * @param unknownTokens  tokens of kept pairs that the vocabulary maps to {@code <unk>}
 */
public record PairData(List<EncodedPair> pairs, int offered, int droppedTooLong, int droppedEmpty,
                       long unknownTokens) {
    public PairData {
        pairs = List.copyOf(pairs);
        if (offered != pairs.size() + droppedTooLong + droppedEmpty) {
            throw new IllegalArgumentException("counts do not add up: offered " + offered + " != kept "
                    + pairs.size() + " + too long " + droppedTooLong + " + empty " + droppedEmpty);
        }
    }

    /**
     * Encodes program pairs (slow → fast) with the model's length limits and decoder output (for
     * an edit decoder the vocabulary must hold the script markers, see {@link EditTargets#vocabulary}).
     */
    public static PairData encode(List<ProgramPair> pairs, Vocabulary vocabulary, ModelConfig config) {
        List<int[]> sources = new ArrayList<>(pairs.size());
        List<int[]> targets = new ArrayList<>(pairs.size());
        for (ProgramPair p : pairs) {
            sources.add(vocabulary.encode(p.slow().tokens()));
            targets.add(vocabulary.encode(p.fast().tokens()));
        }
        ScriptMarkers<Integer> markers = config.decoder() == DecoderTarget.EDITS ? EditTargets.markers(vocabulary)
                : null;
        return fromIds(sources, targets, config.maxSourceLength(), config.maxTargetLength(), config.decoder(),
                markers);
    }

    /** Encodes parallel lists of token sequences. */
    public static PairData fromTokens(List<? extends List<String>> sources, List<? extends List<String>> targets,
                                      Vocabulary vocabulary, int maxSourceLength, int maxTargetLength) {
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException(sources.size() + " sources but " + targets.size() + " targets");
        }
        List<int[]> s = new ArrayList<>(sources.size());
        List<int[]> t = new ArrayList<>(targets.size());
        for (int i = 0; i < sources.size(); i++) {
            s.add(vocabulary.encode(sources.get(i)));
            t.add(vocabulary.encode(targets.get(i)));
        }
        return fromIds(s, t, maxSourceLength, maxTargetLength);
    }

    /** Wraps parallel lists of id sequences for a program decoder (ids must be valid for the model's vocabulary). */
    public static PairData fromIds(List<int[]> sources, List<int[]> targets, int maxSourceLength,
                                   int maxTargetLength) {
        return fromIds(sources, targets, maxSourceLength, maxTargetLength, DecoderTarget.PROGRAM, null);
    }

    /**
     * Wraps parallel lists of id sequences; the decoder output of each pair is built for
     * {@code decoder} ({@code markers} are the script markers' ids, needed for an edit decoder).
     */
    public static PairData fromIds(List<int[]> sources, List<int[]> targets, int maxSourceLength,
                                   int maxTargetLength, DecoderTarget decoder, ScriptMarkers<Integer> markers) {
        if (decoder == DecoderTarget.EDITS && markers == null) {
            throw new IllegalArgumentException("an edit decoder needs the script markers' ids");
        }
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException(sources.size() + " sources but " + targets.size() + " targets");
        }
        if (maxSourceLength < 1 || maxTargetLength < 1) {
            throw new IllegalArgumentException("length limits must be >= 1");
        }
        List<EncodedPair> kept = new ArrayList<>();
        int tooLong = 0;
        int empty = 0;
        long unknown = 0;
        for (int i = 0; i < sources.size(); i++) {
            int[] x = sources.get(i);
            int[] y = targets.get(i);
            if (x.length == 0 || y.length == 0) {
                empty++;
            } else if (x.length > maxSourceLength || y.length > maxTargetLength) {
                tooLong++;
            } else if (decoder == DecoderTarget.PROGRAM) {
                kept.add(new EncodedPair(x.clone(), y.clone()));
                unknown += count(x, Vocabulary.UNK) + count(y, Vocabulary.UNK);
            } else {
                int[] script = EditTargets.output(x, y, decoder, markers);
                if (script.length > maxTargetLength) {
                    tooLong++;
                    continue;
                }
                kept.add(new EncodedPair(x.clone(), y.clone(), script));
                unknown += count(x, Vocabulary.UNK) + count(y, Vocabulary.UNK);
            }
        }
        return new PairData(kept, sources.size(), tooLong, empty, unknown);
    }

    private static long count(int[] ids, int id) {
        long n = 0;
        for (int v : ids) {
            if (v == id) {
                n++;
            }
        }
        return n;
    }

    /** Number of kept pairs. */
    public int size() {
        return pairs.size();
    }

    /**
     * The kept pairs at {@code indices} as one batch: sources, targets (the edit encoder's input) and
     * decoder outputs.
     */
    public org.editvq.models.PairBatch batch(int[] indices) {
        List<int[]> xs = new java.util.ArrayList<>(indices.length);
        List<int[]> ys = new java.util.ArrayList<>(indices.length);
        List<int[]> outs = new java.util.ArrayList<>(indices.length);
        for (int i : indices) {
            EncodedPair p = pairs.get(i);
            xs.add(p.source());
            ys.add(p.target());
            outs.add(p.output());
        }
        return org.editvq.models.PairBatch.of(xs, ys, outs);
    }

    /** Source plus target tokens of the kept pairs. */
    public long tokens() {
        long n = 0;
        for (EncodedPair p : pairs) {
            n += p.source().length + p.target().length;
        }
        return n;
    }

    /** Mean length of the kept pairs' decoder outputs (programs or edit scripts), without EOS; 0 when none. */
    public double meanOutputLength() {
        return pairs.stream().mapToInt(p -> p.output().length).average().orElse(0);
    }

    /**
     * Kept pairs whose decoder output (an edit script) the decoding grammar of their source accepts
     * ({@link EditTargets#inGrammar}); O(n²) per pair in the source length.
     */
    public int outputsInGrammar(org.editvq.core.edits.ScriptMarkers<Integer> markers) {
        int n = 0;
        for (EncodedPair p : pairs) {
            n += EditTargets.inGrammar(p.source(), p.output(), markers) ? 1 : 0;
        }
        return n;
    }

    /** Mean length of the kept pairs' target programs; 0 when none. */
    public double meanTargetLength() {
        return pairs.stream().mapToInt(p -> p.target().length).average().orElse(0);
    }
}
