package org.editvq.models;

import org.editvq.core.config.ConfigJson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelConfigTest {

    @Test
    void presetsHoldTheirDocumentedSettings() {
        ModelConfig paper = ModelConfig.preset(Preset.PAPER, ModelKind.EDIT_VQVAE, 100, 3);
        assertEquals(List.of(128, 8, 512, 6, 6, 6, 64, 1024, 1024, 25), List.of(paper.dModel(), paper.heads(),
                paper.dFf(), paper.encoderLayers(), paper.decoderLayers(), paper.editEncoderLayers(),
                paper.codebookSize(), paper.maxSourceLength(), paper.maxTargetLength(), paper.restartInterval()));
        assertEquals(List.of(0.1, 0.1, 0.25, 0.03, 1.0, 0.99), List.of(paper.dropout(), paper.labelSmoothing(),
                paper.commitmentBeta(), paper.restartThreshold(), paper.klWeight(), paper.emaDecay()));
        assertEquals(CodebookUpdate.GRADIENT, paper.codebookUpdate());
        assertEquals(CodebookOptions.DEFAULT, paper.codebookOptions());
        assertEquals(LatentInjection.ENCODER, paper.latentInjection());
        assertEquals(DecoderTarget.PROGRAM, paper.decoder());
        ModelConfig smoke = ModelConfig.preset("smoke", ModelKind.TRANSFORMER, 20, 1);
        assertEquals(List.of(32, 4, 64, 1, 8, 256, 20, 50), List.of(smoke.dModel(), smoke.heads(), smoke.dFf(),
                smoke.encoderLayers(), smoke.codebookSize(), smoke.maxSourceLength(), smoke.restartInterval(),
                smoke.klAnnealSteps()));
        assertEquals(640, ModelConfig.preset(Preset.CPU, ModelKind.VQVAE, 20, 1).maxTargetLength());
        assertEquals(2, ModelConfig.preset(Preset.CPU, ModelKind.VQVAE, 20, 1).encoderLayers());
    }

    @Test
    void theBuilderChangesOnlyWhatItNamesAndRoundTrips() {
        ModelConfig base = ModelConfig.preset(Preset.SMOKE, ModelKind.EDIT_VQVAE, 40, 9);
        assertEquals(base, base.toBuilder().build());
        ModelConfig changed = base.toBuilder().codebookSize(16).decoder(DecoderTarget.EDITS).build();
        assertEquals(16, changed.codebookSize());
        assertEquals(DecoderTarget.EDITS, changed.decoder());
        assertEquals(base, changed.toBuilder().codebookSize(8).decoder(DecoderTarget.PROGRAM).build());
        assertEquals(changed, ModelConfig.fromMap(changed.toMap()));
        ModelConfig ema = base.withEmaCodebook(0.9, false);
        assertEquals(ema, ModelConfig.fromMap(ConfigJson.toMap(ema)));
        assertEquals("ema", ema.toMap().get("codebookUpdate"), "written as in bundles of earlier versions");
    }

    @Test
    void aUsersValueIsValidatedNotRewritten() {
        ModelConfig.Builder b = ModelConfig.builder(Preset.SMOKE, ModelKind.EDIT_VQVAE).vocabSize(40);
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> b.codebookUpdate(CodebookUpdate.EMA).emaDecay(0).build());
        assertTrue(zero.getMessage().contains("emaDecay must be in (0, 1): 0.0"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelConfig.builder(Preset.SMOKE, ModelKind.VQVAE).build(),
                "no vocabulary size yet");
        Map<String, Object> saved = new LinkedHashMap<>(b.emaDecay(0.99).build().toMap());
        saved.put("emaDecay", 0.0);
        assertThrows(IllegalArgumentException.class, () -> ModelConfig.fromMap(saved), "a saved 0 is not read as 0.99");
        assertEquals(CodebookUpdate.EMA, CodebookUpdate.parse("EMA"));
        assertEquals("codebook must be gradient or ema: kmeans",
                assertThrows(IllegalArgumentException.class, () -> CodebookUpdate.parse("kmeans")).getMessage());
        assertEquals(Preset.PAPER, Preset.parse(" Paper"));
    }

    @Test
    void aConfigSavedBeforeTheCodebookEmaInjectionAndDecoderSettingsLoadsWithTheBehaviourOfItsTime() {
        Map<String, Object> old = new LinkedHashMap<>(ModelConfig.preset(Preset.SMOKE, ModelKind.EDIT_VQVAE, 40, 9)
                .toMap());
        for (String key : List.of("codebookUpdate", "emaDecay", "emaDebias", "codebookOptions", "latentInjection",
                "decoder")) {
            old.remove(key);
        }
        ModelConfig back = ModelConfig.fromMap(old);
        assertEquals(CodebookUpdate.GRADIENT, back.codebookUpdate());
        assertEquals(0.99, back.emaDecay());
        assertEquals(false, back.emaDebias());
        assertEquals(CodebookOptions.LEGACY, back.codebookOptions());
        assertEquals(LatentInjection.ENCODER, back.latentInjection());
        assertEquals(DecoderTarget.PROGRAM, back.decoder());
        old.remove("dModel");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelConfig.fromMap(old));
        assertTrue(e.getMessage().contains("'dModel' is missing"), e.getMessage());
    }

    @Test
    void zEntersTheDecoderByDefaultOnlyForEditScriptsAndAnExplicitPlacementIsKept() {
        ModelConfig.Builder b = ModelConfig.builder(Preset.SMOKE, ModelKind.EDIT_VQVAE).vocabSize(40);
        assertEquals(LatentInjection.ENCODER, b.build().latentInjection(), "the paper's decoder: the paper's placement");
        assertEquals(LatentInjection.ENCODER_AND_DECODER, b.decoder(DecoderTarget.EDITS).build().latentInjection());
        assertEquals(LatentInjection.ENCODER, b.latentInjection(LatentInjection.ENCODER).build().latentInjection(),
                "a placement set by the user is not rewritten");
        assertEquals(LatentInjection.ENCODER_AND_DECODER, b.latentInjection(null).build().latentInjection());
        ModelConfig edits = b.build();
        assertEquals(LatentInjection.ENCODER_AND_DECODER, ModelConfig.fromMap(edits.toMap()).latentInjection());
        assertEquals(LatentInjection.ENCODER_AND_DECODER, LatentInjection.parse("Encoder-And-Decoder"));
        assertEquals("encoder-and-decoder", LatentInjection.ENCODER_AND_DECODER.cliName());
        assertThrows(IllegalArgumentException.class, () -> LatentInjection.parse("decoder"));
    }
}
