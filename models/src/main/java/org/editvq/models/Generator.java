package org.editvq.models;

import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.nn.Arena;
import org.editvq.models.nn.DecoderLayer;
import org.editvq.models.nn.EncoderStack;
import org.editvq.models.nn.Kernels;
import org.editvq.models.nn.TokenBatch;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Batched autoregressive decoding with key/value caches (paper Algorithm 2): one source
 * program, n latents (or n samples), one batch.
 *
 * <p>The encoder runs once on n copies of the source, each with its own latent added to every
 * position ([n·S, d]); each decoder layer projects that memory once into a cross-attention cache
 * and appends one key/value per step to its self-attention cache, so a step costs O(d² + t·d)
 * per sequence instead of re-running the decoder on the whole prefix.
 *
 * <p>With several {@link Workers} the n sequences are cut into one contiguous group per worker,
 * each decoded with its own caches on its own thread (the weights are only read). Every sequence
 * samples from its own generator, split off the caller's in sequence order. The groups follow the
 * pool's size, so a decode is bit-exact for a given pool; pools of other sizes decode the same
 * tokens up to floating-point rounding of the batched products (log-likelihoods agree to ~1e-7
 * relative in float), which did not change a chosen token in our tests.
 */
public final class Generator {
    /** Source copies encoded at once. */
    static final int ENCODE_CHUNK = 8;
    private final EditModel model;
    private final Workers workers;

    /** A generator for a trained model that decodes in the caller's thread. */
    public Generator(EditModel model) {
        this(model, Workers.single());
    }

