package org.editvq.training;

import org.editvq.core.data.ProgramPair;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.ModelConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs turned into id sequences for one model: pairs whose source is longer than the model's
 * {@code maxSourceLength} or whose target is longer than its {@code maxTargetLength} are
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

    /** Encodes program pairs (slow → fast) with the model's length limits. */
    public static PairData encode(List<ProgramPair> pairs, Vocabulary vocabulary, ModelConfig config) {
        List<List<String>> sources = new ArrayList<>(pairs.size());
        List<List<String>> targets = new ArrayList<>(pairs.size());
        for (ProgramPair p : pairs) {
            sources.add(p.slow().tokens());
            targets.add(p.fast().tokens());
        }
        return fromTokens(sources, targets, vocabulary, config.maxSourceLength(), config.maxTargetLength());
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

    /** Wraps parallel lists of id sequences (ids must be valid for the model's vocabulary). */
    public static PairData fromIds(List<int[]> sources, List<int[]> targets, int maxSourceLength,
                                   int maxTargetLength) {
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
            } else {
                kept.add(new EncodedPair(x.clone(), y.clone()));
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

    /** Source plus target tokens of the kept pairs. */
    public long tokens() {
        long n = 0;
        for (EncodedPair p : pairs) {
            n += p.source().length + p.target().length;
        }
        return n;
    }
}
