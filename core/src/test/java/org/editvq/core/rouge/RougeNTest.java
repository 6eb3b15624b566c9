package org.editvq.core.rouge;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RougeNTest {
    private static final double EPS = 1e-12;

    private static List<String> t(String s) {
        return RougeN.whitespaceTokens(s);
    }

    // --- Cases from google-research rouge/rouge_scorer_test.py (score(target, prediction)),
    //     re-expressed on whitespace tokens. Their tokenizer lower-cases and strips punctuation;
    //     these inputs contain neither so the expected numbers carry over unchanged.

    @Test
    void rouge1TestingOneTwoVsTesting() {
        RougeScore s = new RougeN(1).score(t("testing one two"), t("testing"));
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(1.0 / 3, s.recall(), EPS);
        assertEquals(0.5, s.fmeasure(), EPS);
    }

    @Test
    void rouge2TestingOneTwoVsTestingOne() {
        RougeScore s = new RougeN(2).score(t("testing one two"), t("testing one"));
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(0.5, s.recall(), EPS);
        assertEquals(2.0 / 3, s.fmeasure(), EPS);
    }

    @Test
    void rouge1TestingOneTwoVsTestingOne() {
        RougeScore s = new RougeN(1).score(t("testing one two"), t("testing one"));
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(2.0 / 3, s.recall(), EPS);
        assertEquals(0.8, s.fmeasure(), EPS);
    }

    @Test
    void emptyHypothesisScoresZero() {
        for (int n : new int[] {1, 2, 8}) {
            RougeScore s = new RougeN(n).score(t("testing one two"), t(""));
            assertEquals(0.0, s.precision());
            assertEquals(0.0, s.recall());
            assertEquals(0.0, s.fmeasure());
        }
    }

    // --- Hand-worked cases.

    @Test
    void wordOrderCaseGunmanPolice() {
        // hyp "gunman kill the police", ref "the police killed the gunman"
        // unigrams: overlap {gunman, the, police} = 3 of 4 and 5; bigrams: only "the police" = 1 of 3 and 4.
        RougeScore r1 = new RougeN(1).score(t("the police killed the gunman"), t("gunman kill the police"));
        assertEquals(3, r1.overlap());
        assertEquals(0.75, r1.precision(), EPS);
        assertEquals(0.6, r1.recall(), EPS);
        assertEquals(2.0 / 3, r1.fmeasure(), EPS);
        RougeScore r2 = new RougeN(2).score(t("the police killed the gunman"), t("gunman kill the police"));
        assertEquals(1, r2.overlap());
        assertEquals(1.0 / 3, r2.precision(), EPS);
        assertEquals(0.25, r2.recall(), EPS);
        assertEquals(2.0 / 7, r2.fmeasure(), EPS);
    }

    @Test
    void overlapIsClipped() {
        RougeScore s = new RougeN(1).score(t("the"), t("the the the"));
        assertEquals(1, s.overlap());
        assertEquals(1.0 / 3, s.precision(), EPS);
        assertEquals(1.0, s.recall(), EPS);
        assertEquals(0.5, s.fmeasure(), EPS);
    }

    @Test
    void operatorsArePreservedNotStripped() {
        // A punctuation-stripping tokenizer would make these identical; on code they differ.
        RougeScore s = new RougeN(1).score(t("a += b ;"), t("a -= b ;"));
        assertEquals(3, s.overlap());
        assertEquals(0.75, s.fmeasure(), EPS);
        assertEquals(0.0, new RougeN(2).score(t("x < y"), t("x > y")).fmeasure());
    }

    @Test
    void rouge8OnCodeLikeSequence() {
        // 11 tokens vs the same with the last token changed: 4 eight-grams each, 3 shared.
        List<String> a = t("for ( int i = 0 ; i < n ;");
        List<String> b = t("for ( int i = 0 ; i < n )");
        RougeScore s = new RougeN(8).score(a, b);
        assertEquals(3, s.overlap());
        assertEquals(4, s.hypothesisNgrams());
        assertEquals(0.75, s.fmeasure(), EPS);
    }

    @Test
    void sequencesShorterThanNScoreZeroEvenWhenIdentical() {
        RougeN r = new RougeN(8);
        assertEquals(0.0, r.fmeasure(t("a b c"), t("a b c")));
        assertEquals(0.0, r.fmeasure(t("a b c d e f g h"), t("a b c")));
        assertEquals(1.0, r.fmeasure(t("a b c d e f g h"), t("a b c d e f g h")));
    }

    @Test
    void rejectsOrderBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new RougeN(0));
    }

    // --- Properties on random sequences, cross-checked against a brute-force count.

    @Test
    void propertiesAndBruteForceOnRandomSequences() {
        SplittableRandom rnd = new SplittableRandom(20220811L);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + rnd.nextInt(5);
            int vocab = 1 + rnd.nextInt(6);
            List<String> a = randomTokens(rnd, rnd.nextInt(15), vocab);
            List<String> b = randomTokens(rnd, rnd.nextInt(15), vocab);
            RougeN r = new RougeN(n);
            RougeScore ab = r.score(a, b);
            RougeScore ba = r.score(b, a);
            assertEquals(ab.fmeasure(), ba.fmeasure(), 0.0, "F is symmetric");
            assertEquals(ab.precision(), ba.recall(), 0.0, "P(a,b) = R(b,a)");
            assertEquals(bruteOverlap(a, b, n), ab.overlap());
            assertTrue(ab.fmeasure() >= 0 && ab.fmeasure() <= 1);
            if (a.size() >= n) {
                assertEquals(1.0, r.fmeasure(a, a), 0.0, "identity");
            }
            if (ab.precision() + ab.recall() > 0) {
                double harmonic = 2 * ab.precision() * ab.recall() / (ab.precision() + ab.recall());
                assertEquals(harmonic, ab.fmeasure(), 1e-12);
            }
            List<String> disjoint = a.stream().map(x -> x + "'").toList();
            assertEquals(0.0, r.fmeasure(a, disjoint), "disjoint vocabularies");
        }
    }

    private static List<String> randomTokens(SplittableRandom rnd, int length, int vocab) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            out.add("t" + rnd.nextInt(vocab));
        }
        return out;
    }

    private static long bruteOverlap(List<String> a, List<String> b, int n) {
        Map<List<String>, Integer> ca = new HashMap<>();
        for (int i = 0; i + n <= a.size(); i++) {
            ca.merge(List.copyOf(a.subList(i, i + n)), 1, Integer::sum);
        }
        long overlap = 0;
        List<List<String>> bGrams = new ArrayList<>();
        for (int i = 0; i + n <= b.size(); i++) {
            bGrams.add(List.copyOf(b.subList(i, i + n)));
        }
        for (List<String> g : bGrams) {
            Integer left = ca.get(g);
            if (left != null && left > 0) {
                overlap++;
                ca.put(g, left - 1);
            }
        }
        return overlap;
    }
}
