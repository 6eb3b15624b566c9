package org.editvq.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.editvq.core.data.CanonicalProgram;
import org.editvq.dataset.pairs.PairConfig;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetBuilder;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.dataset.pairs.SyntheticPrograms;
import org.editvq.inference.suggest.LatentProfiles;
import org.editvq.inference.suggest.Suggester;
import org.editvq.inference.suggest.Suggestion;
import org.editvq.inference.suggest.SuggestionReport;
import org.editvq.inference.suggest.TokenEdits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SuggestCommandTest {
    static final String PROGRAM = """
            class Small {
                static int total(int[] values) {
                    int sum = 0;
                    for (int i = 0; i < values.length; i++) { sum += values[i]; }
                    return sum;
                }
                public static void main(String[] args) { System.out.println(total(new int[] {1, 2, 3})); }
            }
            """;

    @TempDir
    static Path tmp;
    static Path bundle;
    static Path pairs;
    static Path file;
    static int trainPairs;

    @BeforeAll
    static void trainTinyBundle() throws IOException {
        List<CanonicalProgram> programs = new SyntheticPrograms(2, 24, 12, 2, 15, 0.2, 5).generate();
        PairDataset ds = PairDatasetBuilder.build(programs, new PairConfig(4, 0.5, 1.2, 2, 0.2, 11, 0));
        pairs = tmp.resolve("pairs");
        trainPairs = ds.train().size();
        PairDatasetIO.write(ds, pairs, PairDatasetIO.manifest(ds, PairDatasetBuilder.inputHash(programs)));
        bundle = tmp.resolve("bundle");
        // a program decoder: these tests pin --max-length as a cap on every suggestion's tokens, which for an
        // edit decoder caps the script instead (EditDecodingTest covers edit decoding)
        CliRun train = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out", bundle.toString(),
                "--preset", "smoke", "--steps", "3", "--seed", "3", "--decoder", "program", "--no-progress");
        assertEquals(0, train.code(), train.err());
        file = tmp.resolve("Small.java");
        Files.writeString(file, PROGRAM);
    }

    @Test
    void everyLatentInExactlyOneRankedGroupWithConsistentDiffs() throws IOException {
        SuggestionReport r = Suggester.suggest(bundle, file, new Suggester.Request(new int[0], 24));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), r.latents());
        List<Integer> seen = new ArrayList<>();
        for (int g = 0; g < r.suggestions().size(); g++) {
            Suggestion s = r.suggestions().get(g);
            assertEquals(g + 1, s.rank());
            seen.addAll(s.latents());
            if (g > 0) {
                assertTrue(r.suggestions().get(g - 1).score() >= s.score(), "ranks sorted by score");
            }
            assertEquals(s.latentScores().stream().mapToDouble(Double::doubleValue).max().orElseThrow(), s.score());
            assertEquals(s.tokens(), TokenEdits.apply(r.inputTokens(), s.tokenScript()));
            assertEquals(s.noChange(), s.tokens().equals(r.inputTokens()));
            assertEquals(s.noChange(), s.diff().isEmpty());
            assertEquals(s.tokens().size(), s.restored().size());
            for (int other = 0; other < g; other++) {
                assertFalse(r.suggestions().get(other).tokens().equals(s.tokens()), "groups are distinct");
            }
        }
        seen.sort(null);
        assertEquals(r.latents(), seen, "every latent in exactly one group");
        // the indexed canonicalization names the user's identifiers in order of appearance
        assertEquals("total", r.names().get("f0"));
        assertTrue(r.names().containsValue("sum"), r.names().toString());
        // 24 tokens at most, and a greedy decode is deterministic
        assertTrue(r.suggestions().stream().allMatch(s -> s.tokens().size() <= 24));
        SuggestionReport again = Suggester.suggest(bundle, file, new Suggester.Request(new int[0], 24));
        assertEquals(r.suggestions().stream().map(Suggestion::tokens).toList(),
                again.suggestions().stream().map(Suggestion::tokens).toList());
    }

    @Test
    void pythonProgramsToo() throws IOException {
        Path py = tmp.resolve("slow.py");
        Files.writeString(py, "def total(xs):\n    s = 0\n    for x in xs:\n        s = s + x\n    return s\n");
        SuggestionReport r = Suggester.suggest(bundle, py, new Suggester.Request(new int[] {5, 2, 5}, 10));
        assertEquals("PYTHON", r.language());
        assertEquals(List.of(2, 5), r.latents().stream().sorted().toList(), "duplicates dropped");
        assertEquals("total", r.names().get("f0"));
        assertTrue(r.inputCode().startsWith("def total(xs):\n    s = 0\n"), r.inputCode());
        assertEquals(2, r.suggestions().stream().mapToInt(s -> s.latents().size()).sum());
    }

    @Test
    void textJsonAndHtmlFormats() throws IOException {
        CliRun text = CliRun.of("suggest", "--model", bundle.toString(), file.toString(), "--latents", "1,3", "--max-length", "16");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("# " + file + ": "), text.out());
        assertTrue(text.out().contains("2 latents"), text.out());
        assertTrue(text.out().contains("## #1 latents "), text.out());

        Path json = tmp.resolve("out/s.json");
        CliRun j = CliRun.of("suggest", "--model", bundle.toString(), file.toString(), "--format", "json", "--out",
                json.toString(), "--max-length", "16");
        assertEquals(0, j.code(), j.err());
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertEquals(8, tree.get("latents").size());
        int latents = 0;
        int parsing = 0;
        for (JsonNode s : tree.get("suggestions")) {
            latents += s.get("latents").size();
            assertTrue(s.has("code") && s.has("tokenScript") && s.has("score") && s.has("noChange")
                    && s.has("parses") && s.has("parseProblems"));
            parsing += s.get("parses").asBoolean() ? 1 : 0;
        }
        assertEquals(8, latents);
        assertEquals(parsing, tree.get("parsing").asInt());
        assertEquals((double) parsing / tree.get("suggestions").size(), tree.get("parseRate").asDouble(), 1e-12);
        assertTrue(j.err().contains("editvq suggest: 8 latents -> " + parsing + " of " + tree.get("suggestions").size()
                + " distinct outputs parse ("), j.err());

        Path html = tmp.resolve("out/s.html");
        CliRun h = CliRun.of("suggest", "--model", bundle.toString(), file.toString(), "--format", "html", "--out",
                html.toString(), "--max-length", "16");
        assertEquals(0, h.code(), h.err());
        String page = Files.readString(html);
        int groups = tree.get("suggestions").size();
        assertEquals(groups, page.split("<div class=\"card", -1).length - 1);
        assertEquals(groups - parsing, page.split("<div class=\"card unparsed\"", -1).length - 1);
        for (JsonNode s : tree.get("suggestions")) {
            StringBuilder ids = new StringBuilder();
            s.get("latents").forEach(l -> ids.append(ids.length() == 0 ? "" : ",").append(l.asInt()));
            assertTrue(page.contains("data-latents=\"," + ids + ",\""), ids.toString());
        }
        assertTrue(page.contains("<script>") && page.contains("<style>"));
        assertFalse(page.contains("http://") || page.contains("https://") || page.contains("src="), "no network");
        for (int k = 0; k < 8; k++) {
            assertTrue(page.contains("<option value=\"" + k + "\">"), "filter option " + k);
        }
        try (var files = Files.list(tmp.resolve("out"))) {
            assertEquals(List.of("s.html", "s.json"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files left");
        }
        screenshotIfChromium(html);
    }

    private static void screenshotIfChromium(Path html) throws IOException {
        String chromium = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "chromium"))) {
                chromium = Path.of(dir, "chromium").toString();
            }
        }
        assumeTrue(chromium != null, "chromium is not installed");
        Path png = tmp.resolve("page.png");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--screenshot=" + png, "--window-size=1200,900", html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertTrue(Files.size(png) > 1000, "a screenshot was taken");
        String keep = System.getProperty("editvq.screenshot");
        if (keep != null) {
            Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void badInputsGiveAClearMessageNonZeroExitAndNoFile() throws IOException {
        Path out = tmp.resolve("bad/never.html");
        Path broken = tmp.resolve("Broken.java");
        Files.writeString(broken, "class Broken { void f( { }");
        CliRun r = CliRun.of("suggest", "--model", bundle.toString(), broken.toString(), "--format", "html", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(broken + ": cannot canonicalize"), r.err());

        Path empty = tmp.resolve("Empty.java");
        Files.writeString(empty, "  \n");
        CliRun e = CliRun.of("suggest", "--model", bundle.toString(), empty.toString(), "--out", out.toString());
        assertEquals(2, e.code());
        assertTrue(e.err().contains(empty + ": empty file"), e.err());

        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "hello");
        CliRun t = CliRun.of("suggest", "--model", bundle.toString(), text.toString(), "--out", out.toString());
        assertEquals(2, t.code());
        assertTrue(t.err().contains(text + ": unsupported language"), t.err());

        Path old = tmp.resolve("old-bundle");
        Files.createDirectories(old);
        try (var files = Files.list(bundle)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, old.resolve(f.getFileName()));
            }
        }
        Path info = old.resolve("bundle.json");
        Files.writeString(info, Files.readString(info).replaceFirst("\"formatVersion\"\\s*:\\s*\\d+", "\"formatVersion\" : 99"));
        CliRun v = CliRun.of("suggest", "--model", old.toString(), file.toString(), "--out", out.toString());
        assertEquals(2, v.code());
        assertTrue(v.err().contains("format version 99"), v.err());

        CliRun missing = CliRun.of("suggest", "--model", tmp.resolve("no-bundle").toString(), file.toString(), "--out", out.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("not a model bundle"), missing.err());

        CliRun latent = CliRun.of("suggest", "--model", bundle.toString(), file.toString(), "--latents", "8", "--out", out.toString());
        assertEquals(2, latent.code());
        assertTrue(latent.err().contains("latent 8 is outside the codebook"), latent.err());

        assertFalse(Files.exists(out.getParent()) && Files.list(out.getParent()).findAny().isPresent(),
                "nothing written");
    }

    @Test
    void latentProfilesCoverEveryAssignedPair() throws IOException {
        LatentProfiles.Report r = LatentProfiles.profile(bundle, pairs);
        assertEquals(8, r.profiles().size());
        assertTrue(trainPairs > 50, "the fixture has training pairs: " + trainPairs);
        assertEquals(trainPairs, r.pairs() + r.skipped(), "every training pair profiled or skipped");
        assertEquals(r.pairs(), r.profiles().stream().mapToInt(LatentProfiles.LatentProfile::pairs).sum());
        for (LatentProfiles.LatentProfile p : r.profiles()) {
            assertEquals(Math.min(3, p.pairs()), p.examples().size());
            assertTrue(p.pairs() == 0 ? p.meanSpeedup() == 0 : p.meanSpeedup() >= 1.2, "pairs have speedup >= 1.2");
            assertTrue(p.inserted().size() <= 5 && p.deleted().size() <= 5);
            for (int i = 1; i < p.inserted().size(); i++) {
                assertTrue(p.inserted().get(i - 1).count() >= p.inserted().get(i).count());
            }
        }
        CliRun text = CliRun.of("latents", "--model", bundle.toString(), "--pairs", pairs.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("## latent 7: "), text.out());
        Path html = tmp.resolve("latents/page.html");
        CliRun h = CliRun.of("latents", "--model", bundle.toString(), "--pairs", pairs.toString(), "--format", "html",
                "--out", html.toString());
        assertEquals(0, h.code(), h.err());
        assertEquals(9, Files.readString(html).split("<tr", -1).length - 1, "header and one row per latent");
        CliRun bad = CliRun.of("latents", "--model", bundle.toString(), "--pairs", tmp.resolve("nowhere").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("not a pair dataset"), bad.err());
    }
}
