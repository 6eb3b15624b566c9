package org.editvq.models.bundle;

import org.editvq.models.Preset;
import org.editvq.models.CodebookOptions;
import org.editvq.core.manifest.RunManifest;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecodeOptions;
import org.editvq.models.Decoded;
import org.editvq.models.DecoderTarget;
import org.editvq.models.EditModel;
import org.editvq.models.Generator;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.PairBatch;
import org.editvq.models.nn.Kernels;
import org.editvq.models.nn.Param;
import org.editvq.models.optim.Adam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Save → load gives back the same model, bit for bit, and bad bundles fail with clear messages. */
class ModelBundleTest {
    private static final Vocabulary VOCAB = Vocabulary.of(List.of("a", "b", "c", "d", "e", "f", "g", "h"));

    private static ModelConfig config(ModelKind kind) {
        return ModelConfig.builder(Preset.SMOKE, kind).vocabSize(VOCAB.size()).dims(16, 2, 32).layers(1, 1, 1)
                .regularization(0.0, 0.0).codebookSize(4).commitmentBeta(0.25).restarts(3, 0.5)
                .klWeight(0.1).klAnnealSteps(10).maxSourceLength(12).maxTargetLength(12).seed(5)
                .codebookOptions(CodebookOptions.LEGACY).build();
    }

