package org.editvq.experiments.reproduce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.editvq.experiments.pipeline.CorpusPipeline;
import org.editvq.core.data.CanonicalProgram;
import org.editvq.evaluation.metrics.Table1Row;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: {@code reproduce --preset smoke} on a fixture corpus, its files, ranges and resumption. */
class ReproductionTest {
    @TempDir
    static Path dir;
    static Path corpus;
    static Reproduction.Result first;
    static String firstTable;
    static ReproduceConfig config;

    @BeforeAll
    static void runOnce() throws IOException {
        corpus = FixtureCorpus.write(dir.resolve("corpus.csv"), 18, 7);
        config = ReproduceConfig.preset("smoke", 3).withJobs(2);
        first = Reproduction.run(new Reproduction.Request(corpus.toString(), dir.resolve("run"), config, false),
                quiet());
        firstTable = Files.readString(dir.resolve("run").resolve("table1.csv"));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void fixtureProgramsFitTheSmokeModels() throws IOException {
        int limit = ModelConfig.preset("smoke", ModelKind.EDIT_VQVAE, 10, 1).maxSourceLength();
        List<CanonicalProgram> programs = CorpusPipeline.canonicalize(corpus.toString()).programs();
        assertEquals(36, programs.size());
        int longest = programs.stream().mapToInt(CanonicalProgram::length).max().orElseThrow();
        assertTrue(longest <= limit, "longest fixture program " + longest + " > " + limit);
    }

    @Test
    void pairsPerProblemAddUpToTheCorpusPairs() throws IOException {
        List<org.editvq.dataset.pairs.PairConfig> gates = List.of(org.editvq.dataset.pairs.PairConfig.defaults(),
                ReproduceConfig.pairConfig(0, 0));
        Path csv = dir.resolve("pairs_per_problem.csv");
        List<CorpusPipeline.ProblemPairs> perProblem = CorpusPipeline.writePairsPerProblem(corpus.toString(), gates,
                csv);
        List<CanonicalProgram> programs = CorpusPipeline.canonicalize(corpus.toString()).programs();
        assertEquals(List.of("p1", "p2"), perProblem.stream().map(CorpusPipeline.ProblemPairs::problemId).toList());
        for (int g = 0; g < gates.size(); g++) {
            int gate = g;
            long whole = org.editvq.dataset.pairs.PairDatasetBuilder.build(programs, gates.get(g).withTestInputs(0))
                    .counts().build().pairs();
            assertEquals(whole, perProblem.stream().mapToLong(p -> p.pairs().get(gate)).sum());
        }
        assertTrue(perProblem.get(0).pairs().get(1) >= perProblem.get(0).pairs().get(0), "a lower gate keeps more");
        List<String> lines = Files.readAllLines(csv);
        assertEquals("problem_id,programs,with_runtime,pairs_rouge8_0.5,pairs_rouge8_0.3", lines.get(0));
        assertEquals("p1,18,18," + perProblem.get(0).pairs().get(0) + "," + perProblem.get(0).pairs().get(1),
                lines.get(1));
    }

    @Test
    void writesEveryTableAndFigure() {
        Path out = dir.resolve("run");
        for (String f : List.of("table1.md", "table1.csv", "table1_vs_copy.csv", "table2.md", "manifest.json", "README.md", "reproduce.json",
                "stages.json", "pairs/manifest.json", "pairs/test.jsonl", "figures/figure5.png", "figures/figure5.csv",
                "figures/figure6.png", "figures/figure6.csv", "figures/figure6_problem_p1.png",
                "figures/figure6_problem_p2.csv", "figures/codebook_usage.png",
                "figure2/summary.json", "samples/copy-input.jsonl", "scores/copy-input.jsonl")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        for (ModelKind kind : ReproduceConfig.MODELS) {
            assertTrue(Files.isRegularFile(out.resolve("models").resolve(kind.cliName()).resolve("bundle.json")),
                    kind.cliName());
            assertTrue(Files.isRegularFile(out.resolve("scores").resolve(kind.cliName() + ".jsonl")), kind.cliName());
        }
    }

    @Test
    void everyModelHasARowInRangeAndTheCopyBaselineIsExact() {
        assertEquals(ReproduceConfig.MODELS.size() + 1, first.models().size());
        for (Reproduction.ModelOutcome m : first.models()) {
            assertTrue(m.failure() == null, m.model() + ": " + m.failure());
            Table1Row r = m.report().row();
            assertEquals(first.testInputs(), r.examples());
            for (double v : r.values()) {
                assertTrue(v >= 0 && v <= 1, m.model() + " " + r);
            }
            // max >= mean, up to the rounding of a mean of N equal values (copy-input)
            assertTrue(r.maxCorrectness() >= r.avgCorrectness() - 1e-12
                    && r.maxSoftEfficiency() >= r.avgSoftEfficiency() - 1e-12
                    && r.maxHardEfficiency() >= r.avgHardEfficiency() - 1e-12, m.model() + " " + r);
            assertTrue(r.distinct() >= 1.0 / config.samples() - 1e-12, m.model() + " " + r);
            // our weights are <= 1 with the fastest weighted 1: S_ES <= S_C (the comparability note)
            assertTrue(r.avgSoftEfficiency() <= r.avgCorrectness() + 1e-12, m.model() + " " + r);
        }
        Table1Row copy = first.model(Reproduction.COPY).report().row();
        // N identical copies: one distinct program; the input is never a reference of itself, so no exact match
        assertEquals(1.0 / config.samples(), copy.distinct(), 1e-12);
        assertTrue(copy.diversity() > 0, copy.toString());
        assertEquals(0.0, copy.maxHardEfficiency(), 0.0);
        assertEquals(copy.avgCorrectness(), copy.maxCorrectness(), 1e-12);
        assertTrue(copy.avgCorrectness() > 0.3, "similar programs: copying scores a high BLEU " + copy);
    }

    @Test
    void suggestionsCsvCountsEveryModelAndCopyingIsOneUnchangedProgram() throws IOException {
        List<String> csv = Files.readAllLines(dir.resolve("run").resolve("suggestions.csv"));
        assertEquals(SuggestionHealth.CSV_HEADER, csv.get(0));
        assertEquals(first.models().size() + 1, csv.size());
        // copy-input: N copies of the input: one distinct output, all unchanged, nothing changed to parse
        assertEquals(Reproduction.COPY + "," + first.testInputs() + ",1.0000,1.0000,0,0,0.0000", csv.get(csv.size() - 1));
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            assertTrue(Long.parseLong(f[5]) <= Long.parseLong(f[4]), line);
            assertTrue(Double.parseDouble(f[2]) >= 1 && Double.parseDouble(f[2]) <= config.samples(), line);
        }
        assertTrue(Files.readString(dir.resolve("run").resolve("README.md")).contains("## Suggestions"));
    }

    @Test
    void table1CarriesIntervalsAndTheDifferencesToCopyInput() throws IOException {
        Path out = dir.resolve("run");
        List<String> csv = Files.readAllLines(out.resolve("table1.csv"));
        assertEquals(Table1Writer.CSV_HEADER, csv.get(0));
        assertTrue(csv.get(0).contains("diversity_lo,diversity_hi") && csv.get(0).contains("distinct_lo"), csv.get(0));
        List<String> header = List.of(csv.get(0).split(","));
        assertEquals(ReproduceConfig.MODELS.size() + 2, csv.size());
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",", -1);
            assertEquals(header.size(), f.length, line);
            for (String c : Table1Row.CSV_COLUMNS) {
                double v = Double.parseDouble(f[header.indexOf(c)]);
                double lo = Double.parseDouble(f[header.indexOf(c + "_lo")]);
                double hi = Double.parseDouble(f[header.indexOf(c + "_hi")]);
                assertTrue(lo <= v + 1e-6 && v <= hi + 1e-6, line + " " + c);
            }
        }
        // copy-input copies N times: distinct is 1/N on every input, so its interval has zero width
        String copyLine = csv.stream().filter(l -> l.startsWith(Reproduction.COPY + ",")).findFirst().orElseThrow();
        String[] f = copyLine.split(",");
        assertEquals(f[header.indexOf("distinct_lo")], f[header.indexOf("distinct_hi")]);

