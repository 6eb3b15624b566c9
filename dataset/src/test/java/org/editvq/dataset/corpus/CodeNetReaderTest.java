package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.editvq.core.data.SkippedEntry;
import org.editvq.core.data.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeNetReaderTest {

    @Test
    void keepsAcceptedJavaAndPythonWithCpuTimeAndReportsTheRest() throws IOException {
        Path root = Fixtures.resource("codenet");
        Corpus corpus = CodeNetReader.read(root);

        // CodeNet's s000000001 appears under p00001 and p00002: two submissions, a submission is (problem, id)
        assertEquals(List.of("s000000001", "s000000002", "s000000007", "s000000001"), Fixtures.ids(corpus));
        assertEquals("p00002", corpus.submissions().get(3).problemId());
        assertEquals(50.0, corpus.submissions().get(3).runtimeMs());
        Submission first = corpus.submissions().get(0);
        assertEquals("p00001", first.problemId());
        assertEquals(Language.JAVA, first.language());
        assertEquals(120.0, first.runtimeMs());
        assertEquals("public class Main { public static void main(String[] a) { System.out.println(1 + 2); } }\n",
                first.source());
        assertEquals(Map.of("user_id", "u001", "date", "1400000000", "original_language", "Java8", "memory", "25000",
                "code_size", "200", "accuracy", "4/4"), first.extras());
        Submission python = corpus.submissions().get(1);
        assertEquals(Language.PYTHON, python.language());
        assertEquals(340.0, python.runtimeMs());
        assertEquals("print(1 + 2)\n", python.source());
        Submission noTime = corpus.submissions().get(2);
        assertEquals("p00002", noTime.problemId());
        assertTrue(Double.isNaN(noTime.runtimeMs()));
        assertTrue(!noTime.extras().containsKey("accuracy"));

        Path m1 = root.resolve("metadata/p00001.csv");
        Path m2 = root.resolve("metadata/p00002.csv");
        assertEquals(List.of(
                new SkippedEntry(root.resolve("metadata/README.txt").toString(), "unsupported file type .txt in metadata/"),
                new SkippedEntry(m1 + ":4", "status Wrong Answer (only Accepted kept)"),
                new SkippedEntry(m1 + ":5", "unsupported language C++"),
                new SkippedEntry(m1 + ":6 (" + root.resolve("data/p00001/Java/s000000005.java") + ")",
                        SkipReasons.MISSING_SOURCE),
                new SkippedEntry(m1 + ":7 (cpu_time fast)", SkipReasons.BAD_RUNTIME),
                new SkippedEntry(m2 + ":4", "status Time Limit Exceeded (only Accepted kept)")),
                corpus.report().skipped());
    }

    @Test
    void metadataWithoutStatusColumnIsAFormatError(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("metadata"));
        Files.createDirectories(tmp.resolve("data"));
        Path meta = tmp.resolve("metadata/p00009.csv");
        Files.writeString(meta, "submission_id,problem_id,language,filename_ext,cpu_time\ns1,p00009,Java,java,5\n");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> CodeNetReader.read(tmp));
        assertTrue(e.getMessage().startsWith(meta.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("[status]"), e.getMessage());
    }

    @Test
    void pathTraversalInIdsIsRefused(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("metadata"));
        Files.createDirectories(tmp.resolve("data/p1/Java"));
        Files.writeString(tmp.resolve("secret.java"), "class Secret {}");
        Path meta = tmp.resolve("metadata/p1.csv");
        Files.writeString(meta, "submission_id,problem_id,language,filename_ext,status,cpu_time\n"
                + "../../secret,p1,Java,java,Accepted,5\n");
        Corpus corpus = CodeNetReader.read(tmp);
        assertEquals(0, corpus.size());
        assertEquals(List.of(new SkippedEntry(meta + ":2", SkipReasons.BLANK_REQUIRED)), corpus.report().skipped());
    }
}
