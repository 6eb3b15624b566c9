package org.editvq.evaluation.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * ΔBLEU pinned to the expected output of Galley's released test ({@code test_deltableu.py} of mgalley/sacreBLEU:
 * six weighted reference streams, two systems), to BLEU under uniform weights, and to hand-worked cases.
 */
class DeltaBleuTest {

    static final List<List<String>> GALLEY_REF_STREAMS = List.of(
            List.of("the food was delicious .", "it was great ."),
            List.of("it was tasty .", "i enjoyed the music ."),
            List.of("it was good .", "i liked the music ."),
            List.of("it was ok .", "it sounded ok ."),
            List.of("it didn't taste that bad", "it wasn't that bad ."),
            List.of("it tasted terrible .", "it was awful ."));
    static final double[][] GALLEY_WEIGHTS = {{1, 1}, {0.7, 0.6}, {0.3, 0.3}, {0.0, 0.0}, {-0.1, -0.1}, {-1, -1}};
    static final List<String> SYSTEM1 = List.of("the food was quite good .", "the music was great .");
    static final List<String> SYSTEM2 = List.of("the food tasted terrible .", "the music was awful .");

    static List<List<WeightedReference>> weighted(double[][] weights) {
        List<List<WeightedReference>> segments = new ArrayList<>();
        for (int seg = 0; seg < 2; seg++) {
            List<WeightedReference> refs = new ArrayList<>();
            for (int s = 0; s < GALLEY_REF_STREAMS.size(); s++) {
                refs.add(new WeightedReference(Tokens.split(GALLEY_REF_STREAMS.get(s).get(seg)), weights[s][seg]));
            }
            segments.add(refs);
        }
        return segments;
    }

    static String delta(boolean galleyCompat, List<String> system, double[][] weights) {
        DeltaBleu metric = new DeltaBleu(new DeltaBleuConfig(BleuConfig.corpusDefault(), galleyCompat));
        return metric.corpusScore(BleuTest.tok(system), weighted(weights)).format("BLEU");
    }

    static final double[][] UNIFORM = {{1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}};
    static final String BLEU_1 = "BLEU = 36.28 90.9/66.7/28.6/10.0 (BP = 1.000 ratio = 1.100 hyp_len = 11 ref_len = 10)";
    static final String BLEU_2 = "BLEU = 42.04 100.0/75.0/33.3/12.5 (BP = 1.000 ratio = 1.000 hyp_len = 10 ref_len = 10)";

