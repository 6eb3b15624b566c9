package org.editvq.dataset.corpus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the judged Code Jam corpus is looked for, and the error that says how to make it. */
class SharedDataTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(SharedData.JUDGED_PROPERTY);
    }

    @Test
    void propertyNamesTheFolderOrItsCsv() throws IOException {
        Path csv = Files.writeString(dir.resolve("judged.csv"), "problem_id\n");
        System.setProperty(SharedData.JUDGED_PROPERTY, dir.toString());
        assertEquals(csv, SharedData.judgedGoogleJam4());
        System.setProperty(SharedData.JUDGED_PROPERTY, csv.toString());
        assertEquals(dir.toAbsolutePath(), SharedData.judgedGoogleJam4Dir());
        assertEquals(csv.toAbsolutePath(), SharedData.judgedGoogleJam4().toAbsolutePath());
    }

    @Test
    void missingCorpusSaysHowToJudgeIt() {
        System.setProperty(SharedData.JUDGED_PROPERTY, dir.resolve("nowhere").toString());
        NoSuchFileException e = assertThrows(NoSuchFileException.class, SharedData::judgedGoogleJam4);
        assertTrue(e.getMessage().contains("editvq judge --corpus ../shared/data/googlejam4.tar --out "
                + dir.resolve("nowhere")), e.getMessage());
    }

    @Test
    void defaultIsUnderTheUsersCache() {
        if (System.getenv(SharedData.JUDGED_ENV) == null) {
            assertEquals(Path.of(System.getProperty("user.home"), ".cache", "editvq", "googlejam4-judged"),
                    SharedData.judgedGoogleJam4Dir());
        }
    }
}
