package org.editvq.training;

import org.editvq.core.data.ProgramPair;
import org.editvq.core.manifest.Hashing;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecoderTarget;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model trains on, prepared one way for every caller (the command line, the Java API, the
 * demo, the reproduction): the vocabulary, the model's two splits encoded, the hash a resumed run
 * checks, and a report of what was kept and dropped.
 *
 * <ul>
 *   <li>The vocabulary of a fresh run is built from the slow and fast programs of the
 *       <em>training</em> split only ({@link #VOCAB_MIN_COUNT}), so validation measures tokens
 *       the model has not seen as {@code <unk>}, plus the edit-script markers of an edit decoder
 *       ({@link EditTargets#vocabulary}).</li>
 *   <li>The splits are {@code train}/{@code valid}, or {@code trainStar}/{@code validStar} for
 *       Transformer*.</li>
 *   <li>The data hash ({@link #dataHash}) is over the tokens of exactly those two splits, in order.</li>
 * </ul>
 *
 * @param vocabulary the vocabulary the pairs were encoded with
 * @param train      the encoded training split
 * @param valid      the encoded validation split
 * @param dataHash   {@link #dataHash} of the two splits
 * @param report     counts (offered, kept, dropped as too long or empty, unknown tokens) and the pair settings,
 *                   recorded under {@code data} in the bundle's manifest
 */
public record TrainingData(Vocabulary vocabulary, PairData train, PairData valid, String dataHash,
                           Map<String, Object> report) {
    /** Tokens seen fewer times than this in the training pairs map to {@code <unk>}. */
    public static final int VOCAB_MIN_COUNT = 1;

    public TrainingData {
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(valid, "valid");
        Objects.requireNonNull(dataHash, "dataHash");
        report = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(report));
    }

    /** The vocabulary of a fresh run on {@code dataset} whose decoder emits {@code decoder} (see the type's notes). */
    public static Vocabulary vocabulary(PairDataset dataset, DecoderTarget decoder) {
        List<List<String>> sequences = new ArrayList<>();
        for (ProgramPair p : dataset.train()) {
            sequences.add(p.slow().tokens());
            sequences.add(p.fast().tokens());
        }
        return EditTargets.vocabulary(Vocabulary.build(sequences, VOCAB_MIN_COUNT), decoder);
    }

    /** The training split of a model kind: {@code trainStar} for Transformer*, else {@code train}. */
    public static List<ProgramPair> trainSplit(PairDataset dataset, ModelKind kind) {
        return kind == ModelKind.TRANSFORMER_STAR ? dataset.trainStar() : dataset.train();
    }

    /** The validation split of a model kind: {@code validStar} for Transformer*, else {@code valid}. */
    public static List<ProgramPair> validSplit(PairDataset dataset, ModelKind kind) {
        return kind == ModelKind.TRANSFORMER_STAR ? dataset.validStar() : dataset.valid();
    }

    /**
     * Encodes the splits of {@code config.kind()} with {@code vocabulary} (a fresh run's from
     * {@link #vocabulary}, a resumed run's from its bundle); {@code provenance} (where the pairs came from)
     * heads the report.
     */
    public static TrainingData encode(PairDataset dataset, Vocabulary vocabulary, ModelConfig config,
                                      Map<String, Object> provenance) {
        List<ProgramPair> trainPairs = trainSplit(dataset, config.kind());
        List<ProgramPair> validPairs = validSplit(dataset, config.kind());
        PairData train = PairData.encode(trainPairs, vocabulary, config);
        PairData valid = PairData.encode(validPairs, vocabulary, config);
        Map<String, Object> m = new LinkedHashMap<>(provenance);
        m.put("split", config.kind() == ModelKind.TRANSFORMER_STAR ? "trainStar/validStar" : "train/valid");
        m.put("pairConfig", dataset.config().toMap());
        m.put("vocabSize", vocabulary.size());
        m.put("vocabMinCount", VOCAB_MIN_COUNT);
        m.put("trainOffered", train.offered());
        m.put("trainKept", train.size());
        m.put("trainDroppedTooLong", train.droppedTooLong());
        m.put("trainDroppedEmpty", train.droppedEmpty());
        m.put("trainUnknownTokens", train.unknownTokens());
        m.put("trainMeanDecoderOutput", train.meanOutputLength());
        m.put("trainMeanTarget", train.meanTargetLength());
        if (config.decoder() == org.editvq.models.DecoderTarget.EDITS) {
            // how many training scripts a decoder under the script grammar could write (docs/edit-decoding.md)
            m.put("trainScriptsInGrammar", train.outputsInGrammar(EditTargets.markers(vocabulary)));
        }
        m.put("validOffered", valid.offered());
        m.put("validKept", valid.size());
        m.put("validDroppedTooLong", valid.droppedTooLong());
        m.put("validUnknownTokens", valid.unknownTokens());
        return new TrainingData(vocabulary, train, valid, dataHash(trainPairs, validPairs), m);
    }

    /**
     * SHA-256 over the training then the validation pairs' tokens, in order: what a resumed run
     * checks against the bundle's manifest.
     */
    public static String dataHash(List<ProgramPair> train, List<ProgramPair> valid) {
        MessageDigest d = Hashing.sha256();
        for (List<ProgramPair> split : List.of(train, valid)) {
            d.update("split\n".getBytes(StandardCharsets.UTF_8));
            for (ProgramPair p : split) {
                d.update((String.join("\u001f", p.slow().tokens()) + "\u001e" + String.join("\u001f",
                        p.fast().tokens()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return Hashing.hex(d);
    }
}