    /** A generator for a trained model that splits the sequences of a decode over {@code workers}. */
    public Generator(EditModel model, Workers workers) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.workers = java.util.Objects.requireNonNull(workers, "workers");
    }

    /**
     * Decodes {@code source} under each row of {@code latents} [n, d] (null: n copies without
     * latent, for the transformers).
     */
    public List<Decoded> decode(int[] source, INDArray latents, int n, DecodeOptions options, SplittableRandom random) {
        return decode(source, latents, n, options, random, null);
    }

    /**
     * Decodes like {@link #decode(int[], INDArray, int, DecodeOptions, SplittableRandom)}, each sequence
     * only emitting what {@code constraint} allows (null: any token). A sequence whose allowed tokens
     * all have probability zero picks among them still; one that reaches the length limit ends there.
     */
    public List<Decoded> decode(int[] source, INDArray latents, int n, DecodeOptions options, SplittableRandom random,
                                DecodeConstraint constraint) {
        if (source.length == 0 || source.length > model.config().maxSourceLength()) {
            throw new IllegalArgumentException("source has " + source.length + " tokens; the model accepts 1 to "
                    + model.config().maxSourceLength());
        }
        if (latents != null && latents.size(0) != n) {
            throw new IllegalArgumentException("need " + n + " latent rows, got " + latents.size(0));
        }
        if (options.strategy() == DecodeOptions.Strategy.SAMPLE && random == null) {
            throw new IllegalArgumentException("sampling needs a random generator");
        }
        int maxLength = Math.min(options.maxLength(), model.config().maxTargetLength());
        SplittableRandom[] streams = new SplittableRandom[n];
        if (options.strategy() == DecodeOptions.Strategy.SAMPLE) {
            for (int i = 0; i < n; i++) {
                streams[i] = random.split();
            }
        }
        // one group per pool thread, whatever share of the pool this call gets now (Workers.sharing):
        // the groups fix the batched products, so a decode is bit-exact for a given pool size
        int groups = Math.min(workers.poolThreads(), n);
        List<java.util.concurrent.Callable<List<Decoded>>> tasks = new ArrayList<>(groups);
        int first = 0;
        for (int g = 0; g < groups; g++) {
            int from = first;
            int count = n / groups + (g < n % groups ? 1 : 0);
            tasks.add(() -> decodeGroup(source, latents == null ? null
                            : latents.get(NDArrayIndex.interval(from, from + count), NDArrayIndex.all()).dup('c'), count,
                    maxLength, options, Arrays.copyOfRange(streams, from, from + count), constraint));
            first += count;
        }
        List<Decoded> out = new ArrayList<>(n);
        for (List<Decoded> group : workers.invokeAll(tasks)) {
            out.addAll(group);
        }
        return out;
    }

    /** Decodes one group of sequences with caches of its own. */
    private List<Decoded> decodeGroup(int[] source, INDArray latents, int n, int maxLength, DecodeOptions options,
                                      SplittableRandom[] streams, DecodeConstraint constraint) {
        if (options.beamWidth() > 1) {
            return beamGroup(source, latents, n, maxLength, options, constraint);
        }
        DataType type = model.params().dataType();
        List<DecoderLayer.StepCaches> caches = model.decoder().newCaches(type, n, source.length, maxLength + 1);
        try {
            encodeInto(caches, source, latents, n);
            DecodeConstraint.Sequence[] states = new DecodeConstraint.Sequence[n];
            for (int i = 0; constraint != null && i < n; i++) {
                states[i] = constraint.begin();
            }
            return loop(n, maxLength, options, streams, caches, latents == null ? null : model.decoderLatent(latents),
                    states);
        } finally {
            caches.forEach(DecoderLayer.StepCaches::close);
        }
    }

    /**
     * Runs the encoder on n copies of the source, {@link #ENCODE_CHUNK} at a time, each with its
     * latent, and fills the decoder's cross-attention caches. Chunking bounds the attention
     * buffers ([c·H, S, S]) and lets each chunk reuse the memory the previous one freed.
     */
    private void encodeInto(List<DecoderLayer.StepCaches> caches, int[] source, INDArray latents, int n) {
        int srcLen = source.length;
        for (int first = 0; first < n; first += ENCODE_CHUNK) {
            int count = Math.min(ENCODE_CHUNK, n - first);
            int[] ids = new int[count * srcLen];
            int[] lengths = new int[count];
            for (int i = 0; i < count; i++) {
                System.arraycopy(source, 0, ids, i * srcLen, srcLen);
                lengths[i] = srcLen;
            }
            TokenBatch src = new TokenBatch(count, srcLen, ids, lengths);
            try (Arena enc = new Arena(model.params().dataType())) {
                INDArray chunkLatents = latents == null ? null
                        : enc.copyOf(latents.get(NDArrayIndex.interval(first, first + count), NDArrayIndex.all()));
                INDArray embedded = model.embedder().forward(enc, src, chunkLatents, null).out();
                EncoderStack.Saved memory = model.encoder().forward(enc, embedded, count, srcLen, null, null);
                model.decoder().fillCrossCaches(enc, caches, memory.out(), first, count);
            }
        }
    }

    private List<Decoded> loop(int n, int maxLength, DecodeOptions options, SplittableRandom[] streams,
                               List<DecoderLayer.StepCaches> caches, INDArray decoderLatents,
                               DecodeConstraint.Sequence[] states) {
        int vocab = model.config().vocabSize();
        int[] last = new int[n];
        Arrays.fill(last, Vocabulary.BOS);
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        double[] logProb = new double[n];
        boolean[] done = new boolean[n];
        int active = n;
        double[] row = new double[vocab];
        for (int t = 0; t <= maxLength && active > 0; t++) {
            double[] all = stepLogProbabilities(last, t, decoderLatents, caches);
            for (int i = 0; i < n; i++) {
                if (done[i]) {
                    last[i] = Vocabulary.PAD;
                    continue;
                }
                allowed(all, i, row, t, options, states[i]);
                int token = t == maxLength ? Vocabulary.EOS : choose(row, options, streams[i]);
                if (states[i] != null && token != Vocabulary.EOS) {
                    states[i].accept(token);
                }
                logProb[i] += all[i * vocab + token];
                if (token == Vocabulary.EOS) {
                    done[i] = true;
                    active--;
                } else {
                    out.get(i).add(token);
                }
                last[i] = token;
            }
        }
        List<Decoded> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] tokens = out.get(i).stream().mapToInt(Integer::intValue).toArray();
            result.add(new Decoded(tokens, logProb[i], tokens.length < maxLength));
        }
        return result;
    }

    /**
     * Beam search for one group: every sequence (latent row) keeps {@code beamWidth} hypotheses in rows
     * {@code i·W … i·W + W − 1} of the caches, which share the sequence's encoder memory and latent. Each step
     * extends every live hypothesis by its W most likely tokens the constraint allows, keeps the W best
     * extensions by log-likelihood (ties: earlier hypothesis, lower token id), sets aside those ending in EOS
     * among the W best, and copies the self-attention caches of the kept hypotheses' parents. A sequence is
     * done when W hypotheses have ended (or none is left); its result is the ended hypothesis of the best
     * log-likelihood per token ({@link Decoded#normalizedLogProb}), so longer and shorter scripts compete
     * fairly. Deterministic: no random numbers.
     */
    private List<Decoded> beamGroup(int[] source, INDArray latents, int n, int maxLength, DecodeOptions options,
                                    DecodeConstraint constraint) {
        int width = options.beamWidth();
        int rows = n * width;
        DataType type = model.params().dataType();
        INDArray repeated = null;
        if (latents != null) {
            repeated = org.nd4j.linalg.factory.Nd4j.create(type, rows, latents.size(1));
            for (int r = 0; r < rows; r++) {
                repeated.getRow(r).assign(latents.getRow(r / width));
            }
        }
        List<DecoderLayer.StepCaches> caches = model.decoder().newCaches(type, rows, source.length, maxLength + 1);
        try {
            encodeInto(caches, source, repeated, rows);
            return beamLoop(n, width, maxLength, options, caches,
                    repeated == null ? null : model.decoderLatent(repeated), constraint);
        } finally {
            caches.forEach(DecoderLayer.StepCaches::close);
        }
    }

    /** A candidate extension of hypothesis {@code row} by {@code token}, of total log-likelihood {@code score}. */
    private record Extension(int row, int token, double score) {
    }

    private List<Decoded> beamLoop(int n, int width, int maxLength, DecodeOptions options,
                                   List<DecoderLayer.StepCaches> caches, INDArray decoderLatents,
                                   DecodeConstraint constraint) {
        int rows = n * width;
        int vocab = model.config().vocabSize();
        int[] last = new int[rows];
        Arrays.fill(last, Vocabulary.PAD);
        int[][] prefix = new int[rows][];
        double[] score = new double[rows];
        boolean[] alive = new boolean[rows];
        DecodeConstraint.Sequence[] states = new DecodeConstraint.Sequence[rows];
        List<List<Decoded>> ended = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int r = i * width;
            alive[r] = true;
            prefix[r] = new int[0];
            last[r] = Vocabulary.BOS;
            states[r] = constraint == null ? null : constraint.begin();
            ended.add(new ArrayList<>());
        }
        java.util.Comparator<Extension> best = java.util.Comparator.comparingDouble(Extension::score).reversed()
                .thenComparingInt(Extension::row).thenComparingInt(Extension::token);
        double[] row = new double[vocab];
        int open = n;
        for (int t = 0; t <= maxLength && open > 0; t++) {
            double[] all = stepLogProbabilities(last, t, decoderLatents, caches);
            int[] parents = new int[rows];
            int[][] nextPrefix = new int[rows][];
            double[] nextScore = new double[rows];
            boolean[] nextAlive = new boolean[rows];
            DecodeConstraint.Sequence[] nextStates = new DecodeConstraint.Sequence[rows];
            int[] next = new int[rows];
            Arrays.fill(next, Vocabulary.PAD);
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int b = 0; b < width; b++) {
                    parents[i * width + b] = i * width + b;
                }
                if (done[i]) {
                    continue;
                }
                List<Extension> extensions = new ArrayList<>();
                for (int b = 0; b < width; b++) {
                    int r = i * width + b;
                    if (!alive[r]) {
                        continue;
                    }
                    allowed(all, r, row, t, options, states[r]);
                    if (t == maxLength) {
                        extensions.add(new Extension(r, Vocabulary.EOS, score[r] + all[r * vocab + Vocabulary.EOS]));
                        continue;
                    }
                    int[] tokens = topTokens(row, width);
                    if (tokens.length == 0) { // nothing allowed has a probability: end here, as greedy decoding does
                        tokens = new int[]{Vocabulary.EOS};
                    }
                    for (int token : tokens) {
                        extensions.add(new Extension(r, token, score[r] + all[r * vocab + token]));
                    }
                }
                extensions.sort(best);
                int kept = 0;
                for (int rank = 0; rank < extensions.size() && kept < width; rank++) {
                    Extension e = extensions.get(rank);
                    if (e.token() == Vocabulary.EOS) {
                        if (rank < width) {
                            ended.get(i).add(new Decoded(prefix[e.row()], e.score(),
                                    prefix[e.row()].length < maxLength));
                        }
                        continue;
                    }
                    int target = i * width + kept++;
                    parents[target] = e.row();
                    moved |= e.row() != target;
                    nextPrefix[target] = Arrays.copyOf(prefix[e.row()], prefix[e.row()].length + 1);
                    nextPrefix[target][prefix[e.row()].length] = e.token();
                    nextScore[target] = e.score();
                    nextAlive[target] = true;
                    next[target] = e.token();
                    if (states[e.row()] != null) {
                        nextStates[target] = states[e.row()].copy();
                        nextStates[target].accept(e.token());
                    }
                }
                if (kept == 0 || ended.get(i).size() >= width) {
                    done[i] = true;
                    open--;
                    for (int b = 0; b < width; b++) {
                        nextAlive[i * width + b] = false;
                        next[i * width + b] = Vocabulary.PAD;
                    }
                }
            }
            if (moved) {
                model.decoder().reorderSelfCaches(caches, parents);
            }
            prefix = nextPrefix;
            score = nextScore;
            alive = nextAlive;
            states = nextStates;
            last = next;
        }
        List<Decoded> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Decoded chosen = null;
            for (Decoded d : ended.get(i)) {
                if (chosen == null || d.normalizedLogProb() > chosen.normalizedLogProb()) {
                    chosen = d;
                }
            }
            result.add(chosen != null ? chosen : new Decoded(new int[0], Double.NEGATIVE_INFINITY, false));
        }
        return result;
    }

    /**
     * One decoding position for every sequence: feeds each sequence's last token (position t) through the
     * decoder with its caches and returns the log-probabilities of the next token, [n·V] row-major.
     */
    private double[] stepLogProbabilities(int[] last, int t, INDArray decoderLatents,
                                          List<DecoderLayer.StepCaches> caches) {
        try (Arena step = new Arena(model.params().dataType())) {
            INDArray x = model.embedder().forward(step, last, last.length, 1, t, decoderLatents, null).out();
            INDArray h = model.decoder().step(step, x, caches);
            INDArray logits = model.output().logits(step, h);
            INDArray logp = step.alloc(last.length, model.config().vocabSize());
            Kernels.logSoftmax(logits, logp);
            return Kernels.toArray(logp);
        }
    }

    /**
     * Copies sequence {@code i}'s log-probabilities out of the step's [n·V] array into {@code row} and sets
     * what may not come next to −∞: EOS before the minimum length, and what the constraint forbids.
     */
    private static void allowed(double[] all, int i, double[] row, int t, DecodeOptions options,
                                DecodeConstraint.Sequence state) {
        System.arraycopy(all, i * row.length, row, 0, row.length);
        if (t < options.minLength()) {
            row[Vocabulary.EOS] = Double.NEGATIVE_INFINITY;
        }
        if (state != null) {
            state.restrict(row);
        }
    }

    /** The ids of the {@code k} largest finite entries of a row, best first (ties: lower id); never PAD or BOS. */
    static int[] topTokens(double[] logp, int k) {
        int[] top = new int[k];
        double[] value = new double[k];
        int filled = 0;
        for (int j = 0; j < logp.length; j++) {
            double v = logp[j];
            if (j == Vocabulary.PAD || j == Vocabulary.BOS || v == Double.NEGATIVE_INFINITY || Double.isNaN(v)
                    || (filled == k && v <= value[k - 1])) {
                continue;
            }
            int at = Math.min(filled, k - 1);
            while (at > 0 && value[at - 1] < v) {
                top[at] = top[at - 1];
                value[at] = value[at - 1];
                at--;
            }
            top[at] = j;
            value[at] = v;
            filled = Math.min(filled + 1, k);
        }
        return Arrays.copyOf(top, filled);
    }

    /** Picks a token id from a row of log-probabilities; never PAD or BOS. */
    static int choose(double[] logp, DecodeOptions options, SplittableRandom random) {
        if (options.strategy() == DecodeOptions.Strategy.GREEDY) {
            int best = Vocabulary.EOS;
            for (int j = 0; j < logp.length; j++) {
                if (j != Vocabulary.PAD && j != Vocabulary.BOS && logp[j] > logp[best]) {
                    best = j;
                }
            }
            return best;
        }
        double[] scaled = new double[logp.length];
        for (int j = 0; j < logp.length; j++) {
            scaled[j] = j == Vocabulary.PAD || j == Vocabulary.BOS ? Double.NEGATIVE_INFINITY
                    : logp[j] / options.temperature();
        }
        if (options.topK() > 0 && options.topK() < logp.length) {
            double[] sorted = scaled.clone();
            Arrays.sort(sorted);
            double cutoff = sorted[sorted.length - options.topK()];
            for (int j = 0; j < scaled.length; j++) {
                if (scaled[j] < cutoff) {
                    scaled[j] = Double.NEGATIVE_INFINITY;
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scaled) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int j = 0; j < scaled.length; j++) {
            scaled[j] = Math.exp(scaled[j] - max);
            sum += scaled[j];
        }
        double u = random.nextDouble() * sum;
        for (int j = 0; j < scaled.length; j++) {
            u -= scaled[j];
            if (u <= 0 && scaled[j] > 0) {
                return j;
            }
        }
        for (int j = scaled.length - 1; j >= 0; j--) {
            if (scaled[j] > 0) {
                return j;
            }
        }
        return Vocabulary.EOS;
    }
}
