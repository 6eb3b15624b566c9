package org.editvq.core.vocab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Token ↔ id mapping for canonical programs. Ids 0–4 are the special tokens
 * {@code <pad> <bos> <eos> <unk> <sep>}; the rest are ordered by descending frequency, ties by
 * token text, so the same corpus always gives the same vocabulary.
 */
public final class Vocabulary {
    /** Padding id. */
    public static final int PAD = 0;
    /** Begin-of-sequence id (first decoder input). */
    public static final int BOS = 1;
    /** End-of-sequence id. */
    public static final int EOS = 2;
    /** Unknown-token id. */
    public static final int UNK = 3;
    /** Separator id (joins x and y for the VQ-VAE ablation). */
    public static final int SEP = 4;
    /** The special tokens, by id. */
    public static final List<String> SPECIALS = List.of("<pad>", "<bos>", "<eos>", "<unk>", "<sep>");

    private final List<String> tokens;
    private final Map<String, Integer> ids;

    private Vocabulary(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        this.ids = new HashMap<>();
        for (int i = 0; i < this.tokens.size(); i++) {
            if (ids.put(this.tokens.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate token in vocabulary: " + this.tokens.get(i));
            }
        }
        if (!this.tokens.subList(0, SPECIALS.size()).equals(SPECIALS)) {
            throw new IllegalArgumentException("vocabulary must start with " + SPECIALS);
        }
    }

    /**
     * Builds a vocabulary from token sequences, keeping tokens seen at least {@code minCount}
     * times.
     */
    public static Vocabulary build(Collection<? extends List<String>> sequences, int minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be >= 1");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> seq : sequences) {
            for (String t : seq) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        List<String> kept = new ArrayList<>();
        counts.forEach((t, c) -> {
            if (c >= minCount && !SPECIALS.contains(t)) {
                kept.add(t);
            }
        });
        kept.sort(Comparator.comparing((String t) -> -counts.get(t)).thenComparing(Comparator.naturalOrder()));
        List<String> all = new ArrayList<>(SPECIALS);
        all.addAll(kept);
        return new Vocabulary(all);
    }

    /** A vocabulary with exactly these tokens after the specials (in this order). */
    public static Vocabulary of(List<String> regularTokens) {
        List<String> all = new ArrayList<>(SPECIALS);
        all.addAll(regularTokens);
        return new Vocabulary(all);
    }

    /**
     * This vocabulary with {@code extra} tokens appended (in order) where absent: existing ids
     * stay, so data encoded with this vocabulary keeps its meaning.
     */
    public Vocabulary withTokens(List<String> extra) {
        List<String> all = new ArrayList<>(tokens);
        for (String t : extra) {
            if (!ids.containsKey(t) && !all.contains(t)) {
                all.add(t);
            }
        }
        return all.size() == tokens.size() ? this : new Vocabulary(all);
    }

    /** Whether the vocabulary has this exact token (not mapped to {@code <unk>}). */
    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    /** Number of tokens including specials. */
    public int size() {
        return tokens.size();
    }

    /** Id of a token, {@link #UNK} when unknown. */
    public int id(String token) {
        return ids.getOrDefault(token, UNK);
    }

    /** Token of an id. */
    public String token(int id) {
        Objects.checkIndex(id, tokens.size());
        return tokens.get(id);
    }

    /** Ids of a token sequence (no BOS/EOS added). */
    public int[] encode(List<String> sequence) {
        int[] out = new int[sequence.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = id(sequence.get(i));
        }
        return out;
    }

    /** Tokens of ids, stopping at the first EOS and skipping PAD and BOS. */
    public List<String> decode(int[] sequence) {
        List<String> out = new ArrayList<>();
        for (int id : sequence) {
            if (id == EOS) {
                break;
            }
            if (id != PAD && id != BOS) {
                out.add(token(id));
            }
        }
        return out;
    }

    /** All tokens by id. */
    public List<String> tokens() {
        return tokens;
    }

    /** Writes one token per line (UTF-8). Tokens never contain line breaks. */
    public void write(Path file) throws IOException {
        Files.write(file, tokens, StandardCharsets.UTF_8);
    }

    /** Reads a file written by {@link #write}. */
    public static Vocabulary read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try {
            return new Vocabulary(lines);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && v.tokens.equals(tokens);
    }

    @Override
    public int hashCode() {
        return tokens.hashCode();
    }
}
