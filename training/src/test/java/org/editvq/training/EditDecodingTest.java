package org.editvq.training;

import org.editvq.models.Preset;
import org.editvq.models.CodebookOptions;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecodeOptions;
import org.editvq.models.Decoded;
import org.editvq.models.DecoderTarget;
import org.editvq.models.EditModel;
import org.editvq.models.Generator;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.bundle.ModelBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditDecodingTest {
    private static final Vocabulary VOCAB = EditTargets.vocabulary(Toy.VOCAB, DecoderTarget.EDITS);
    private static final int G = Toy.VOCAB.id("g");
    private static final int H = Toy.VOCAB.id("h");

    /**
     * x: 4–9 tokens of b..f; in half of the pairs "a g" is planted at a random place and y is x
     * with that "g" made "h", in the other half x has no "g" and y = x. The model must read x to
     * choose between the script {@code <hunk> a <del> g <ins> h} and the empty one.
     */
    private static List<int[][]> corpus(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int a = Toy.VOCAB.id("a");
        List<int[][]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] x = r.ints(4 + r.nextInt(6), 6, 11).toArray();
            int[] y = x.clone();
            if (i % 2 == 0) {
                int p = 1 + r.nextInt(x.length - 1);
                x[p - 1] = a;
                x[p] = G;
                y = x.clone();
                y[p] = H;
            }
            out.add(new int[][] {x, y});
        }
        return out;
    }

    private static PairData data(List<int[][]> pairs) {
        return PairData.fromIds(pairs.stream().map(p -> p[0]).toList(), pairs.stream().map(p -> p[1]).toList(), 16,
                16, DecoderTarget.EDITS, EditTargets.markers(VOCAB));
    }

    @Test
    void pairDataBuildsScriptTargetsAndDropsScriptsOverTheLengthLimit() {
        int[] x = VOCAB.encode(List.of("a", "g", "b", "a", "c"));
        int[] y = VOCAB.encode(List.of("a", "h", "b", "a", "c"));
        PairData d = PairData.fromIds(List.of(x, x), List.of(y, x), 16, 16, DecoderTarget.EDITS,
                EditTargets.markers(VOCAB));
        assertEquals(List.of("<hunk>", "a", "<del>", "g", "<ins>", "h"), VOCAB.decode(d.pairs().get(0).output()));
        assertArrayEquals(y, d.pairs().get(0).target(), "the edit encoder still reads y");
        assertEquals(0, d.pairs().get(1).output().length, "no change is the empty script (bare EOS)");
        PairData tight = PairData.fromIds(List.of(x, x), List.of(y, x), 16, 5, DecoderTarget.EDITS,
                EditTargets.markers(VOCAB));
        assertEquals(1, tight.size());
        assertEquals(1, tight.droppedTooLong());
        assertThrows(IllegalArgumentException.class, () -> EditTargets.markers(Toy.VOCAB));
        // the decoding grammar accepts both training scripts, and not a hunk that matches nowhere
        assertEquals(2, d.outputsInGrammar(EditTargets.markers(VOCAB)));
        assertEquals(256, data(corpus(256, 1)).outputsInGrammar(EditTargets.markers(VOCAB)));
        assertTrue(!EditTargets.inGrammar(x, VOCAB.encode(List.of("<hunk>", "c", "<del>", "g", "<ins>", "h")),
                EditTargets.markers(VOCAB)));
    }

    @Test
    void applyingKeepsTheInputsOwnTextAndCountsDroppedHunks() {
        List<String> source = List.of("a", "RARE", "g", "b");
        int[] ids = VOCAB.encode(source); // RARE is <unk> to the vocabulary
        int[] script = VOCAB.encode(List.of("<hunk>", "<unk>", "<del>", "g", "<ins>", "h", "<hunk>", "z", "<del>",
                "<ins>", "c"));
        EditTargets.Program p = EditTargets.program(DecoderTarget.EDITS, VOCAB, ids, source, script);
        assertEquals(List.of("a", "RARE", "h", "b"), p.tokens());
        assertEquals(2, p.hunks());
        assertEquals(1, p.dropped());
        EditTargets.Program none = EditTargets.program(DecoderTarget.EDITS, VOCAB, ids, source, new int[0]);
        assertEquals(source, none.tokens());
        // an output cut at the length limit: its last hunk never finished and is not applied
        int[] cut = VOCAB.encode(List.of("<hunk>", "<unk>", "<del>", "g", "<ins>", "h", "<hunk>", "g", "<del>", "b",
                "<ins>", "c", "c", "c"));
        EditTargets.Program unfinished = EditTargets.program(DecoderTarget.EDITS, VOCAB, ids, source,
                new Decoded(cut, -1.0, false));
        assertEquals(List.of("a", "RARE", "h", "b"), unfinished.tokens());
        assertEquals(2, unfinished.hunks());
        assertEquals(1, unfinished.dropped());
        EditTargets.Program finished = EditTargets.program(DecoderTarget.EDITS, VOCAB, ids, source,
                new Decoded(cut, -1.0, true));
        assertEquals(List.of("a", "RARE", "h", "c", "c", "c"), finished.tokens());
        // a check of the edited program (standing in for "parses"): the hunk it rejects is left out, and counted
        EditTargets.Program checked = EditTargets.program(DecoderTarget.EDITS, VOCAB, ids, source,
                new Decoded(cut, -1.0, true), tokens -> !tokens.contains("h"));
        assertEquals(List.of("a", "RARE", "g", "c", "c", "c"), checked.tokens());
        assertEquals(1, checked.unbalanced());
        assertEquals(EditDecoding.CHECKED, EditDecoding.parse("Checked"));
        assertThrows(IllegalArgumentException.class, () -> EditDecoding.parse("strict"));
        assertTrue(EditDecoding.FREE.constraint(DecoderTarget.EDITS, VOCAB, ids) == null);
        assertTrue(EditDecoding.GRAMMAR.constraint(DecoderTarget.EDITS, VOCAB, ids) != null);
        // cut before any hunk: one malformed hunk, nothing applied
        EditTargets.Program garbage = EditTargets.program(DecoderTarget.EDITS, VOCAB, ids, source,
                new Decoded(VOCAB.encode(List.of("c", "c")), -1.0, false));
        assertEquals(source, garbage.tokens());
        assertEquals(1, garbage.dropped());
    }

    @Test
    void aDecodedHunkThatWouldUnbalanceTheBracketsIsLeftOut() {
        Vocabulary vocab = EditTargets.vocabulary(Vocabulary.of(List.of("f", "(", ")", "v", ";", "+", "1")),
                DecoderTarget.EDITS);
        List<String> source = List.of("f", "(", "f", "(", ")", ")", ";", "v", ";");
        int[] ids = vocab.encode(source);
        // hunk 1 drops a ")" (source of most unparsable suggestions), hunk 2 appends "+ 1" to v
        int[] script = vocab.encode(List.of("<hunk>", "(", ")", "<del>", ")", "<ins>", "<hunk>", "v", "<del>",
                "<ins>", "+", "1"));
        EditTargets.Program p = EditTargets.program(DecoderTarget.EDITS, vocab, ids, source, script);
        assertEquals(List.of("f", "(", "f", "(", ")", ")", ";", "v", "+", "1", ";"), p.tokens());
        assertEquals(2, p.hunks());
        assertEquals(1, p.dropped());
        assertEquals(1, p.unbalanced());
    }

    @Test
    void aTinyModelLearnsToEmitTheScriptThatMakesTheEditedProgram(@TempDir Path tmp) throws IOException {
        List<int[][]> trainPairs = corpus(256, 1);
        List<int[][]> heldOut = corpus(40, 2);
        ModelConfig config = ModelConfig.builder(Preset.SMOKE, ModelKind.TRANSFORMER).vocabSize(VOCAB.size()).dims(32, 4, 64).layers(1, 1, 1)
                .regularization(0.0, 0.0).codebookSize(8).commitmentBeta(0.25).restarts(5, 0.5)
                .klWeight(0.5).klAnnealSteps(20).maxSourceLength(16).maxTargetLength(16).seed(7)
                .codebookOptions(CodebookOptions.LEGACY).decoder(DecoderTarget.EDITS).build();
        TrainingConfig c = TrainingConfig.builder().batchSize(16).maxBatchTokens(0)
                .maxSteps(200).maxEpochs(0)
                .peakLr(1e-2).warmupSteps(20).clipNorm(1.0)
                .evalInterval(100).checkpointInterval(0).patience(0)
                .seed(5).logInterval(50).build();
        TrainingResult result = new Trainer(c).train(new EditModel(config, DataType.FLOAT), VOCAB, data(trainPairs),
                data(heldOut), tmp.resolve("edits"), "h", Map.of());
        assertEquals(TrainingOutcome.MAX_STEPS, result.outcome());
        ModelBundle bundle = ModelBundle.load(tmp.resolve("edits"));
        assertEquals(DecoderTarget.EDITS, bundle.config().decoder());
        Generator generator = new Generator(bundle.model());
        int exact = 0;
        int unchanged = 0;
        for (int[][] pair : heldOut) {
            Decoded d = generator.decode(pair[0], null, 1, DecodeOptions.greedy(16), null).get(0);
            List<String> source = VOCAB.decode(pair[0]);
            EditTargets.Program program = EditTargets.program(DecoderTarget.EDITS, VOCAB, pair[0], source,
                    d.tokens());
            exact += program.tokens().equals(VOCAB.decode(pair[1])) ? 1 : 0;
            unchanged += program.tokens().equals(source) ? 1 : 0;
        }
        System.out.printf("edit decoder on the toy: %d of %d held-out programs exact, %d unchanged%n", exact,
                heldOut.size(), unchanged);
        // an untrained or x-blind model gets at most the 20 no-change pairs (or the 20 edited ones) right
        assertTrue(exact >= 38, exact + " of " + heldOut.size() + " exact");
        assertTrue(unchanged >= 18 && unchanged <= 22, unchanged + " unchanged");
    }

    @Test
    void underTheScriptGrammarEveryDecodedHunkApplies() {
        // an untrained edit decoder sampling freely writes hunks that mostly match nothing in x; under the
        // grammar every hunk of every finished script applies where the decoder meant it
        ModelConfig config = ModelConfig.builder(Preset.SMOKE, ModelKind.TRANSFORMER).vocabSize(VOCAB.size())
                .dims(16, 2, 32).layers(1, 1, 1).regularization(0.0, 0.0).codebookSize(4).commitmentBeta(0.25)
                .restarts(0, 0).klWeight(0.5).klAnnealSteps(0).maxSourceLength(16).maxTargetLength(40).seed(3)
                .codebookOptions(CodebookOptions.LEGACY).decoder(DecoderTarget.EDITS).build();
        EditModel model = new EditModel(config, DataType.DOUBLE);
        Generator generator = new Generator(model);
        int[] x = corpus(2, 9).get(0)[0];
        List<String> source = VOCAB.decode(x);
        int[] totals = new int[4]; // hunks and dropped: grammar, free
        for (boolean grammar : new boolean[] {true, false}) {
            List<Decoded> decoded = generator.decode(x, null, 64, DecodeOptions.sample(40, 1.0, 0),
                    new SplittableRandom(4), grammar ? EditTargets.constraint(DecoderTarget.EDITS, VOCAB, x) : null);
            for (Decoded d : decoded) {
                EditTargets.Program program = EditTargets.program(DecoderTarget.EDITS, VOCAB, x, source, d.tokens());
                int base = grammar ? 0 : 2;
                totals[base] += program.hunks();
                if (d.finished()) {
                    totals[base + 1] += program.dropped() - program.unbalanced();
                    if (grammar) {
                        assertEquals(program.dropped(), program.unbalanced(), () -> VOCAB.decode(d.tokens()).toString());
                    }
                }
            }
        }
        assertTrue(totals[0] > 20, "the grammar decodes hunks: " + totals[0]);
        assertEquals(0, totals[1]);
        assertTrue(totals[3] > totals[2] / 2, "free decoding drops most hunks: " + totals[3] + " of " + totals[2]);
        assertTrue(EditTargets.constraint(DecoderTarget.PROGRAM, VOCAB, x) == null, "no grammar for whole programs");
    }
}
