package org.editvq.judge;

import org.editvq.core.data.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JudgeJournalTest {
    private static JudgeResult result(String id, JudgeStatus status) {
        return new JudgeResult("p", id, Language.PYTHON, "s" + id, "f", status, status == JudgeStatus.ACCEPTED ? 12.5
                : Double.NaN, 0.01, 5, Double.NaN, List.of("in:FileReader"), "why", "hash", false);
    }

    @Test
    void roundTripsResultsSkipsBadLinesAndRetriesJudgeErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("journal.jsonl");
        try (JudgeJournal journal = new JudgeJournal(file)) {
            journal.append(result("a", JudgeStatus.ACCEPTED));
        }
        Files.writeString(file, "not json at all\n", StandardOpenOption.APPEND);
        try (JudgeJournal journal = new JudgeJournal(file)) {
            journal.append(result("b", JudgeStatus.JUDGE_ERROR));
            journal.append(result("c", JudgeStatus.TIMEOUT));
        }
        Files.writeString(file, "{\"problemId\":\"p\",\"subm", StandardOpenOption.APPEND); // torn by a kill
        try (JudgeJournal journal = new JudgeJournal(file)) {
            journal.append(result("d", JudgeStatus.WRONG_ANSWER)); // must start on a fresh line
        }
        Map<String, JudgeResult> finished = JudgeJournal.readFinished(file);
        assertEquals(3, finished.size(), finished.keySet().toString());
        JudgeResult a = finished.get(result("a", JudgeStatus.ACCEPTED).key());
        assertEquals(result("a", JudgeStatus.ACCEPTED), a);
        assertTrue(Double.isNaN(finished.get(result("c", JudgeStatus.TIMEOUT).key()).runtimeMs()));
        assertFalse(finished.containsKey(result("b", JudgeStatus.JUDGE_ERROR).key()), "judge errors are retried");
        assertTrue(finished.containsKey(result("d", JudgeStatus.WRONG_ANSWER).key()));
    }
}
