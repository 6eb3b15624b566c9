package org.editvq.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusCommandTest {

    /** Runs the CLI, returning exit code, stdout and stderr. */

    @Test
    void summarizesAndExports(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("src/1"));
        Files.createDirectories(tmp.resolve("src/2"));
        Files.writeString(tmp.resolve("src/1/a.java"), "class A {}");
        Files.writeString(tmp.resolve("src/2/b.py"), "print(1)");
        Files.writeString(tmp.resolve("src/2/c.txt"), "notes");
        Path out = tmp.resolve("out.csv");

        CliRun run = CliRun.of("corpus", "--corpus", tmp.resolve("src").toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("loaded:      2 submissions in 2 problems"), run.out());
        assertTrue(run.out().contains("     1  unsupported file type .txt"), run.out());
        assertTrue(run.out().contains("wrote 2 submissions to " + out), run.out());
        assertEquals("""
                "problem_id","submission_id","language","runtime_ms","source","path"
                "1","1/a","java",,"class A {}","1/a.java"
                "2","2/b","python",,"print(1)","2/b.py"
                """, Files.readString(out));
    }

    @Test
    void userErrorsGoToStderrWithNonZeroExit(@TempDir Path tmp) {
        CliRun missing = CliRun.of("corpus", "--corpus", tmp.resolve("absent.tar").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("absent.tar: no such corpus file or folder"), missing.err());
        assertEquals("", missing.out());

        CliRun noOption = CliRun.of("corpus");
        assertTrue(noOption.code() != 0);
        assertTrue(noOption.err().contains("--corpus"), noOption.err());
    }
}
