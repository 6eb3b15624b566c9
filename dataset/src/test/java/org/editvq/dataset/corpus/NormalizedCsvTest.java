package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.editvq.core.data.LoadReport;
import org.editvq.core.data.SkippedEntry;
import org.editvq.core.data.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizedCsvTest {

    @Test
    void readsFixtureWithExtrasAndReportsBadRows() throws IOException {
        Path csv = Fixtures.resource("normalized/sample.csv");
        Corpus corpus = NormalizedCsv.read(csv);

        assertEquals(List.of(
                new Submission("p1", "s1", Language.JAVA, 12.5,
                        "class A {\n    String s = \"a, \\\"quoted\\\" string\";\n}\n", Map.of("status", "ok")),
                new Submission("p1", "s2", Language.PYTHON, Double.NaN, "print('x')\n", Map.of("origin", "hand written")),
                new Submission("p2", "s3", Language.JAVA, 7, "class B {}", Map.of()),
                new Submission("p3", "s7", Language.PYTHON, 0, "x = 1\n", Map.of())), corpus.submissions());
        assertEquals(List.of(
                new SkippedEntry(csv + ":9 (problem p1, id s1, first at " + csv + ":2)", SkipReasons.DUPLICATE_ID),
                new SkippedEntry(csv + ":10", "unsupported language cobol"),
                new SkippedEntry(csv + ":11 (-1)", SkipReasons.BAD_RUNTIME),
                new SkippedEntry(csv + ":12", SkipReasons.EMPTY_SOURCE)), corpus.report().skipped());
    }

    @Test
    void perProblemSubmissionIdsKeepEveryProblem(@TempDir Path tmp) throws IOException {
        // two problems numbering their submissions 1..40 each: 80 rows, 80 submissions, 2 problems
        StringBuilder csv = new StringBuilder("problem_id,submission_id,language,runtime_ms,source\n");
        for (String problem : List.of("A", "B")) {
            for (int i = 1; i <= 40; i++) {
                csv.append(problem).append(',').append(i).append(",java,").append(i).append(",\"class P")
                        .append(problem).append(i).append(" {}\"\n");
            }
        }
        csv.append("A,7,java,1,\"class Again {}\"\n");
        Path file = tmp.resolve("per-problem.csv");
        Files.writeString(file, csv);
        Corpus corpus = NormalizedCsv.read(file);
        assertEquals(80, corpus.size());
        assertEquals(Map.of("A", 40, "B", 40), corpus.byProblem().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())));
        assertEquals(List.of(new SkippedEntry(file + ":82 (problem A, id 7, first at " + file + ":8)",
                SkipReasons.DUPLICATE_ID)), corpus.report().skipped());

        // runtimes join on (problem_id, submission_id); without problem_id a shared id is ambiguous
        Path keyed = tmp.resolve("keyed.csv");
        Files.writeString(keyed, "problem_id,submission_id,runtime_ms\nA,3,100\nB,3,200\n");
        Corpus timed = RuntimeTable.read(keyed).applyTo(corpus);
        assertEquals(100.0, runtimeOf(timed, "A", "3"));
        assertEquals(200.0, runtimeOf(timed, "B", "3"));
        assertEquals(List.of(new SkippedEntry(file + ":82 (problem A, id 7, first at " + file + ":8)",
                SkipReasons.DUPLICATE_ID)), timed.report().skipped());
        Path unkeyed = tmp.resolve("unkeyed.csv");
        Files.writeString(unkeyed, "submission_id,runtime_ms\n3,100\n99,5\n");
        Corpus ambiguous = RuntimeTable.read(unkeyed).applyTo(corpus);
        assertEquals(3.0, runtimeOf(ambiguous, "A", "3"));
        assertEquals(3.0, runtimeOf(ambiguous, "B", "3"));
        assertEquals(List.of(new SkippedEntry(unkeyed + " (id 3)", RuntimeTable.AMBIGUOUS_ID),
                new SkippedEntry(unkeyed + " (id 99)", SkipReasons.UNKNOWN_RUNTIME_ID)),
                ambiguous.report().skipped().subList(1, 3));
    }

    private static double runtimeOf(Corpus corpus, String problem, String id) {
        return corpus.submissions().stream().filter(s -> s.problemId().equals(problem) && s.submissionId().equals(id))
                .findFirst().orElseThrow().runtimeMs();
    }

    @Test
    void roundTripIsExact(@TempDir Path tmp) throws IOException {
        Map<String, String> tricky = new TreeMap<>();
        tricky.put("empty", "");
        tricky.put("quote", "he said \"hi\", then left");
        tricky.put("multi", "line1\nline2\r\nline3");
        List<Submission> submissions = List.of(
                new Submission("p/1", "id,with,commas", Language.JAVA, 1234.5678,
                        "class A {\r\n  String s = \"\\\"\";\n  char c = ',';\n}\n\n", tricky),
                new Submission("p/1", "s2", Language.PYTHON, Double.NaN, "print(\"\"\"x\"\"\")\n", Map.of("quote", "x")),
                new Submission("p 2", "s3", Language.JAVA, 0.1 + 0.2, "  leading spaces and unicode \u00e9\u4e2d\uD83D\uDE00",
                        Map.of()),
                new Submission("p3", "s4", Language.JAVA, 3_000_000_000.0, "class Z {}", Map.of("empty", "")),
                new Submission("p3", "s5", Language.JAVA, 4.9e-324, "class Tiny {}", Map.of()));
        Corpus original = new Corpus(submissions, new LoadReport("test", submissions.size(), List.of()));
        Path csv = tmp.resolve("out/corpus.csv");
        NormalizedCsv.write(original, csv);

        Corpus back = NormalizedCsv.read(csv);
        assertEquals(List.of(), back.report().skipped());
        assertEquals(original.submissions(), back.submissions());
        assertEquals(Double.doubleToLongBits(0.1 + 0.2), Double.doubleToLongBits(back.submissions().get(2).runtimeMs()));

        Path again = tmp.resolve("again.csv");
        NormalizedCsv.write(back, again);
        assertEquals(Files.readString(csv), Files.readString(again));
    }

    @Test
    void writerOutputIsPinned() throws IOException {
        StringWriter out = new StringWriter();
        NormalizedCsv.write(List.of(
                new Submission("p1", "s1", Language.JAVA, 1200, "class A {\n}\n", Map.of("b", "x\"y")),
                new Submission("p1", "s2", Language.PYTHON, Double.NaN, "pass", Map.of("a", ""))), out);
        assertEquals("""
                "problem_id","submission_id","language","runtime_ms","source","a","b"
                "p1","s1","java","1200","class A {
                }
                ",,"x""y"
                "p1","s2","python",,"pass","",
                """, out.toString());
    }

    @Test
    void extraNamedLikeARequiredColumnIsRejected() {
        Submission s = new Submission("p", "s", Language.JAVA, 1, "class A {}", Map.of("source", "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizedCsv.write(List.of(s), new StringWriter()));
        assertTrue(e.getMessage().contains("'source'"), e.getMessage());
    }

    @Test
    void malformedFiles(@TempDir Path tmp) throws IOException {
        Path missing = tmp.resolve("missing.csv");
        Files.writeString(missing, "problem_id,submission_id,language,source\np,s,java,x\n");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> NormalizedCsv.read(missing));
        assertTrue(e.getMessage().startsWith(missing.toString()) && e.getMessage().contains("[runtime_ms]"),
                e.getMessage());

        Path duplicateColumn = tmp.resolve("dup.csv");
        Files.writeString(duplicateColumn, "problem_id,submission_id,language,runtime_ms,source,x,x\n");
        assertThrows(CorpusFormatException.class, () -> NormalizedCsv.read(duplicateColumn));

        Path empty = tmp.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThrows(CorpusFormatException.class, () -> NormalizedCsv.read(empty));

        Path truncated = tmp.resolve("truncated.csv");
        Files.writeString(truncated, "problem_id,submission_id,language,runtime_ms,source\n"
                + "p,s1,java,1,\"class A {}\"\n"
                + "p,s2,java,2,\"class B {\n");
        Corpus corpus = NormalizedCsv.read(truncated);
        assertEquals(List.of("s1"), Fixtures.ids(corpus));
        assertEquals(List.of(new SkippedEntry(truncated + ":3", SkipReasons.TRUNCATED)), corpus.report().skipped());

        Path shortRow = tmp.resolve("short.csv");
        Files.writeString(shortRow, "problem_id,submission_id,language,runtime_ms,source\np,s1,java,1\n,s2,java,1,x\n");
        Corpus shortCorpus = NormalizedCsv.read(shortRow);
        assertEquals(0, shortCorpus.size());
        assertEquals(List.of(SkipReasons.WRONG_FIELD_COUNT, SkipReasons.BLANK_REQUIRED), Fixtures.reasons(shortCorpus));
    }
}
