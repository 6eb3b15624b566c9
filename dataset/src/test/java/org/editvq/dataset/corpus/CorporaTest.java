package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorporaTest {

    @Test
    void detectsEveryFormat(@TempDir Path tmp) throws IOException {
        assertEquals(CorpusFormat.TREE, Corpora.detect(Fixtures.resource("tree")));
        assertEquals(CorpusFormat.CODENET, Corpora.detect(Fixtures.resource("codenet")));
        assertEquals(CorpusFormat.GCJ, Corpora.detect(Fixtures.resource("gcj/gcj_sample.csv")));
        assertEquals(CorpusFormat.NORMALIZED, Corpora.detect(Fixtures.resource("normalized/sample.csv")));
        Path tar = Fixtures.writeTar(tmp.resolve("x.tar"), List.of(Fixtures.Member.file("a/1/b.java", "class B {}")));
        assertEquals(CorpusFormat.TREE, Corpora.detect(tar));
    }

    @Test
    void unknownInputsAreClearErrorsNamingThePath(@TempDir Path tmp) throws IOException {
        Path flat = Files.createDirectories(tmp.resolve("flat"));
        Files.writeString(flat.resolve("a.java"), "class A {}");
        Path runtimes = Fixtures.resource("gcj/gcj_runtimes.csv");
        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "hello");
        for (Path p : List.of(flat, runtimes, text)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpora.open(p.toString()));
            assertTrue(e.getMessage().contains(p.toString()), e.getMessage());
        }
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> Corpora.open(tmp.resolve("absent.csv").toString()));
        assertTrue(missing.getMessage().contains("absent.csv"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Corpora.open("  "));
    }

    @Test
    void specSyntax() {
        assertEquals(new CorpusSpec(Optional.empty(), Path.of("data/x.tar"), Optional.empty()),
                CorpusSpec.parse("data/x.tar"));
        assertEquals(new CorpusSpec(Optional.of(CorpusFormat.GCJ), Path.of("g.csv"), Optional.of(Path.of("t.csv"))),
                CorpusSpec.parse("gcj:g.csv?runtimes=t.csv"));
        assertEquals(new CorpusSpec(Optional.of(CorpusFormat.TREE), Path.of("c:dir"), Optional.empty()),
                CorpusSpec.parse("TREE:c:dir"));
        assertEquals(new CorpusSpec(Optional.empty(), Path.of("weird:name.csv"), Optional.empty()),
                CorpusSpec.parse("weird:name.csv"));
        assertThrows(IllegalArgumentException.class, () -> CorpusSpec.parse("gcj:"));
        assertThrows(IllegalArgumentException.class, () -> CorpusSpec.parse("gcj:g.csv?runtimes="));
    }

    @Test
    void openWithExplicitFormatAndRuntimes() throws IOException {
        Path gcj = Fixtures.resource("gcj/gcj_sample.csv");
        Path runtimes = Fixtures.resource("gcj/gcj_runtimes.csv");
        Corpus viaSpec = Corpora.open("gcj:" + gcj + "?runtimes=" + runtimes);
        Corpus viaPaths = Corpora.open(gcj, runtimes);
        assertEquals(viaSpec.submissions(), viaPaths.submissions());
        assertEquals(120.5, Fixtures.byId(viaSpec, "2017/6254486/5634697451274240/0/alice/A.java").runtimeMs());

        Path normalized = Fixtures.resource("normalized/sample.csv");
        assertEquals(NormalizedCsv.read(normalized).submissions(), Corpora.open("normalized:" + normalized).submissions());
        CorpusFormatException wrong = assertThrows(CorpusFormatException.class, () -> Corpora.open("gcj:" + normalized));
        assertTrue(wrong.getMessage().contains("not a gcj-dataset CSV"), wrong.getMessage());
    }

    @Test
    void inspectSummarizesAndExportsNormalizedCsv(@TempDir Path tmp) throws IOException {
        Path tree = Fixtures.resource("tree");
        Path out = tmp.resolve("tree.csv");
        CorpusSummary summary = Corpora.inspect(tree.toString(), out);

        assertEquals(4, summary.loaded());
        assertEquals(2, summary.skipped());
        assertEquals(Map.of(SkipReasons.TOP_LEVEL_FILE, 1L, "unsupported file type .txt", 1L), summary.skippedByReason());
        assertEquals(List.of("1", "2", "10"), summary.problems());
        assertEquals(Map.of("1", 2, "2", 1, "10", 1), summary.perProblem());
        assertEquals(Map.of(Language.JAVA, 3, Language.PYTHON, 1), summary.perLanguage());
        assertEquals(0, summary.withRuntime());
        String text = summary.render();
        assertTrue(text.contains("loaded:      4 submissions in 3 problems"), text);
        assertTrue(text.contains("     1  file at top level (not in a problem folder)"), text);
        assertTrue(text.contains("     2  1\n"), text);
        assertTrue(text.contains("skipped entries:\n  " + tree + "/2/notes.txt: unsupported file type .txt\n"), text);
        assertEquals(2, summary.firstSkipped().size());

        Corpus exported = Corpora.open(out.toString());
        assertEquals(SourceTreeReader.read(tree).submissions(), exported.submissions());
    }

    @Test
    void naturalOrderComparesNumbersNumerically() {
        List<String> sorted = new java.util.ArrayList<>(List.of("p10", "p9", "p09a", "a", "p1", "10", "2", "p010"));
        sorted.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("2", "10", "a", "p1", "p9", "p09a", "p010", "p10"), sorted);
    }
}
