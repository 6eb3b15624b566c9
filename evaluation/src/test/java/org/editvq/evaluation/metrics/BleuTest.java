package org.editvq.evaluation.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * BLEU pinned to the values sacrebleu's own tests publish (test/test_bleu.py, test/test_sentence_bleu.py in
 * mjpost/sacrebleu), with sacrebleu's tolerances (1e-8 for test_bleu.py, 1e-3 for test_sentence_bleu.py). Cases that
 * sacrebleu runs through its 13a tokenizer are given here already tokenized by hand with the 13a rules (a final
 * "." or ";" becomes its own token; apostrophes stay), which is all 13a changes in these sentences.
 */
class BleuTest {
    private static final double EPS = 1e-8;

    /** sacrebleu's README example, raw: three hypotheses, two reference streams. */
    static final List<String> HYPS = List.of("The dog bit the man.", "It wasn't surprising.",
            "The man had just bitten him.");
    static final List<List<String>> REF_STREAMS = List.of(
            List.of("The dog bit the man.", "It was not unexpected.", "The man bit him first."),
            List.of("The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."));

    /** The same example as sacrebleu's 13a tokenizer splits it. */
    static final List<String> HYPS_13A = List.of("The dog bit the man .", "It wasn't surprising .",
            "The man had just bitten him .");
    static final List<List<String>> REF_STREAMS_13A = List.of(
            List.of("The dog bit the man .", "It was not unexpected .", "The man bit him first ."),
            List.of("The dog had bit the man .", "No one was surprised .", "The man had bitten the dog ."));

    static List<List<String>> tok(List<String> lines) {
        return lines.stream().map(Tokens::split).collect(Collectors.toList());
    }

    static List<List<List<String>>> refs(List<List<String>> streams) {
        return Bleu.bySegment(streams.stream().map(BleuTest::tok).collect(Collectors.toList()));
    }

    static BleuScore corpus(BleuConfig cfg, List<String> hyps, List<List<String>> streams) {
        return new Bleu(cfg).corpusScore(tok(hyps), refs(streams));
    }

    /** sacrebleu's {@code raw_corpus_bleu}: floor smoothing, effective order, no tokenization. */
    static double rawCorpusBleu(List<String> hyps, List<List<String>> streams, double floor) {
        BleuConfig cfg = new BleuConfig(Smoothing.FLOOR, floor, true, 4);
        return corpus(cfg, hyps, streams).score() / 100;
    }

    @Test
    void corpusBleuWithTokenizeNoneIs49_1919566() {
        assertEquals(49.1919566, corpus(BleuConfig.corpusDefault(), HYPS, REF_STREAMS).score(), EPS);
    }

    @Test
    void corpusBleuOf13aTokenizedTextIs48_530827WithExpAndWithoutSmoothing() {
        assertEquals(48.530827, corpus(BleuConfig.corpusDefault(), HYPS_13A, REF_STREAMS_13A).score(), EPS);
        assertEquals(48.530827, corpus(BleuConfig.corpusDefault().withSmoothing(Smoothing.NONE), HYPS_13A,
                REF_STREAMS_13A).score(), EPS);
    }

    @Test
    void emptyHypothesesAreKeptAndScoreZero() {
        assertEquals(0.0, corpus(BleuConfig.corpusDefault(), List.of("", "", ""), REF_STREAMS).score(), 0.0);
    }

    @ParameterizedTest
    @CsvSource({"1, 77.65", "2, 60.50", "3, 53.93", "4, 48.53", "5, 46.14", "6, 43.28"})
    void maxNgramOrder(int order, String expected) {
        BleuScore s = corpus(BleuConfig.corpusDefault().withMaxOrder(order), HYPS_13A, REF_STREAMS_13A);
        assertEquals(expected, String.format(Locale.ROOT, "%.2f", s.score()));
    }

    @Test
    void rawBleuCases() {
        assertEquals(0.0, rawCorpusBleu(List.of("this is a test", "another test"),
                List.of(List.of("ref1", "ref2")), .01), EPS);
        assertEquals(1.0, rawCorpusBleu(List.of("this is a test"), List.of(List.of("this is a test")), .01), EPS);
        assertEquals(0.223606797749979, rawCorpusBleu(List.of("this is a fest"),
                List.of(List.of("this is a test")), .01), EPS);
    }

    @Test
    void effectiveOrder() {
        assertEquals(0.3678794411714425, rawCorpusBleu(List.of("test"), List.of(List.of("a test")), .01), EPS);
        assertEquals(1.0, rawCorpusBleu(List.of("a test"), List.of(List.of("a test")), .01), EPS);
        assertEquals(0.03218297948685433, rawCorpusBleu(List.of("a little test"), List.of(List.of("a test")), .01),
                EPS);
    }

    @Test
    void statistics() {
        BleuStats s = new Bleu(BleuConfig.corpusDefault()).segmentStats(Tokens.split("am I am a character sequence"),
                List.of(Tokens.split("I am a symbol string sequence a a")));
        assertArrayEquals(new double[]{4, 2, 1, 0}, s.matches());
        assertArrayEquals(new double[]{6, 5, 4, 3}, s.totals());
    }

    @Test
    void floorOffset() {
        List<String> hyp = List.of("am I am a character sequence");
        List<List<String>> ref = List.of(List.of("I am a symbol string sequence a a"));
        assertEquals(0.0, rawCorpusBleu(hyp, ref, 0.0), EPS);
        assertEquals(0.1555722182, rawCorpusBleu(hyp, ref, Double.NaN), EPS); // NaN: the default floor, 0.1
    }

