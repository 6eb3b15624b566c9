package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.TextDecoding;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.editvq.core.data.SkippedEntry;
import org.editvq.core.data.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GcjCsvReaderTest {
    private static final String HEADER = ",year,round,username,task,solution,file,full_path,flines\n";
    private static final String ALICE = "2017/6254486/5634697451274240/0/alice/A.java";

    @Test
    void readsSampleWithExactSubmissionsAndSkips() throws IOException {
        Path csv = Fixtures.resource("gcj/gcj_sample.csv");
        Corpus corpus = GcjCsvReader.read(csv);

        assertEquals(List.of(ALICE, "2017/6254486/5634697451274240/0/bob/a.py", ALICE + "#2",
                "2017/6254486/5652388522229760/1/frank/B.java"), Fixtures.ids(corpus));
        Submission alice = corpus.submissions().get(0);
        assertEquals("2017/6254486/5634697451274240", alice.problemId());
        assertEquals(Language.JAVA, alice.language());
        assertEquals("public class A {\n    public static void main(String[] args) {\n"
                + "        System.out.println(\"Case #1: \" + 42);\n    }\n}\n", alice.source());
        assertTrue(Double.isNaN(alice.runtimeMs()));
        assertEquals(Map.of("username", "alice", "solution", "0", "file", "A.java",
                "full_path", "gcj/2017/6254486/alice/0/A.java", "row", "0"), alice.extras());
        Submission bob = corpus.submissions().get(1);
        assertEquals(Language.PYTHON, bob.language());
        assertEquals("print(\"Case #1: 42\")\n", bob.source());
        assertEquals("class A {}", corpus.submissions().get(2).source());

        assertEquals(List.of(
                new SkippedEntry(csv + ":10", "unsupported file type .cpp"),
                new SkippedEntry(csv + ":12", SkipReasons.EMPTY_SOURCE),
                new SkippedEntry(csv + ":14", SkipReasons.WRONG_FIELD_COUNT)), corpus.report().skipped());
        assertEquals(4, corpus.report().loaded());
    }

    @Test
    void joinsRuntimesAndReportsBadRuntimeRows() throws IOException {
        Path csv = Fixtures.resource("gcj/gcj_sample.csv");
        Path runtimes = Fixtures.resource("gcj/gcj_runtimes.csv");
        Corpus corpus = GcjCsvReader.read(csv, runtimes);

        assertEquals(120.5, Fixtures.byId(corpus, ALICE).runtimeMs());
        assertTrue(Double.isNaN(Fixtures.byId(corpus, "2017/6254486/5634697451274240/0/bob/a.py").runtimeMs()));
        assertTrue(Double.isNaN(Fixtures.byId(corpus, ALICE + "#2").runtimeMs()));
        assertTrue(Double.isNaN(Fixtures.byId(corpus, "2017/6254486/5652388522229760/1/frank/B.java").runtimeMs()));
        assertEquals(4, corpus.size());
        List<SkippedEntry> runtimeSkips = corpus.report().skipped().subList(3, corpus.report().skipped().size());
        assertEquals(List.of(
                new SkippedEntry(runtimes + ":4 (abc)", SkipReasons.BAD_RUNTIME),
                new SkippedEntry(runtimes + ":5 (id " + ALICE + ", first at line 2)", SkipReasons.DUPLICATE_ID),
                new SkippedEntry(runtimes + ":7 (-3)", SkipReasons.BAD_RUNTIME),
                new SkippedEntry(runtimes + " (id nobody)", SkipReasons.UNKNOWN_RUNTIME_ID)), runtimeSkips);
        assertEquals(csv + " + runtimes " + runtimes, corpus.report().source());
    }

    @Test
    void truncatedFileKeepsRowsBeforeTheUnterminatedQuote() throws IOException {
        Path csv = Fixtures.resource("gcj/gcj_truncated.csv");
        Corpus corpus = GcjCsvReader.read(csv);
        assertEquals(List.of(ALICE), Fixtures.ids(corpus));
        assertEquals("class A {\n}\n", corpus.submissions().get(0).source());
        assertEquals(List.of(new SkippedEntry(csv + ":5", SkipReasons.TRUNCATED)), corpus.report().skipped());
    }

    @Test
    void missingColumnIsAFormatErrorNamingFileAndColumn() {
        Path csv = Fixtures.resource("gcj/gcj_missing_flines.csv");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> GcjCsvReader.read(csv));
        assertTrue(e.getMessage().startsWith(csv.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("missing column(s) [flines]"), e.getMessage());
    }

    @Test
    void syntaxErrorMidFileKeepsEarlierRows(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, HEADER
                + "0,2017,r,u1,t,0,A.java,p,\"class A {}\"\n"
                + "1,2017,r,u2,t,0,B.java,p,\"class B {}\"junk\n"
                + "2,2017,r,u3,t,0,C.java,p,\"class C {}\"\n");
        Corpus corpus = GcjCsvReader.read(csv);
        assertEquals(List.of("2017/r/t/0/u1/A.java"), Fixtures.ids(corpus));
        assertEquals(List.of(new SkippedEntry(csv + ":3", SkipReasons.CSV_SYNTAX)), corpus.report().skipped());
    }

    @Test
    void nonUtf8FieldIsDecodedWithoutSpoilingItsNeighbours(@TempDir Path tmp) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("0,2017,r,j\u00fcrgen,t,0,A.java,p,\"// caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // windows-1252 e-acute, invalid as UTF-8
        bytes.writeBytes("\nclass A {}\"\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("1,2017,r,b,t,0,B.java,p,\"// \u00fcber\nclass B {}\"\n".getBytes(StandardCharsets.UTF_8));
        Path csv = tmp.resolve("mixed.csv");
        Files.write(csv, bytes.toByteArray());

        Corpus corpus = GcjCsvReader.read(csv);
        assertEquals(List.of("2017/r/t/0/j\u00fcrgen/A.java", "2017/r/t/0/b/B.java"), Fixtures.ids(corpus));
        Submission a = corpus.submissions().get(0);
        assertEquals("// caf\u00e9\nclass A {}", a.source());
        assertEquals("windows-1252", a.extras().get(TextDecoding.ENCODING_EXTRA));
        assertEquals("j\u00fcrgen", a.extras().get("username"));
        Submission b = corpus.submissions().get(1);
        assertEquals("// \u00fcber\nclass B {}", b.source());
        assertTrue(!b.extras().containsKey(TextDecoding.ENCODING_EXTRA));
    }

    @Test
    void hugeMultiLineFieldIsReadWhole(@TempDir Path tmp) throws IOException {
        StringBuilder source = new StringBuilder("class Big {\n");
        String line = "    int f(String s) { return s.length() + \"\"quoted\"\".length(); } // ,,,\r\n";
        while (source.length() < 4_000_000) {
            source.append(line);
        }
        source.append("}\n");
        Path csv = tmp.resolve("big.csv");
        Files.writeString(csv, HEADER + "0,2017,r,u,t,1,Big.java,p,\"" + source + "\"\n"
                + "1,2017,r,v,t,1,Small.java,p,\"class Small {}\"\n");
        Corpus corpus = GcjCsvReader.read(csv);
        assertEquals(List.of(), corpus.report().skipped());
        assertEquals(2, corpus.size());
        String expected = source.toString().replace("\"\"", "\"");
        assertEquals(expected.length(), corpus.submissions().get(0).source().length());
        assertEquals(expected, corpus.submissions().get(0).source());
        assertEquals("class Small {}", corpus.submissions().get(1).source());
    }

    @Test
    void yearsWithoutFileColumnTakeTheNameFromFullPath(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("nofile.csv");
        Files.writeString(csv, ",year,round,username,task,solution,full_path,flines\n"
                + "0,2019,r,u,t,0,gcj\\2019\\u\\Solution.py,\"print(1)\"\n"
                + "1,2019,r,v,t,0,,\"print(2)\"\n");
        Corpus corpus = GcjCsvReader.read(csv);
        assertEquals(List.of("2019/r/t/0/u/Solution.py"), Fixtures.ids(corpus));
        assertEquals(Language.PYTHON, corpus.submissions().get(0).language());
        assertEquals(List.of(new SkippedEntry(csv + ":3", SkipReasons.BLANK_REQUIRED)), corpus.report().skipped());

        Path neither = tmp.resolve("neither.csv");
        Files.writeString(neither, ",year,round,username,task,solution,flines\n");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> GcjCsvReader.read(neither));
        assertTrue(e.getMessage().contains("'file' or a 'full_path'"), e.getMessage());
    }

    @Test
    void utf8ByteOrderMarkBeforeHeaderIsIgnored(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("bom.csv");
        Files.writeString(csv, "\uFEFF" + HEADER + "0,2017,r,u,t,0,A.java,p,\"class A {}\"\n");
        assertEquals(List.of("2017/r/t/0/u/A.java"), Fixtures.ids(GcjCsvReader.read(csv)));
    }
}
