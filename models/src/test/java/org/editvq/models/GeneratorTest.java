package org.editvq.models;

import org.editvq.core.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cached incremental decoding computes exactly what the full decoder computes. */
class GeneratorTest {

    private static EditModel model(ModelKind kind) {
        ModelConfig c = ModelConfig.builder(Preset.SMOKE, kind).vocabSize(11).dims(16, 2, 24).layers(2, 2, 1)
                .regularization(0.0, 0.0).codebookSize(4).commitmentBeta(0.25).restarts(0, 0)
                .klWeight(0.5).klAnnealSteps(0).maxSourceLength(12).maxTargetLength(12).seed(21)
                .codebookOptions(CodebookOptions.LEGACY).build();
        return new EditModel(c, DataType.DOUBLE);
    }

    @Test
    void greedyDecodingUnderEachLatentMatchesTeacherForcedLikelihoodAndArgmax() {
        EditModel model = model(ModelKind.EDIT_VQVAE);
        int[] source = {5, 6, 7, 8, 9, 10};
        int[] codes = {0, 1, 2, 3};
        INDArray latents = model.latents(codes, codes.length, null);
        List<Decoded> decoded = new Generator(model).decode(source, latents, codes.length, DecodeOptions.greedy(10),
                null);
        List<int[]> targets = new ArrayList<>();
        for (Decoded d : decoded) {
            assertTrue(d.tokens().length > 0 || d.finished());
            targets.add(d.tokens().length == 0 ? new int[]{Vocabulary.EOS} : d.tokens());
        }
        double[] full = model.logLikelihoods(source, latents, targets);
        for (int i = 0; i < decoded.size(); i++) {
            Decoded d = decoded.get(i);
            if (d.finished() && d.tokens().length > 0) {
                assertEquals(full[i], d.logProb(), 1e-9, "latent " + i);
            }
        }
        // Greedy must be a fixed point: every prefix's argmax continuation is the next token, so
        // any single-token change of the decoded sequence has a lower likelihood.
        for (int i = 0; i < decoded.size(); i++) {
            int[] y = targets.get(i);
            if (!decoded.get(i).finished() || y.length < 2) {
                continue;
            }
            int[] changed = y.clone();
            changed[y.length - 1] = y[y.length - 1] == 5 ? 6 : 5;
            double alt = model.logLikelihoods(source, latents.getRow(i, true).dup(), List.of(changed))[0];
            double orig = model.logLikelihoods(source, latents.getRow(i, true).dup(), List.of(y))[0];
            assertTrue(orig >= alt - 1e-12, "greedy output is not locally optimal for latent " + i);
        }
    }

    @Test
    void unfinishedSequencesStopAtTheLengthLimitAndLatentsChangeTheOutput() {
        EditModel model = model(ModelKind.EDIT_VQVAE);
        int[] source = {5, 6, 7};
        INDArray latents = model.latents(new int[]{0, 1, 2, 3}, 4, null);
        // Make the codebook rows very different so the outputs differ.
        latents.muli(50);
        List<Decoded> decoded = new Generator(model).decode(source, latents, 4, DecodeOptions.greedy(5), null);
        for (Decoded d : decoded) {
            assertTrue(d.tokens().length <= 5);
        }
        boolean anyDifferent = false;
        for (Decoded d : decoded) {
            anyDifferent |= !java.util.Arrays.equals(d.tokens(), decoded.get(0).tokens());
        }
        assertTrue(anyDifferent, "four very different latents gave the same greedy output");
    }

