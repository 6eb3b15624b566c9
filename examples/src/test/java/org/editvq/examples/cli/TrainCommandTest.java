package org.editvq.examples.cli;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.dataset.pairs.PairConfig;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetBuilder;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.dataset.pairs.SyntheticPrograms;
import org.editvq.models.bundle.ModelBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainCommandTest {

    private static Path pairs(Path tmp) throws IOException {
        List<CanonicalProgram> programs = new SyntheticPrograms(2, 24, 12, 2, 15, 0.2, 5).generate();
        PairDataset ds = PairDatasetBuilder.build(programs, new PairConfig(4, 0.5, 1.2, 2, 0.2, 11, 0));
        Path dir = tmp.resolve("pairs");
        PairDatasetIO.write(ds, dir, PairDatasetIO.manifest(ds, PairDatasetBuilder.inputHash(programs)));
        return dir;
    }

    @Test
    void trainsResumesAndRefusesToOverwrite(@TempDir Path tmp) throws IOException {
        Path pairs = pairs(tmp);
        Path out = tmp.resolve("bundle");
        CliRun first = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out", out.toString(),
                "--preset", "smoke", "--steps", "4", "--seed", "3", "--no-progress");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("max steps: reached 4 steps"), first.out());
        assertTrue(first.out().contains("checkpoint: step 4 in " + out.toAbsolutePath()), first.out());
        ModelBundle b = ModelBundle.load(out);
        assertEquals("edit-vqvae", b.info().modelKind());
        assertEquals(32, b.config().dModel()); // the smoke preset
        assertEquals(org.editvq.models.DecoderTarget.EDITS, b.config().decoder()); // the default decoder
        assertEquals(org.editvq.models.LatentInjection.ENCODER_AND_DECODER, b.config().latentInjection());
        assertTrue(b.vocabulary().contains("<hunk>") && b.vocabulary().contains("<ins>"));
        assertEquals(4, b.training().orElseThrow().trainer().step());
        assertEquals(3L, b.manifest().seed());
        assertEquals("train", b.manifest().command());

        CliRun again = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out", out.toString(),
                "--steps", "4", "--no-progress");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already holds a model bundle; pass --resume"), again.err());

        CliRun resumed = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out", out.toString(),
                "--steps", "6", "--resume", "--no-progress");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(6, ModelBundle.load(out).training().orElseThrow().trainer().step());

        CliRun wrongKind = CliRun.of("train", "--model", "vqvae", "--pairs", pairs.toString(), "--out", out.toString(),
                "--resume", "--no-progress");
        assertEquals(2, wrongKind.code());
        assertTrue(wrongKind.err().contains("holds a edit-vqvae model, not vqvae"), wrongKind.err());
    }

    @Test
    void emaCodebookIsChosenOnTheCommandLineAndKeptInTheBundle(@TempDir Path tmp) throws IOException {
        Path pairs = pairs(tmp);
        Path out = tmp.resolve("ema");
        CliRun r = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out", out.toString(),
                "--preset", "smoke", "--steps", "3", "--codebook", "ema", "--no-progress");
        assertEquals(0, r.code(), r.err());
        ModelBundle b = ModelBundle.load(out);
        assertEquals(org.editvq.models.CodebookUpdate.EMA, b.config().codebookUpdate());
        assertEquals(0.99, b.config().emaDecay(), 0.0);
        assertTrue(b.config().emaDebias());
        CliRun bad = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out",
                tmp.resolve("bad").toString(), "--codebook", "kmeans", "--no-progress");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("codebook must be gradient or ema: kmeans"), bad.err());
        CliRun badDecoder = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out",
                tmp.resolve("bad2").toString(), "--decoder", "diff", "--no-progress");
        assertEquals(2, badDecoder.code());
        assertTrue(badDecoder.err().contains("unknown decoder 'diff'; expected program or edits"), badDecoder.err());
        Path paper = tmp.resolve("paper-placement");
        CliRun encoderOnly = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out",
                paper.toString(), "--preset", "smoke", "--steps", "1", "--latent-injection", "encoder", "--no-progress");
        assertEquals(0, encoderOnly.code(), encoderOnly.err());
        assertEquals(org.editvq.models.LatentInjection.ENCODER, ModelBundle.load(paper).config().latentInjection());
        CliRun badInjection = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out",
                tmp.resolve("bad3").toString(), "--latent-injection", "decoder", "--no-progress");
        assertEquals(2, badInjection.code());
        assertTrue(badInjection.err().contains("unknown latent injection 'decoder'"), badInjection.err());
    }

    @Test
    void codebookLookupIsChosenOnTheCommandLineKeptInTheBundleAndResumed(@TempDir Path tmp) throws IOException {
        Path pairs = pairs(tmp);
        Path out = tmp.resolve("cosine");
        CliRun r = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out", out.toString(),
                "--preset", "smoke", "--steps", "3", "--codebook-lookup", "cosine", "--code-dim", "8",
                "--vq-gradient", "rotation", "--no-progress");
        assertEquals(0, r.code(), r.err());
        org.editvq.models.CodebookOptions o = ModelBundle.load(out).config().codebookOptions();
        assertEquals(org.editvq.models.CodebookOptions.Lookup.COSINE, o.lookup());
        assertEquals(8, o.codeDim());
        assertEquals(org.editvq.models.CodebookOptions.Estimator.ROTATION, o.estimator());
        // the rest of the preset's options are kept
        assertEquals(org.editvq.models.CodebookOptions.DEFAULT.reservoirSize(), o.reservoirSize());
        assertEquals(8, ModelBundle.load(out).model().quantizer().codeWidth());
        // the reservoir and codes of width 8 are saved and restored
        CliRun resumed = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out",
                out.toString(), "--steps", "4", "--resume", "--no-progress");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(4, ModelBundle.load(out).training().orElseThrow().trainer().step());
        CliRun csv = CliRun.of("latents", "--model", out.toString(), "--pairs", pairs.toString(), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("split,problem,slow_id,fast_id,speedup,latent,distance"), csv.out());
        CliRun bad = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out",
                tmp.resolve("bad").toString(), "--vq-gradient", "gumbel", "--no-progress");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown VQ gradient estimator 'gumbel'; expected straight-through or rotation"),
                bad.err());
    }

    @Test
    void transformerStarTrainsOnTheStarSplit(@TempDir Path tmp) throws IOException {
        Path pairs = pairs(tmp);
        Path out = tmp.resolve("star");
        CliRun r = CliRun.of("train", "--model", "transformer-star", "--pairs", pairs.toString(), "--out", out.toString(),
                "--steps", "2", "--decoder", "program", "--no-progress");
        assertEquals(0, r.code(), r.err());
        ModelBundle b = ModelBundle.load(out);
        assertEquals(org.editvq.models.DecoderTarget.PROGRAM, b.config().decoder());
        assertEquals(org.editvq.models.LatentInjection.ENCODER, b.config().latentInjection(), "the paper's placement");
        assertFalse(b.vocabulary().contains("<hunk>"), "a program decoder's vocabulary has no script markers");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> data = (java.util.Map<String, Object>) b.manifest().parameters().get("data");
        assertEquals("trainStar/validStar", data.get("split"));
        PairDataset ds = PairDatasetIO.read(pairs);
        assertEquals(ds.trainStar().size(), ((Number) data.get("trainOffered")).intValue());
    }

    @Test
    void badInputIsAClearErrorNamingTheFolder(@TempDir Path tmp) {
        CliRun missing = CliRun.of("train", "--model", "transformer", "--pairs", tmp.resolve("nope").toString(), "--out",
                tmp.resolve("b").toString(), "--no-progress");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains(tmp.resolve("nope").toString()), missing.err());
        CliRun badKind = CliRun.of("train", "--model", "gpt", "--pairs", tmp.toString(), "--out", tmp.resolve("b").toString());
        assertEquals(2, badKind.code());
        assertTrue(badKind.err().contains("unknown model 'gpt'"), badKind.err());
    }
}