    @Test
    void plainBleuOfGalleysExampleMatchesItsExpectedOutput() {
        Bleu bleu = new Bleu(BleuConfig.corpusDefault());
        List<List<List<String>>> refs = BleuTest.refs(GALLEY_REF_STREAMS);
        assertEquals(BLEU_1, bleu.corpusScore(BleuTest.tok(SYSTEM1), refs).format("BLEU"));
        assertEquals(BLEU_2, bleu.corpusScore(BleuTest.tok(SYSTEM2), refs).format("BLEU"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void galleysWeightedExampleScores33_11And7_14(boolean galleyCompat) {
        assertEquals("BLEU = 33.11 77.3/54.4/28.6/10.0 (BP = 1.000 ratio = 1.100 hyp_len = 11 ref_len = 10)",
                delta(galleyCompat, SYSTEM1, GALLEY_WEIGHTS));
        assertEquals("BLEU = 7.14 32.0/6.2/4.2/3.1 (BP = 1.000 ratio = 1.000 hyp_len = 10 ref_len = 10)",
                delta(galleyCompat, SYSTEM2, GALLEY_WEIGHTS));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void uniformWeightsGiveBleu(boolean galleyCompat) {
        assertEquals(BLEU_1, delta(galleyCompat, SYSTEM1, UNIFORM));
        assertEquals(BLEU_2, delta(galleyCompat, SYSTEM2, UNIFORM));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void uniformWeightsGiveExactlyBleuOnSacrebleusCorpus(boolean galleyCompat) {
        List<List<List<String>>> refs = BleuTest.refs(BleuTest.REF_STREAMS);
        List<List<WeightedReference>> weighted = new ArrayList<>();
        for (List<List<String>> segment : refs) {
            weighted.add(segment.stream().map(r -> new WeightedReference(r, 1.0)).toList());
        }
        DeltaBleu metric = new DeltaBleu(new DeltaBleuConfig(BleuConfig.corpusDefault(), galleyCompat));
        BleuScore delta = metric.corpusScore(BleuTest.tok(BleuTest.HYPS), weighted);
        BleuScore bleu = new Bleu(BleuConfig.corpusDefault()).corpusScore(BleuTest.tok(BleuTest.HYPS), refs);
        assertEquals(bleu, delta);
        assertEquals(49.1919566, delta.score(), 1e-8);
    }

    /**
     * Hypothesis "a a"; references "a" (weight 1) and "a a" (weight 0.5); sentence settings (exp, effective order).
     * Unigram "a" (count 2): formula max(1·min(2,1), 0.5·min(2,2)) = 1; script max weight 1 × min(2, max(1,2)) = 2.
     * Bigram "a a" (count 1) only in the second reference: 0.5 both ways. Totals: max weight 1 × (2, 1).
     * Lengths 2 vs {1, 2}: BP 1. Formula: sqrt(50 · 50) = 50; script: sqrt(100 · 50) = 70.7106781...
     */
    @Test
    void repeatedNgramsSeparateTheFormulaFromGalleysScript() {
        List<WeightedReference> refs = List.of(new WeightedReference(List.of("a"), 1.0),
                new WeightedReference(List.of("a", "a"), 0.5));
        DeltaBleu paper = new DeltaBleu(DeltaBleuConfig.sentenceDefault());
        DeltaBleu galley = new DeltaBleu(new DeltaBleuConfig(BleuConfig.sentenceDefault(), true));
        BleuStats p = paper.segmentStats(List.of("a", "a"), refs);
        BleuStats g = galley.segmentStats(List.of("a", "a"), refs);
        assertEquals(1.0, p.matches(1), 0.0);
        assertEquals(2.0, g.matches(1), 0.0);
        assertEquals(0.5, p.matches(2), 0.0);
        assertEquals(0.5, g.matches(2), 0.0);
        assertEquals(50.0, paper.sentenceScore(List.of("a", "a"), refs).score(), 1e-12);
        assertEquals(Math.sqrt(5000.0), galley.sentenceScore(List.of("a", "a"), refs).score(), 1e-12);
    }

    /** Hypothesis "b": it matches only the reference of weight -1; the negative numerator is raised to 0 → 0. */
    @Test
    void negativeNumeratorIsRaisedToZero() {
        List<WeightedReference> refs = List.of(new WeightedReference(List.of("a"), 1.0),
                new WeightedReference(List.of("b"), -1.0));
        DeltaBleu metric = new DeltaBleu(DeltaBleuConfig.sentenceDefault());
        assertEquals(-1.0, metric.segmentStats(List.of("b"), refs).matches(1), 0.0);
        assertEquals(0.0, metric.sentenceScore(List.of("b"), refs).score(), 0.0);
    }

    /** Weights scale the denominator: hyp "a b" vs "a b" (0.5) and "c" (0.25): max weight 0.5, so 100. */
    @Test
    void denominatorUsesTheLargestWeight() {
        List<WeightedReference> refs = List.of(new WeightedReference(List.of("a", "b"), 0.5),
                new WeightedReference(List.of("c"), 0.25));
        DeltaBleu metric = new DeltaBleu(DeltaBleuConfig.sentenceDefault());
        BleuStats s = metric.segmentStats(List.of("a", "b"), refs);
        assertEquals(1.0, s.matches(1), 0.0);
        assertEquals(1.0, s.totals(1), 0.0);
        assertEquals(100.0, metric.score(s).score(), 1e-12);
    }

    @Test
    void invalidWeightsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WeightedReference(List.of("a"), 1.5));
        assertThrows(IllegalArgumentException.class, () -> new WeightedReference(List.of("a"), Double.NaN));
        DeltaBleu metric = new DeltaBleu(DeltaBleuConfig.sentenceDefault());
        assertThrows(IllegalArgumentException.class, () -> metric.sentenceScore(List.of("a"),
                List.of(new WeightedReference(List.of("a"), 0.0), new WeightedReference(List.of("b"), -0.5))));
    }
}
