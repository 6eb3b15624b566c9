package org.editvq.judge;

import org.editvq.core.data.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rerun into the same folder judges only what the journal lacks, even after a torn write. */
class ResumeTest {
    private static final String PY_OK = """
            import sys
            d = sys.stdin.read().split()
            for i in range(int(d[0])):
                print("Case #%d: %d" % (i + 1, int(d[1 + 2 * i]) + int(d[2 + 2 * i])))
            """;

    @Test
    void rerunSkipsFinishedSubmissionsAndSurvivesATornJournalLine(@TempDir Path outDir) throws IOException {
        JudgeConfig config = TestPrograms.fastConfig().withRuns(0, 1, 1, 1.0);
        Submission a = TestPrograms.python("a", PY_OK);
        Submission b = TestPrograms.python("b", PY_OK.replace("+ int", "- int"));
        Submission c = TestPrograms.java("c", TestPrograms.accepted("C"));
        JudgeReport first = JudgeRun.run(List.of(a, b), config, outDir, ProgressListener.silent());
        assertEquals(2, first.judged());
        assertEquals(0, first.resumed());
        Path journal = outDir.resolve("journal.jsonl");
        // a run killed in the middle of a write leaves a torn last line
        Files.writeString(journal, "{\"problemId\":\"sum\",\"submissionId\":\"c\",\"langu", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        int[] progress = new int[2];
        JudgeReport second = JudgeRun.run(List.of(a, b, c), config, outDir, new ProgressListener() {
            @Override
            public void started(int total, int alreadyDone) {
                progress[0] = alreadyDone;
            }

            @Override
            public void finished(JudgeResult result, int done, int total) {
                progress[1] = done;
            }
        });
        assertEquals(2, second.resumed());
        assertEquals(1, second.judged());
        assertEquals(2, progress[0]);
        assertEquals(3, progress[1]);
        assertEquals(first.results().get(0), second.results().get(0), "a resumed result is the journaled one");
        assertEquals(List.of(JudgeStatus.ACCEPTED, JudgeStatus.WRONG_ANSWER, JudgeStatus.ACCEPTED),
                second.results().stream().map(JudgeResult::status).toList());
        assertEquals(3, JudgeJournal.readFinished(journal).size());

        JudgeReport third = JudgeRun.run(List.of(a, b, c), config, outDir, ProgressListener.silent());
        assertEquals(0, third.judged());
        assertEquals(3, third.resumed());

        Submission changed = TestPrograms.python("a", PY_OK + "\n# edited\n");
        JudgeReport fourth = JudgeRun.run(List.of(changed), config, outDir, ProgressListener.silent());
        assertEquals(1, fourth.judged(), "a changed source is judged again");
        assertTrue(Files.readString(outDir.resolve(ResultsWriter.JUDGED_CSV)).contains("# edited"));

        JudgeConfig otherTests = config.withTests(java.util.Map.of(TestPrograms.PROBLEM, ProblemTests.withExpectedOutput(
                TestPrograms.PROBLEM, "1\n2 2\n", "Case #1: 4\n")));
        JudgeReport fifth = JudgeRun.run(List.of(a, b, c), otherTests, outDir, ProgressListener.silent());
        assertEquals(3, fifth.judged(), "other tests make other results");
    }

    @Test
    void duplicateSubmissionIdsAreRejectedByName(@TempDir Path outDir) {
        Submission a = TestPrograms.python("dup", PY_OK);
        var e = assertThrows(IllegalArgumentException.class,
                () -> JudgeRun.run(List.of(a, a), TestPrograms.fastConfig(), outDir, ProgressListener.silent()));
        assertTrue(e.getMessage().contains("'dup'"), e.getMessage());
    }
}