    @Test
    void scoringFromStatistics() {
        BleuConfig computeBleuDefaults = new BleuConfig(Smoothing.NONE, Double.NaN, false, 4);
        BleuStats stats = new BleuStats(11, 11, new double[]{9, 7, 5, 3}, new double[]{10, 8, 6, 4});
        assertEquals(0.8375922397, new Bleu(computeBleuDefaults).score(stats).score() / 100, EPS);
    }

    @ParameterizedTest
    @CsvSource({
            "0,0,0,0, 4,4,2,1, 0,1, 0.0",
            "0,0,0,0, 10,11,12,0, 14,10, 0.0",
            "0,0,0,0, 0,0,0,0, 0,0, 0.0",
            "6,5,4,0, 6,5,4,3, 6,6, 0.0",
            "0,0,0,0, 0,0,0,0, 0,0, 0.1",
            "0,0,0,0, 0,0,0,0, 1,5, 0.01"})
    void degenerateStatisticsScoreExactlyZero(double m1, double m2, double m3, double m4, double t1, double t2,
                                              double t3, double t4, int sys, int ref, double floor) {
        BleuConfig cfg = new BleuConfig(Smoothing.FLOOR, floor, false, 4);
        BleuStats stats = new BleuStats(sys, ref, new double[]{m1, m2, m3, m4}, new double[]{t1, t2, t3, t4});
        assertEquals(0.0, new Bleu(cfg).score(stats).score(), 0.0);
    }

    // test_sentence_bleu.py, example from sacrebleu issue #98 (Romanian, cedilla vs comma-below letters).
    static final String REF = "produc\u0163ia de zah\u0103r brut se exprim\u0103 \u00een zah\u0103r alb;";
    static final String SYS = "Produc\u021bia de zah\u0103r prim\u0103 va fi exprimat\u0103 \u00een ceea ce "
            + "prive\u0219te zah\u0103rul alb;";

    static double sentence(Smoothing method, double value, String sys, String ref) {
        BleuConfig cfg = BleuConfig.sentenceDefault().withSmoothing(method, value);
        return new Bleu(cfg).sentenceScore(Tokens.split(sys), List.of(Tokens.split(ref))).score();
    }

    @Test
    void sentenceBleuWithTokenizeNoneIs7_347() {
        assertEquals(7.347, sentence(Smoothing.EXP, Double.NaN, SYS, REF), 1e-3);
    }

    @ParameterizedTest
    @CsvSource({"exp, NaN, 8.493", "none, NaN, 0.0", "floor, NaN, 4.51688", "floor, 0.1, 4.51688",
            "floor, 0.5, 10.10", "add-k, NaN, 14.882", "add-k, 1, 14.882", "add-k, 2, 21.389"})
    void sentenceBleuSmoothingOn13aTokens(String method, double value, double expected) {
        String sys13a = SYS.replace("alb;", "alb ;");
        String ref13a = REF.replace("alb;", "alb ;");
        assertEquals(expected, sentence(Smoothing.fromName(method), value, sys13a, ref13a), 1e-3);
    }

    @ParameterizedTest
    @CsvSource({"exp, NaN", "none, NaN", "floor, NaN", "floor, 0.1", "add-k, NaN", "add-k, 1"})
    void noMatchScoresZeroWhateverTheSmoothing(String method, double value) {
        assertEquals(0.0, sentence(Smoothing.fromName(method), value, "this is a cat", "okay thanks"), 0.0);
    }

    @Test
    void closestReferenceLengthTiesGoToTheShorter() {
        assertEquals(4, Bleu.closestReferenceLength(5, new int[]{6, 4}));
        assertEquals(4, Bleu.closestReferenceLength(5, new int[]{4, 6}));
        assertEquals(6, Bleu.closestReferenceLength(7, new int[]{4, 6, 9}));
    }

    @Test
    void referenceCountsMergeByMaximumNotSum() {
        // hyp "a a a": ref1 has one "a", ref2 two: clipped unigram matches = max(1, 2) = 2, not 3.
        BleuStats s = new Bleu(BleuConfig.sentenceDefault()).segmentStats(Tokens.split("a a a"),
                List.of(Tokens.split("a b"), Tokens.split("a a")));
        assertEquals(2, s.matches(1));
        assertEquals(3, s.totals(1));
        assertEquals(2, s.refLength()); // both refs have length 2
    }

    @Test
    void signatureDescribesTheSettings() {
        assertEquals("nrefs:2|case:mixed|eff:no|tok:none|smooth:exp|order:4|version:editvq-" + org.editvq.core.manifest.EditVqVersion.VERSION,
                BleuConfig.corpusDefault().signature(2));
        assertEquals("nrefs:var|case:mixed|eff:yes|tok:none|smooth:floor[0.10]|order:4|version:editvq-" + org.editvq.core.manifest.EditVqVersion.VERSION,
                BleuConfig.sentenceDefault().withSmoothing(Smoothing.FLOOR).signature(-1));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BleuConfig(Smoothing.EXP, Double.NaN, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new BleuConfig(Smoothing.FLOOR, -1, false, 4));
        assertThrows(IllegalArgumentException.class, () -> Smoothing.fromName("laplace"));
        Bleu bleu = new Bleu(BleuConfig.corpusDefault());
        assertThrows(IllegalArgumentException.class, () -> bleu.sentenceScore(List.of("a"), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> bleu.corpusScore(List.of(List.of("a")), List.of()));
    }

    @Test
    void tokensSplitOnWhitespaceRuns() {
        assertEquals(List.of("a", "b", "c"), Tokens.split("  a \t b\u00a0c \n"));
        assertEquals(List.of(), Tokens.split("   "));
    }
}
