package org.editvq.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.editvq.dataset.pairs.PairConfig;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetBuilder;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.dataset.pairs.SyntheticPrograms;
import org.editvq.models.EditModel;
import org.editvq.models.PairBatch;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.inference.suggest.LatentAssignments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code editvq latents --format csv|json}: one row per pair, its nearest code and distance; the health line. */
class LatentsCommandTest {
    @TempDir
    static Path tmp;
    static Path bundle;
    static Path pairs;
    static PairDataset dataset;

    @BeforeAll
    static void trainTinyBundle() throws IOException {
        List<CanonicalProgram> programs = new SyntheticPrograms(2, 24, 12, 2, 15, 0.2, 5).generate();
        dataset = PairDatasetBuilder.build(programs, new PairConfig(4, 0.5, 1.2, 2, 0.2, 11, 0));
        pairs = tmp.resolve("pairs");
        PairDatasetIO.write(dataset, pairs, PairDatasetIO.manifest(dataset, PairDatasetBuilder.inputHash(programs)));
        bundle = tmp.resolve("bundle");
        CliRun train = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out",
                bundle.toString(), "--preset", "smoke", "--steps", "10", "--seed", "3", "--no-progress");
        assertEquals(0, train.code(), train.err());
    }

    @Test
    void csvHasOneRowPerPairWithTheNearestCodeAndItsDistance() throws IOException {
        CliRun run = CliRun.of("latents", "--model", bundle.toString(), "--pairs", pairs.toString(), "--format", "csv");
        assertEquals(0, run.code(), run.err());
        List<CSVRecord> rows;
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(run.out()))) {
            assertEquals(List.of("split", "problem", "slow_id", "fast_id", "speedup", "latent", "distance"),
                    p.getHeaderNames());
            rows = p.getRecords();
        }
        List<ProgramPair> all = new ArrayList<>(dataset.train());
        all.addAll(dataset.valid());
        assertEquals(all.size(), rows.size(), "every train and valid pair once (none too long in this fixture)");
        // recompute each row independently: the code nearest to f(y) - f(x) and the distance to it
        EditModel model = ModelBundle.load(bundle, ModelBundle.Weights.BEST).model();
        var vocabulary = ModelBundle.load(bundle, ModelBundle.Weights.BEST).vocabulary();
        double[][] codebook = model.quantizer().codebook().value().toDoubleMatrix();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            ProgramPair p = all.get(i);
            assertEquals(i < dataset.train().size() ? "train" : "valid", row.get("split"));
            assertEquals(p.slow().problemId(), row.get("problem"));
            assertEquals(p.slow().submissionId(), row.get("slow_id"));
            assertEquals(p.fast().submissionId(), row.get("fast_id"));
            assertEquals(p.speedup(), Double.parseDouble(row.get("speedup")));
            double[] z = model.editVectors(PairBatch.of(List.of(vocabulary.encode(p.slow().tokens())),
                    List.of(vocabulary.encode(p.fast().tokens()))))[0];
            int best = -1;
            double bestDist = Double.POSITIVE_INFINITY;
            for (int k = 0; k < codebook.length; k++) {
                double d = 0;
                for (int j = 0; j < z.length; j++) {
                    d += (z[j] - codebook[k][j]) * (z[j] - codebook[k][j]);
                }
                if (d < bestDist) {
                    bestDist = d;
                    best = k;
                }
            }
            assertEquals(best, Integer.parseInt(row.get("latent")), "row " + i);
            assertEquals(Math.sqrt(bestDist), Double.parseDouble(row.get("distance")), 1e-4 * Math.sqrt(bestDist));
        }
    }

    @Test
    void jsonCarriesTheSameRowsAndTheTextReportShowsTheCodebookHealth() throws IOException {
        CliRun run = CliRun.of("latents", "--model", bundle.toString(), "--pairs", pairs.toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        LatentAssignments.Report r = LatentAssignments.assign(bundle, pairs);
        assertEquals(8, json.get("codebookSize").asInt());
        assertEquals(r.rows().size(), json.get("rows").size());
        for (int i = 0; i < r.rows().size(); i++) {
            JsonNode row = json.get("rows").get(i);
            assertEquals(List.of("split", "problem", "slow_id", "fast_id", "speedup", "latent", "distance"),
                    iterable(row.fieldNames()));
            assertEquals(r.rows().get(i).latent(), row.get("latent").asInt());
            assertEquals(r.rows().get(i).slowId(), row.get("slow_id").asText());
            assertEquals(r.rows().get(i).distance(), row.get("distance").asDouble());
        }
        CliRun text = CliRun.of("latents", "--model", bundle.toString(), "--pairs", pairs.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("codes used in the last logged window, batch perplexity"), text.out());
        CliRun bad = CliRun.of("latents", "--model", bundle.toString(), "--pairs", pairs.toString(), "--format", "xml");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("expected text, html, csv or json"), bad.err());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