        List<String> diff = Files.readAllLines(out.resolve("table1_vs_copy.csv"));
        assertEquals(Table1Writer.DIFF_CSV_HEADER, diff.get(0));
        assertEquals(ReproduceConfig.MODELS.size() * Table1Row.COLUMNS.size(), diff.size() - 1);
        // each difference equals the difference of the two rows' means
        Table1Row copy = first.model(Reproduction.COPY).report().row();
        Table1Row vq = first.model(ModelKind.EDIT_VQVAE.cliName()).report().row();
        String[] d = diff.stream().filter(l -> l.startsWith("edit-vqvae,avg_correctness,")).findFirst().orElseThrow()
                .split(",");
        assertEquals(vq.avgCorrectness() - copy.avgCorrectness(), Double.parseDouble(d[2]), 1e-6);
        assertEquals(Double.parseDouble(d[3]) > 0 || Double.parseDouble(d[4]) < 0, Boolean.parseBoolean(d[5]));

        String md = Files.readString(out.resolve("table1.md"));
        assertTrue(md.contains("| distinct |") && md.contains("Difference to copy-input"), md);
        assertTrue(md.contains(Table1Writer.COMPARABILITY), md);
        assertTrue(md.matches("(?s).*\\| \\.\\d{3} \\(\\.\\d{3}–\\.\\d{3}\\) \\|.*"), md);
        String readme = Files.readString(out.resolve("README.md"));
        assertTrue(readme.contains("## Sampling protocol") && readme.contains("without replacement when N <= K"),
                readme);
    }

    @Test
    void vqVaeCodesAreDistinctWhenNIsAtMostK() throws IOException {
        Path samples = dir.resolve("run").resolve("samples").resolve("vqvae.jsonl");
        int k = ModelConfig.preset("smoke", ModelKind.VQVAE, 10, 1).codebookSize();
        assertTrue(config.samples() <= k);
        for (SampleFile.Entry e : SampleFile.read(samples).values()) {
            assertEquals(config.samples(), e.samples().stream().mapToInt(SampleFile.Sample::latent).distinct().count(),
                    e.id());
        }
    }

    @Test
    void perExampleScoresListEverySample() throws IOException {
        Path scores = dir.resolve("run").resolve("scores").resolve("edit-vqvae.jsonl");
        List<String> lines = Files.readAllLines(scores);
        assertEquals(first.testInputs(), lines.size());
        ObjectMapper json = new ObjectMapper();
        int k = ModelConfig.preset("smoke", ModelKind.EDIT_VQVAE, 10, 1).codebookSize();
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            assertEquals(config.samples(), n.get("samples").size());
            double max = 0;
            for (int i = 0; i < n.get("samples").size(); i++) {
                JsonNode s = n.get("samples").get(i);
                assertEquals(i % k, s.get("latent").asInt(), "Edit-VQ-VAE sample i decodes under latent i mod K");
                max = Math.max(max, s.get("correctness").asDouble());
            }
            assertEquals(n.get("max_correctness").asDouble(), max, 1e-12);
        }
    }

    @Test
    void aRerunSkipsFinishedStagesAndReproducesTheTable() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        Reproduction.run(new Reproduction.Request(corpus.toString(), dir.resolve("run"), config, false),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("reusing"), text);
        assertTrue(text.contains("edit-vqvae: trained already"), text);
        assertEquals(firstTable, Files.readString(dir.resolve("run").resolve("table1.csv")));
        assertTrue((System.nanoTime() - t0) / 1e9 < 60, "a finished reproduction is not repeated");
    }

    @Test
    void anInterruptedSampleFileIsCompletedNotRestarted() throws IOException {
        Path copy = dir.resolve("partial");
        Files.createDirectories(copy);
        // a run whose Transformer sampling stopped after one input and whose last line was torn
        copyTree(dir.resolve("run"), copy);
        Path samples = copy.resolve("samples").resolve("transformer.jsonl");
        List<String> lines = Files.readAllLines(samples);
        Files.writeString(samples, lines.get(0) + "\n" + lines.get(1).substring(0, lines.get(1).length() / 2));
        Files.delete(copy.resolve("table1.csv"));
        Reproduction.run(new Reproduction.Request(corpus.toString(), copy, config, false), quiet());
        assertEquals(samplesOf(dir.resolve("run").resolve("samples").resolve("transformer.jsonl")), samplesOf(samples),
                "resumed sampling draws exactly what an uninterrupted run drew");
        assertEquals(firstTable, Files.readString(copy.resolve("table1.csv")));
    }

    @Test
    void otherSettingsInTheSameFolderAreRefused() {
        ReproduceConfig other = config.withSamples(config.samples() + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reproduction.run(
                new Reproduction.Request(corpus.toString(), dir.resolve("run"), other, false), quiet()));
        assertTrue(e.getMessage().contains("other settings"), e.getMessage());
    }

    private static List<List<SampleFile.Sample>> samplesOf(Path file) throws IOException {
        return SampleFile.read(file).values().stream().map(SampleFile.Entry::samples).toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
