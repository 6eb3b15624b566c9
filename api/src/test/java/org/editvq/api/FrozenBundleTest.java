package org.editvq.api;

import org.editvq.core.data.Language;
import org.editvq.core.manifest.Hashing;
import org.editvq.dataset.pairs.PairConfig;
import org.editvq.models.CodebookOptions;
import org.editvq.models.DecodeOptions;
import org.editvq.models.DecoderTarget;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.Preset;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.training.EditDecoding;
import org.editvq.training.TrainingConfig;
import org.editvq.inference.decode.ProgramDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bundle written by editvq 0.1.0-SNAPSHOT (src/test/resources/bundles/0.1.0-SNAPSHOT/edit-vqvae, a 60-step
 * Edit-VQ-VAE of 16-wide layers on examples/quickstart/tiny-corpus.csv, saved without training state) must keep
 * loading and decoding to the same outputs in every later version. If a change breaks this test, the change
 * breaks users' bundles: add a reader for the old format instead of regenerating the fixture.
 */
class FrozenBundleTest {
    static final Path FIXTURE = Path.of("src/test/resources/bundles/0.1.0-SNAPSHOT/edit-vqvae");
    static final Path CORPUS = Path.of("../examples/quickstart/tiny-corpus.csv");

    @Test
    void theBundleOfVersion010LoadsAndDecodesToThePinnedOutputs() throws IOException {
        Model model = EditVq.load(FIXTURE);
        assertEquals("0.1.0-SNAPSHOT", model.bundle().info().editvqVersion());
        assertEquals(ModelKind.EDIT_VQVAE, model.config().kind());
        assertEquals(4, model.config().codebookSize());
        assertEquals(DecoderTarget.EDITS, model.config().decoder());
        // the outputs were pinned with free decoding, the only edit decoding there was then: it still gives them
        ProgramDecoder.Result r = decode(model, EditDecoding.FREE);
        assertEquals(4, r.outputs().size());
        assertEquals(PINNED_OUTPUTS_SHA256, sha256(r));
        assertEquals(PINNED_FIRST_LOG_LIKELIHOOD, r.outputs().get(0).logLikelihoodPerToken(), 1e-4);
        // under the default (grammar, parse-checked) decoding the scripts differ (the first has another
        // log-likelihood) but this tiny model's programs come out the same
        ProgramDecoder.Result checked = decode(model, EditDecoding.DEFAULT);
        assertEquals(PINNED_OUTPUTS_SHA256, sha256(checked));
        assertEquals(-1.3531808403879404, checked.outputs().get(0).logLikelihoodPerToken(), 1e-4);
    }

    static final String PINNED_OUTPUTS_SHA256 = "8ab898798b894141eb472603a6828f20cb789d3a0d3eace9469b0a8b9cc1cf17";
    static final double PINNED_FIRST_LOG_LIKELIHOOD = -1.1752851959317923;

    private static ProgramDecoder.Result decode(Model model, EditDecoding editDecoding) throws IOException {
        String source = EditVq.corpus(CORPUS.toString()).submissions().get(0).source();
        return model.decode(source, Language.JAVA, 1, DecodeOptions.greedy(model.config().maxTargetLength()),
                editDecoding);
    }

    private static String sha256(ProgramDecoder.Result r) {
        MessageDigest d = Hashing.sha256();
        String text = r.outputs().stream().map(o -> o.latent() + ": " + String.join(" ", o.tokens()))
                .collect(Collectors.joining("\n"));
        d.update(text.getBytes(StandardCharsets.UTF_8));
        return Hashing.hex(d);
    }

    /**
     * Writes the fixture (run once per bundle format, with -Deditvq.writeFrozenBundle=true) and prints the
     * values to pin.
     */
    @Test
    @EnabledIfSystemProperty(named = "editvq.writeFrozenBundle", matches = "true")
    void writeTheFixture(@TempDir Path work) throws IOException {
        Pairs pairs = EditVq.pairs(CORPUS.toString(), PairConfig.builder().minRouge(0.3).testInputs(1).seed(1).build());
        ModelConfig.Builder config = ModelConfig.builder(Preset.SMOKE, ModelKind.EDIT_VQVAE).dims(16, 2, 32)
                .codebookSize(4).maxLengths(400).decoder(DecoderTarget.EDITS).seed(1)
                .codebookOptions(CodebookOptions.DEFAULT.withReservoirSize(16)); // keeps codebook.json small
        Trained run = EditVq.train(pairs, config, TrainingConfig.builder(Preset.SMOKE, 1).maxSteps(60)
                .evalInterval(20).build(), work.resolve("model"));
        ModelBundle best = ModelBundle.load(run.result().bundle(), ModelBundle.Weights.BEST);
        ModelBundle.save(FIXTURE, best.model(), best.vocabulary(), best.manifest(), best.history(), null);
        ProgramDecoder.Result r = decode(EditVq.load(FIXTURE), EditDecoding.FREE);
        System.out.println("PINNED_OUTPUTS_SHA256 = " + sha256(r));
        System.out.println("PINNED_FIRST_LOG_LIKELIHOOD = " + r.outputs().get(0).logLikelihoodPerToken());
        for (ProgramDecoder.Output o : r.outputs()) {
            System.out.println(o.latent() + ": " + String.join(" ", o.tokens()));
        }
    }
}