    @Test
    void samplingIsRepeatableFromTheSeedAndTopOneEqualsGreedy() {
        EditModel model = model(ModelKind.TRANSFORMER);
        int[] source = {5, 6, 7, 8};
        Generator g = new Generator(model);
        List<Decoded> a = g.decode(source, null, 6, DecodeOptions.sample(8, 1.0, 0), new SplittableRandom(4));
        List<Decoded> b = g.decode(source, null, 6, DecodeOptions.sample(8, 1.0, 0), new SplittableRandom(4));
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).tokens(), b.get(i).tokens());
        }
        List<Decoded> top1 = g.decode(source, null, 2, DecodeOptions.sample(8, 0.7, 1), new SplittableRandom(9));
        List<Decoded> greedy = g.decode(source, null, 2, DecodeOptions.greedy(8), null);
        assertArrayEquals(greedy.get(0).tokens(), top1.get(0).tokens());
        assertNotEquals(0, Generator.choose(new double[]{-1, -1, -5, -0.1, -9}, DecodeOptions.greedy(3), null));
        assertEquals(3, Generator.choose(new double[]{-1, -1, -5, -0.1, -9}, DecodeOptions.greedy(3), null));
    }

    /**
     * Splitting the sequences over workers changes nothing: greedy and sampled outputs, and their
     * log-likelihoods, equal the one-thread decode (each sequence samples from its own generator).
     */
    @Test
    void twoWorkersDecodeWhatOneWorkerDecodes() {
        EditModel model = model(ModelKind.EDIT_VQVAE);
        int[] source = {5, 6, 7, 8, 9};
        INDArray latents = model.latents(new int[]{0, 1, 2, 3, 1}, 5, null).muli(20);
        for (DecodeOptions options : List.of(DecodeOptions.greedy(9), DecodeOptions.sample(9, 1.0, 0))) {
            List<Decoded> one;
            List<Decoded> two;
            try (Workers w1 = Workers.single(); Workers w2 = Workers.of(2)) {
                one = new Generator(model, w1).decode(source, latents, 5, options, new SplittableRandom(8));
                two = new Generator(model, w2).decode(source, latents, 5, options, new SplittableRandom(8));
            }
            assertEquals(5, two.size());
            boolean anyDifferent = false;
            for (int i = 0; i < 5; i++) {
                assertArrayEquals(one.get(i).tokens(), two.get(i).tokens(), options.strategy() + " sequence " + i);
                assertEquals(one.get(i).logProb(), two.get(i).logProb(), 1e-12);
                assertEquals(one.get(i).finished(), two.get(i).finished());
                anyDifferent |= !java.util.Arrays.equals(one.get(i).tokens(), one.get(0).tokens());
            }
            assertTrue(anyDifferent, "all five outputs equal: the comparison would not notice a mix-up");
        }
    }

    @Test
    void aConstraintRestrictsEveryPickedTokenButNotTheLikelihood() {
        // a toy rule: after token 6 only 7 may follow, and 5 never; the log-likelihood stays the model's own
        EditModel model = model(ModelKind.EDIT_VQVAE);
        int[] source = {5, 6, 7, 8};
        DecodeConstraint rule = () -> new DecodeConstraint.Sequence() {
            private int last = -1;

            @Override
            public void restrict(double[] logp) {
                for (int t = 0; t < logp.length; t++) {
                    if (t == 5 || (last == 6 && t != 7)) {
                        logp[t] = Double.NEGATIVE_INFINITY;
                    }
                }
            }

            @Override
            public void accept(int token) {
                last = token;
            }
        };
        INDArray latents = model.latents(new int[] {0, 1, 2, 3}, 4, null).muli(20);
        for (DecodeOptions options : List.of(DecodeOptions.greedy(10), DecodeOptions.sample(10, 2.0, 0))) {
            List<Decoded> decoded = new Generator(model).decode(source, latents, 4, options, new SplittableRandom(1),
                    rule);
            List<int[]> targets = new ArrayList<>();
            for (Decoded d : decoded) {
                int[] y = d.tokens();
                for (int i = 0; i < y.length; i++) {
                    assertNotEquals(5, y[i]);
                    assertTrue(i == 0 || y[i - 1] != 6 || y[i] == 7, java.util.Arrays.toString(y));
                }
                targets.add(d.finished() && y.length > 0 ? y : null);
            }
            for (int i = 0; i < decoded.size(); i++) {
                if (targets.get(i) != null) {
                    double full = model.logLikelihoods(source, latents.getRow(i, true).dup(),
                            List.of(targets.get(i)))[0];
                    assertEquals(full, decoded.get(i).logProb(), 1e-9);
                }
            }
        }
    }

    /** A model of 8 tokens: it may emit 3 to 7 (all but PAD, BOS and, inside, EOS), so every short output can be listed. */
    private static EditModel tinyVocabularyModel() {
        ModelConfig c = ModelConfig.builder(Preset.SMOKE, ModelKind.EDIT_VQVAE).vocabSize(8).dims(16, 2, 24)
                .layers(2, 2, 1).regularization(0.0, 0.0).codebookSize(4).commitmentBeta(0.25).restarts(0, 0)
                .klWeight(0).klAnnealSteps(0).maxSourceLength(12).maxTargetLength(12).seed(5)
                .codebookOptions(CodebookOptions.LEGACY).build();
        return new EditModel(c, DataType.DOUBLE);
    }

    /**
     * A beam wider than the number of hypotheses is exhaustive: under every latent the result is, of all
     * 156 outputs of at most 3 tokens over {3, …, 7}, the one of the best log-likelihood per token, scored
     * by teacher forcing (which also checks the copied self-attention caches: a wrong copy changes the
     * likelihoods).
     */
    @Test
    void anExhaustiveBeamFindsTheBestOutputPerTokenUnderEveryLatent() {
        EditModel model = tinyVocabularyModel();
        int[] source = {5, 6, 7, 6};
        int maxLength = 3;
        INDArray latents = model.latents(new int[] {0, 1, 2, 3}, 4, null).muli(10);
        List<Decoded> beam = new Generator(model).decode(source, latents, 4,
                DecodeOptions.greedy(maxLength).withBeamWidth(160), null);
        List<Decoded> greedy = new Generator(model).decode(source, latents, 4, DecodeOptions.greedy(maxLength), null);
        List<int[]> outputs = new ArrayList<>();
        outputs.add(new int[0]);
        for (int length = 1; length <= maxLength; length++) {
            int count = (int) Math.pow(5, length);
            for (int code = 0; code < count; code++) {
                int[] y = new int[length];
                for (int i = 0, c = code; i < length; i++, c /= 5) {
                    y[i] = 3 + c % 5;
                }
                outputs.add(y);
            }
        }
        boolean beamBeatGreedy = false;
        for (int k = 0; k < 4; k++) {
            INDArray z = latents.getRow(k, true).dup();
            List<int[]> sources = java.util.Collections.nCopies(outputs.size(), source);
            double[] ll = model.logLikelihoods(PairBatch.of(sources, java.util.Collections.nCopies(outputs.size(),
                    source), outputs), z.repeat(0, outputs.size()));
            int bestAt = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < outputs.size(); o++) {
                int length = outputs.get(o).length;
                // as the generator scores them: an output cut at the limit ends with EOS but has no EOS "token"
                double perToken = Decoded.normalizedLogProb(ll[o], length, length < maxLength);
                if (perToken > bestScore) {
                    bestScore = perToken;
                    bestAt = o;
                }
            }
            Decoded d = beam.get(k);
            assertArrayEquals(outputs.get(bestAt), d.tokens(), "latent " + k);
            assertEquals(bestScore, d.normalizedLogProb(), 1e-9, "latent " + k);
            assertTrue(d.normalizedLogProb() >= greedy.get(k).normalizedLogProb() - 1e-12);
            beamBeatGreedy |= d.normalizedLogProb() > greedy.get(k).normalizedLogProb() + 1e-9;
        }
        assertTrue(beamBeatGreedy, "greedy was already the best everywhere: the test would not see a beam bug");
    }

    @Test
    void aBeamCopiesTheConstraintOfEachHypothesisAndNeedsOneThatCanBeCopied() {
        EditModel model = tinyVocabularyModel();
        int[] source = {5, 6, 7};
        INDArray latents = model.latents(new int[] {0, 1, 2, 3}, 4, null).muli(10);
        // no token twice in a row: each hypothesis must remember its own last token
        class NoRepeat implements DecodeConstraint.Sequence {
            private int last = -1;

            @Override
            public void restrict(double[] logp) {
                if (last >= 0) {
                    logp[last] = Double.NEGATIVE_INFINITY;
                }
            }

            @Override
            public void accept(int token) {
                last = token;
            }

            @Override
            public DecodeConstraint.Sequence copy() {
                NoRepeat c = new NoRepeat();
                c.last = last;
                return c;
            }
        }
        List<Decoded> decoded = new Generator(model).decode(source, latents, 4,
                DecodeOptions.greedy(8).withBeamWidth(3), null, NoRepeat::new);
        for (Decoded d : decoded) {
            for (int i = 1; i < d.tokens().length; i++) {
                assertNotEquals(d.tokens()[i - 1], d.tokens()[i], java.util.Arrays.toString(d.tokens()));
            }
        }
        DecodeConstraint plain = () -> new DecodeConstraint.Sequence() {
            @Override
            public void restrict(double[] logp) {
            }

            @Override
            public void accept(int token) {
            }
        };
        assertThrows(UnsupportedOperationException.class, () -> new Generator(model).decode(source, latents, 4,
                DecodeOptions.greedy(8).withBeamWidth(3), null, plain));
        assertThrows(IllegalArgumentException.class, () -> DecodeOptions.sample(8, 1.0, 0).withBeamWidth(2));
    }

    @Test
    void topTokensAreTheLargestFiniteEntriesBestFirst() {
        double[] row = {0, 0, -1, -0.5, -0.2, -3, Double.NEGATIVE_INFINITY, -0.2, -0.1};
        // PAD (0) and BOS (1) never; ties keep the lower id first
        assertArrayEquals(new int[] {8, 4, 7}, Generator.topTokens(row, 3));
        assertArrayEquals(new int[] {8, 4, 7, 3, 2, 5}, Generator.topTokens(row, 10));
    }
}