    private static PairBatch batch(SplittableRandom r, int n) {
        List<int[]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] x = r.ints(3 + r.nextInt(5), 5, VOCAB.size()).toArray();
            int[] y = x.clone();
            if (r.nextBoolean()) {
                Arrays.sort(y);
            }
            xs.add(x);
            ys.add(y);
        }
        return PairBatch.of(xs, ys);
    }

    /** A model trained a few steps, so weights, moments and codebook statistics differ from their initial values. */
    private static EditModel trained(ModelKind kind, Adam[] adamOut) {
        EditModel model = new EditModel(config(kind), DataType.FLOAT);
        Adam adam = Adam.transformerDefaults(model.params(), 1.0);
        SplittableRandom data = new SplittableRandom(3);
        for (int step = 1; step <= 7; step++) {
            model.trainStep(batch(data, 8), new SplittableRandom(step), 0.1);
            adam.update(1e-2);
        }
        adamOut[0] = adam;
        return model;
    }

    private static RunManifest manifest() {
        return RunManifest.of("train", 5, Map.of("kind", "edit-vqvae"), "abc", Map.of("validLoss", 1.5));
    }

    private static TrainingState state(Adam adam) {
        TrainerState t = new TrainerState(7, 1, 2, Double.NaN, 0, 0, 123, 0.5, Map.of("batchSize", 8));
        return new TrainingState(t, adam.state().step(), adam.state().firstMoments(), adam.state().secondMoments());
    }

    @Test
    void roundTripGivesIdenticalParametersDecodesAndLosses(@TempDir Path tmp) throws IOException {
        Adam[] adam = new Adam[1];
        EditModel model = trained(ModelKind.EDIT_VQVAE, adam);
        Path dir = tmp.resolve("bundle");
        List<Map<String, Object>> history = List.of(Map.of("step", 5, "validLoss", 2.25), Map.of("step", 7));
        ModelBundle.save(dir, model, VOCAB, manifest(), history, state(adam[0]));

        ModelBundle back = ModelBundle.load(dir);
        assertEquals(model.config(), back.config());
        assertEquals(VOCAB, back.vocabulary());
        assertEquals(ModelBundle.FORMAT_VERSION, back.info().formatVersion());
        assertEquals("edit-vqvae", back.info().modelKind());
        assertEquals(model.params().count(), back.info().parameterCount());
        for (Param p : model.params().all()) {
            assertArrayEquals(Kernels.toArray(p.value()), Kernels.toArray(back.model().params().get(p.name()).value()),
                    p.name());
        }
        assertArrayEquals(model.quantizer().usage(), back.model().quantizer().usage());
        assertEquals(7, back.model().quantizer().steps());
        assertEquals(manifest().toJson().replaceAll("\"created\".*", ""),
                back.manifest().toJson().replaceAll("\"created\".*", ""));
        assertEquals(2, back.history().size());
        assertEquals(2.25, ((Number) back.history().get(0).get("validLoss")).doubleValue());

        TrainingState ts = back.training().orElseThrow();
        assertEquals(7, ts.optimizerStep());
        assertEquals(state(adam[0]).trainer().tokensSeen(), ts.trainer().tokensSeen());
        assertTrue(Double.isNaN(ts.trainer().bestValidLoss()));
        assertEquals(8, ((Number) ts.trainer().trainingConfig().get("batchSize")).intValue());
        for (String name : adam[0].names()) {
            assertArrayEquals(Kernels.toArray(adam[0].state().firstMoments().get(name)),
                    Kernels.toArray(ts.firstMoments().get(name)), name);
            assertArrayEquals(Kernels.toArray(adam[0].state().secondMoments().get(name)),
                    Kernels.toArray(ts.secondMoments().get(name)), name);
        }

        PairBatch held = batch(new SplittableRandom(99), 6);
        assertEquals(model.evaluate(held).loss(), back.model().evaluate(held).loss());
        int[] source = {5, 9, 7, 6, 11};
        int[] codes = {0, 1, 2, 3};
        List<Decoded> a = new Generator(model).decode(source, model.latents(codes, 4, null), 4,
                DecodeOptions.greedy(12), null);
        List<Decoded> b = new Generator(back.model()).decode(source, back.model().latents(codes, 4, null), 4,
                DecodeOptions.greedy(12), null);
        for (int i = 0; i < codes.length; i++) {
            assertArrayEquals(a.get(i).tokens(), b.get(i).tokens(), "code " + i);
            assertEquals(a.get(i).logProb(), b.get(i).logProb(), "code " + i);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(dir), files.toList(), "no temporary folders left behind");
        }
    }

    @Test
    void emaCodebookStatisticsSurviveTheRoundTripAndContinueIdentically(@TempDir Path tmp) throws IOException {
        ModelConfig ema = config(ModelKind.EDIT_VQVAE).withEmaCodebook(0.9, true);
        EditModel model = new EditModel(ema, DataType.FLOAT);
        Adam adam = Adam.transformerDefaults(model.params(), 1.0);
        SplittableRandom data = new SplittableRandom(3);
        for (int step = 1; step <= 5; step++) {
            model.trainStep(batch(data, 8), new SplittableRandom(step), 0.1);
            adam.update(1e-2);
        }
        Path dir = tmp.resolve("ema");
        ModelBundle.save(dir, model, VOCAB, manifest(), List.of(), state(adam));
        ModelBundle back = ModelBundle.load(dir);
        assertEquals(ModelConfig.EMA, back.config().codebookUpdate());
        double[][] saved = model.quantizer().emaState();
        double[][] loaded = back.model().quantizer().emaState();
        for (int i = 0; i < saved.length; i++) {
            assertArrayEquals(saved[i], loaded[i]);
        }
        // One more identical batch moves both codebooks identically (EMA state included).
        PairBatch next = batch(new SplittableRandom(9), 8);
        model.trainStep(next, null, 0.1);
        back.model().trainStep(next, null, 0.1);
        assertArrayEquals(Kernels.toArray(model.quantizer().codebook().value()),
                Kernels.toArray(back.model().quantizer().codebook().value()));
    }

    @Test
    void bestWeightsAreKeptBesideTheLatest(@TempDir Path tmp) throws IOException {
        Adam[] adam = new Adam[1];
        EditModel model = trained(ModelKind.EDIT_VQVAE, adam);
        PairBatch held = batch(new SplittableRandom(97), 6);
        double bestLoss = model.evaluate(held).loss();
        WeightSnapshot best = WeightSnapshot.of(model, 7);
        double[] bestUsage = model.quantizer().usage();
        for (int step = 8; step <= 10; step++) {
            model.trainStep(batch(new SplittableRandom(step), 8), new SplittableRandom(step), 0.1);
            adam[0].update(1e-2);
        }
        double latestLoss = model.evaluate(held).loss();
        assertTrue(latestLoss != bestLoss);
        Path dir = tmp.resolve("best");
        ModelBundle.save(dir, model, VOCAB, manifest(), List.of(), state(adam[0]), best);

        ModelBundle latest = ModelBundle.load(dir);
        assertEquals(7, latest.info().bestStep());
        assertEquals(latest.model().evaluate(held).loss(), latestLoss);
        assertEquals(7, latest.best().orElseThrow().step());
        assertTrue(latest.training().isPresent());

        ModelBundle fromBest = ModelBundle.load(dir, ModelBundle.Weights.BEST);
        assertEquals(bestLoss, fromBest.model().evaluate(held).loss());
        assertArrayEquals(bestUsage, fromBest.model().quantizer().usage());
        assertEquals(7, fromBest.model().quantizer().steps());
        assertTrue(fromBest.training().isEmpty());

        // Without a best copy, BEST falls back to the latest weights.
        ModelBundle.save(dir, model, VOCAB, manifest(), List.of(), null);
        assertEquals(-1, ModelBundle.readInfo(dir).bestStep());
        assertEquals(latestLoss, ModelBundle.load(dir, ModelBundle.Weights.BEST).model().evaluate(held).loss());
    }

    @Test
    void modelOnlyBundleOfATransformerHasNoTrainingStateOrCodebook(@TempDir Path tmp) throws IOException {
        Adam[] adam = new Adam[1];
        EditModel model = trained(ModelKind.TRANSFORMER, adam);
        Path dir = tmp.resolve("t");
        ModelBundle.save(dir, model, VOCAB, manifest(), List.of(), null);
        assertFalse(Files.exists(dir.resolve(ModelBundle.CODEBOOK_JSON)));
        assertFalse(Files.exists(dir.resolve(ModelBundle.OPTIMIZER_BIN)));
        ModelBundle back = ModelBundle.load(dir);
        assertTrue(back.training().isEmpty());
        PairBatch held = batch(new SplittableRandom(98), 5);
        assertEquals(model.evaluate(held).loss(), back.model().evaluate(held).loss());
    }

    @Test
    void savingReplacesTheOldBundleAndRefusesForeignFolders(@TempDir Path tmp) throws IOException {
        Adam[] adam = new Adam[1];
        EditModel model = trained(ModelKind.TRANSFORMER, adam);
        Path dir = tmp.resolve("b");
        ModelBundle.save(dir, model, VOCAB, manifest(), List.of(Map.of("n", 1)), null);
        ModelBundle.save(dir, model, VOCAB, manifest(), List.of(Map.of("n", 1), Map.of("n", 2)), state(adam[0]));
        ModelBundle back = ModelBundle.load(dir);
        assertEquals(2, back.history().size());
        assertTrue(back.training().isPresent());

        // A crash between the two renames leaves only the hidden old copy: load recovers it.
        Files.move(dir, tmp.resolve(".b.old"));
        assertEquals(2, ModelBundle.load(dir).history().size());
        assertTrue(Files.exists(dir.resolve(ModelBundle.BUNDLE_JSON)));

        Path foreign = tmp.resolve("home");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "precious");
        IOException e = assertThrows(IOException.class,
                () -> ModelBundle.save(foreign, model, VOCAB, manifest(), List.of(), null));
        assertTrue(e.getMessage().contains("is not an editvq bundle"), e.getMessage());
        assertEquals("precious", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void theDecoderSettingIsSavedAndABundleFromBeforeItLoadsAsAProgramDecoder(@TempDir Path tmp) throws IOException {
        Adam[] adam = new Adam[1];
        EditModel model = trained(ModelKind.TRANSFORMER, adam);
        EditModel edits = new EditModel(model.config().withDecoder(DecoderTarget.EDITS), DataType.FLOAT);
        Path dir = tmp.resolve("e");
        ModelBundle.save(dir, edits, VOCAB, manifest(), List.of(), null);
        assertEquals(DecoderTarget.EDITS, ModelBundle.load(dir).config().decoder());
        Path config = dir.resolve(ModelBundle.CONFIG_JSON);
        String json = Files.readString(config);
        assertTrue(json.contains("\"decoder\" : \"EDITS\""), json);
        // a config.json written before the setting existed has no "decoder" field
        Files.writeString(config, json.replaceAll(",\\s*\"decoder\" : \"EDITS\"", ""));
        assertFalse(Files.readString(config).contains("\"decoder\""));
        assertEquals(DecoderTarget.PROGRAM, ModelBundle.load(dir).config().decoder());
    }

    @Test
    void otherFormatVersionIsAClearError(@TempDir Path tmp) throws IOException {
        Adam[] adam = new Adam[1];
        Path dir = tmp.resolve("v");
        ModelBundle.save(dir, trained(ModelKind.TRANSFORMER, adam), VOCAB, manifest(), List.of(), null);
        Path header = dir.resolve(ModelBundle.BUNDLE_JSON);
        Files.writeString(header, Files.readString(header).replace("\"formatVersion\" : 1", "\"formatVersion\" : 99")
                .replace("\"modelKind\"", "\"futureField\" : [1, 2],\n  \"modelKind\""));
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("bundle " + dir.toAbsolutePath() + " has format version 99"), e.getMessage());
        assertTrue(e.getMessage().contains("reads format version 1 only"), e.getMessage());

        BundleFormatException none = assertThrows(BundleFormatException.class, () -> ModelBundle.load(tmp));
        assertTrue(none.getMessage().contains("not an editvq model bundle"), none.getMessage());
    }

    @Test
    void weightsThatDoNotFitTheConfigNameTheBundleAndTheTensor(@TempDir Path tmp) throws IOException {
        Adam[] adam = new Adam[1];
        Path dir = tmp.resolve("w");
        ModelBundle.save(dir, trained(ModelKind.TRANSFORMER, adam), VOCAB, manifest(), List.of(), null);
        Path config = dir.resolve(ModelBundle.CONFIG_JSON);
        String original = Files.readString(config);
        Files.writeString(config, original.replace("\"dFf\" : 32", "\"dFf\" : 24"));
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().startsWith("bundle " + dir.toAbsolutePath() + ": weights.bin: tensor '"), e.getMessage());
        assertTrue(e.getMessage().contains("has shape [16, 32] but the model expects [16, 24]"), e.getMessage());

        Files.writeString(config, original.replace("\"encoderLayers\" : 1", "\"encoderLayers\" : 2"));
        BundleFormatException count = assertThrows(BundleFormatException.class, () -> ModelBundle.load(dir));
        assertTrue(count.getMessage().contains("tensors but the model has"), count.getMessage());

        Files.writeString(config, original);
        Path weights = dir.resolve(ModelBundle.WEIGHTS_BIN);
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, Arrays.copyOf(bytes, bytes.length - 100));
        BundleFormatException truncated = assertThrows(BundleFormatException.class, () -> ModelBundle.load(dir));
        assertTrue(truncated.getMessage().contains("weights.bin: file ends early (truncated)"), truncated.getMessage());
        bytes[bytes.length - 20] ^= 1;
        Files.write(weights, bytes);
        BundleFormatException corrupt = assertThrows(BundleFormatException.class, () -> ModelBundle.load(dir));
        assertTrue(corrupt.getMessage().contains("checksum mismatch"), corrupt.getMessage());
    }
}
