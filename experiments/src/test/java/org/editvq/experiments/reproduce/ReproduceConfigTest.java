package org.editvq.experiments.reproduce;

import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presets, overrides and the settings a reproduction folder is checked against. */
class ReproduceConfigTest {
    @Test
    void presetsDrawOneSamplePerLatentOfTheEditVqVae() {
        for (String name : List.of("smoke", "cpu", "paper")) {
            ReproduceConfig c = ReproduceConfig.preset(name, 1);
            int k = ModelConfig.preset(name, ModelKind.EDIT_VQVAE, 10, 1).codebookSize();
            assertEquals(k, c.samples(), name + ": N samples = K latents");
            assertEquals(0.3, c.pairs().minRouge(), 0.0);
            assertEquals(1.2, c.pairs().minSpeedup(), 0.0);
            assertEquals(ModelConfig.GRADIENT, c.codebook());
        }
        assertEquals(64, ReproduceConfig.preset("cpu", 1).samples());
        assertEquals(100, ReproduceConfig.preset("cpu", 1).pairs().testInputs(), "the paper's 100 test inputs");
        assertEquals(0.3, ReproduceConfig.preset("cpu", 1).pairs().referenceMinRouge(), 0.0);
        assertEquals(250, ReproduceConfig.preset("cpu", 1).stepsFor(ModelKind.TRANSFORMER_STAR));
        assertEquals(400, ReproduceConfig.preset("cpu", 1).stepsFor(ModelKind.EDIT_VQVAE));
    }

    @Test
    void settingsNameTheCodebookOnlyWhenItIsNotTheDefault() {
        ReproduceConfig c = ReproduceConfig.preset("cpu", 1);
        assertFalse(c.toMap().containsKey("codebook"));
        assertEquals("ema", c.withCodebook(org.editvq.models.CodebookUpdate.EMA).toMap().get("codebook"));
        assertEquals(c.toMap(), c.withJobs(1).toMap(), "jobs do not change results");
        assertTrue(!c.toMap().equals(c.withSteps(10, 5).toMap()));
        // the reference neighbourhood and the bootstrap decide the table: part of the checked settings
        assertTrue(!c.toMap().equals(c.withReferenceMinRouge(0.5).toMap()));
        assertEquals(5000, c.withBootstrap(5000).toMap().get("bootstrap"));
        assertEquals(new org.editvq.evaluation.metrics.BootstrapConfig(2000, 0.95, 1), c.bootstrapConfig());
    }

    @Test
    void decodersArePaperFirstAndNamedOnlyWhenNotTheDefault() {
        ReproduceConfig c = ReproduceConfig.preset("cpu", 1);
        assertEquals(ReproduceDecoders.PROGRAM, c.decoders(), "Table 1 is the paper's experiment by default");
        assertFalse(c.toMap().containsKey("decoders"), "folders of earlier runs still match");
        assertEquals("both", c.withDecoders(ReproduceDecoders.BOTH).toMap().get("decoders"));
        // edit runs record how they decode their scripts (checked by default), so a folder of an edit run made
        // before the setting existed (no such key) is not resumed as if it had used it
        assertEquals(org.editvq.training.EditDecoding.CHECKED, c.editDecoding());
        assertFalse(c.toMap().containsKey("editDecoding"), "irrelevant to the paper's decoder");
        assertEquals("checked", c.withDecoders(ReproduceDecoders.EDITS).toMap().get("editDecoding"));
        assertEquals("free", c.withDecoders(ReproduceDecoders.EDITS).toBuilder()
                .editDecoding(org.editvq.training.EditDecoding.FREE).build().toMap().get("editDecoding"));
        assertEquals(List.of("edit-vqvae", "vqvae", "edit-vae", "transformer", "transformer-star"),
                ReproduceDecoders.PROGRAM.runs().stream().map(ReproduceDecoders.ModelRun::name).toList());
        assertEquals(List.of("edit-vqvae-edits", "vqvae-edits", "edit-vae-edits", "transformer-edits",
                        "transformer-star-edits"),
                ReproduceDecoders.EDITS.runs().stream().map(ReproduceDecoders.ModelRun::name).toList());
        List<ReproduceDecoders.ModelRun> both = ReproduceDecoders.BOTH.runs();
        assertEquals(10, both.size());
        assertEquals(ReproduceDecoders.PROGRAM.runs(), both.subList(0, 5), "the paper's models train first");
        assertEquals(ReproduceDecoders.EDITS.runs(), both.subList(5, 10));
        assertEquals(ReproduceDecoders.BOTH, ReproduceDecoders.parse("Both"));
        assertThrows(IllegalArgumentException.class, () -> ReproduceDecoders.parse("pointer"));
    }

    @Test
    void badSettingsAreRefused() {
        ReproduceConfig c = ReproduceConfig.preset("smoke", 1);
        assertThrows(IllegalArgumentException.class, () -> org.editvq.models.CodebookUpdate.parse("kmeans"));
        assertThrows(IllegalArgumentException.class, () -> c.withJobs(0));
        assertThrows(IllegalArgumentException.class, () -> c.withSamples(0));
        assertThrows(IllegalArgumentException.class, () -> c.withBootstrap(10));
        assertThrows(IllegalArgumentException.class, () -> c.withReferenceMinRouge(0));
        assertThrows(IllegalArgumentException.class, () -> ReproduceConfig.preset("gpu", 1));
    }
}
