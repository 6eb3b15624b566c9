package org.editvq.evaluation.metrics;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * BLEU and ΔBLEU over files of whitespace-tokenized text, one segment per line (UTF-8): the hypothesis file and one
 * or more reference files of the same number of lines, as sacrebleu takes them. Errors name the offending file.
 */
public final class FileScoring {
    private FileScoring() {
    }

    /**
     * Reads a file of one segment per line and splits every line on whitespace. A final newline does not add a
     * segment; an empty line is an empty segment.
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or is not UTF-8
     */
    public static List<List<String>> readSegments(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e + ")", e);
        }
        List<List<String>> segments = new ArrayList<>(lines.size());
        for (String line : lines) {
            segments.add(Tokens.split(line));
        }
        return segments;
    }

    /** Reads the hypothesis and the reference files; every reference file must have the hypothesis file's lines. */
    private static List<List<List<String>>> readReferenceStreams(Path hypFile, int hypLines, List<Path> refFiles) {
        if (refFiles.isEmpty()) {
            throw new IllegalArgumentException("at least one reference file is needed");
        }
        List<List<List<String>>> streams = new ArrayList<>();
        for (Path ref : refFiles) {
            List<List<String>> stream = readSegments(ref);
            if (stream.size() != hypLines) {
                throw new IllegalArgumentException("reference file " + ref + " has " + stream.size()
                        + " lines but hypothesis file " + hypFile + " has " + hypLines);
            }
            streams.add(stream);
        }
        return streams;
    }

    /** ROUGE-N of each hypothesis line against the same line of the reference file, and their mean F-measure. */
    public record RougeReport(int n, List<org.editvq.core.rouge.RougeScore> segments, double meanFmeasure) {
    }

    /**
     * ROUGE-N F-measure over whitespace tokens, line by line; the file score is the mean of the
     * line F-measures (0 for an empty file pair).
     */
    public static RougeReport rouge(Path hypFile, Path refFile, int n) {
        List<List<String>> hyps = readSegments(hypFile);
        List<List<String>> refs = readReferenceStreams(hypFile, hyps.size(), List.of(refFile)).get(0);
        org.editvq.core.rouge.RougeN rouge = new org.editvq.core.rouge.RougeN(n);
        List<org.editvq.core.rouge.RougeScore> scores = new ArrayList<>(hyps.size());
        double sum = 0;
        for (int i = 0; i < hyps.size(); i++) {
            org.editvq.core.rouge.RougeScore score = rouge.score(refs.get(i), hyps.get(i));
            scores.add(score);
            sum += score.fmeasure();
        }
        return new RougeReport(n, scores, hyps.isEmpty() ? 0 : sum / hyps.size());
    }

    /**
     * BLEU of a hypothesis file against reference files: one corpus score, or with {@code perSegment} one sentence
     * score per line.
     */
    public static ScoreReport bleu(Path hypFile, List<Path> refFiles, BleuConfig config, boolean perSegment) {
        List<List<String>> hyps = readSegments(hypFile);
        List<List<List<String>>> refs = Bleu.bySegment(readReferenceStreams(hypFile, hyps.size(), refFiles));
        Bleu bleu = new Bleu(config);
        String signature = bleu.signature(refFiles.size());
        if (perSegment) {
            List<BleuScore> scores = new ArrayList<>(hyps.size());
            for (int i = 0; i < hyps.size(); i++) {
                scores.add(bleu.sentenceScore(hyps.get(i), refs.get(i)));
            }
            return new ScoreReport("BLEU", signature, null, scores);
        }
        return new ScoreReport("BLEU", signature, bleu.corpusScore(hyps, refs), List.of());
    }

    /**
     * ΔBLEU of a hypothesis file against reference files, each reference file with one weight in [-1, 1] for all
     * its lines; at least one weight must be positive.
     */
    public static ScoreReport deltaBleu(Path hypFile, List<Path> refFiles, List<Double> weights,
                                        DeltaBleuConfig config, boolean perSegment) {
        if (weights.size() != refFiles.size()) {
            throw new IllegalArgumentException(refFiles.size() + " reference files but " + weights.size()
                    + " weights: give one weight per reference file");
        }
        boolean anyPositive = false;
        for (int r = 0; r < weights.size(); r++) {
            double w = weights.get(r);
            if (!(w >= -1 && w <= 1)) {
                throw new IllegalArgumentException("weight " + w + " of reference file " + refFiles.get(r)
                        + " is outside [-1, 1]");
            }
            anyPositive |= w > 0;
        }
        if (!anyPositive) {
            throw new IllegalArgumentException("ΔBLEU needs at least one reference file with a positive weight");
        }
        List<List<String>> hyps = readSegments(hypFile);
        List<List<List<String>>> streams = readReferenceStreams(hypFile, hyps.size(), refFiles);
        List<List<WeightedReference>> refs = new ArrayList<>(hyps.size());
        for (int i = 0; i < hyps.size(); i++) {
            List<WeightedReference> segment = new ArrayList<>(streams.size());
            for (int r = 0; r < streams.size(); r++) {
                segment.add(new WeightedReference(streams.get(r).get(i), weights.get(r)));
            }
            refs.add(segment);
        }
        DeltaBleu metric = new DeltaBleu(config);
        String signature = metric.signature(refFiles.size());
        if (perSegment) {
            List<BleuScore> scores = new ArrayList<>(hyps.size());
            for (int i = 0; i < hyps.size(); i++) {
                scores.add(metric.sentenceScore(hyps.get(i), refs.get(i)));
            }
            return new ScoreReport("deltaBLEU", signature, null, scores);
        }
        return new ScoreReport("deltaBLEU", signature, metric.corpusScore(hyps, refs), List.of());
    }
}
