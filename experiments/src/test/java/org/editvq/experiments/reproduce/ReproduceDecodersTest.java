package org.editvq.experiments.reproduce;

import org.editvq.evaluation.metrics.Table1Row;
import org.editvq.models.DecoderTarget;
import org.editvq.models.bundle.ModelBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code reproduce --decoder both}: the five paper models and the five with the edit decoder as rows of one
 * Table 1, and the paper's rows exactly those of a run without the edit decoder.
 */
class ReproduceDecodersTest {
    @TempDir
    static Path dir;
    static Reproduction.Result programOnly;
    static Reproduction.Result both;

    @BeforeAll
    static void runTwice() throws IOException {
        Path corpus = FixtureCorpus.write(dir.resolve("corpus.csv"), 12, 11);
        ReproduceConfig config = ReproduceConfig.preset("smoke", 5).withSteps(8, 4).withJobs(2);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        programOnly = Reproduction.run(new Reproduction.Request(corpus.toString(), dir.resolve("program"), config,
                false, 2), quiet);
        both = Reproduction.run(new Reproduction.Request(corpus.toString(), dir.resolve("both"),
                config.withDecoders(ReproduceDecoders.BOTH), false, 2), quiet);
    }

    @Test
    void tenModelsAndTheCopyBaselineAreRowsOfOneTable() throws IOException {
        List<String> expected = new ArrayList<>();
        ReproduceDecoders.BOTH.runs().forEach(r -> expected.add(r.name()));
        expected.add(Reproduction.COPY);
        assertEquals(expected, both.models().stream().map(Reproduction.ModelOutcome::model).toList());
        for (Reproduction.ModelOutcome m : both.models()) {
            assertTrue(m.failure() == null, m.model() + ": " + m.failure());
            assertEquals(both.testInputs(), m.report().row().examples(), m.model());
        }
        List<String> csv = Files.readAllLines(dir.resolve("both").resolve("table1.csv"));
        assertEquals(expected.size() + 1, csv.size());
        assertTrue(csv.get(6).startsWith("edit-vqvae-edits,"), csv.get(6));
    }

    @Test
    void theEditModelsAreTrainedWithTheEditDecoder() throws IOException {
        for (ReproduceDecoders.ModelRun run : ReproduceDecoders.BOTH.runs()) {
            ModelBundle bundle = ModelBundle.load(dir.resolve("both").resolve("models").resolve(run.name()),
                    ModelBundle.Weights.BEST);
            assertEquals(run.decoder(), bundle.model().config().decoder(), run.name());
            assertEquals(run.kind(), bundle.model().config().kind(), run.name());
        }
        Path out = dir.resolve("both");
        for (String f : List.of("table2.md", "table2-edits.md", "figures/figure5.png", "figures-edits/figure5.png",
                "figures-edits/codebook_usage.png", "samples/edit-vqvae-edits.jsonl", "scores/vqvae-edits.jsonl")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("reproduce.json")).contains("\"decoders\" : \"both\""));
        assertEquals(DecoderTarget.EDITS, ReproduceDecoders.EDITS.runs().get(0).decoder());
    }

    @Test
    void thePaperRowsDoNotDependOnTheEditModelsBesideThem() {
        for (ReproduceDecoders.ModelRun run : ReproduceDecoders.PROGRAM.runs()) {
            Table1Row alone = programOnly.model(run.name()).report().row();
            Table1Row beside = both.model(run.name()).report().row();
            assertEquals(alone, beside, run.name());
        }
        assertEquals(programOnly.model(Reproduction.COPY).report().row(), both.model(Reproduction.COPY).report().row());
    }
}
