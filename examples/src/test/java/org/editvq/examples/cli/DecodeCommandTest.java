package org.editvq.examples.cli;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.pairs.PairConfig;
import org.editvq.core.pairs.PairDataset;
import org.editvq.core.pairs.PairDatasetBuilder;
import org.editvq.core.pairs.PairDatasetIO;
import org.editvq.core.pairs.SyntheticPrograms;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodeCommandTest {
    @TempDir
    static Path tmp;
    static Path bundle;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = EditVqCli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @BeforeAll
    static void trainTinyBundle() throws IOException {
        List<CanonicalProgram> programs = new SyntheticPrograms(2, 24, 12, 2, 15, 0.2, 5).generate();
        PairDataset ds = PairDatasetBuilder.build(programs, new PairConfig(4, 0.5, 1.2, 2, 0.2, 11, 0));
        Path pairs = tmp.resolve("pairs");
        PairDatasetIO.write(ds, pairs, PairDatasetIO.manifest(ds, PairDatasetBuilder.inputHash(programs)));
        bundle = tmp.resolve("bundle");
        Run train = run("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out", bundle.toString(),
                "--preset", "smoke", "--steps", "3", "--seed", "3", "--no-progress");
        assertEquals(0, train.code(), train.err());
    }

    @Test
    void decodesAJavaFileUnderChosenLatents() throws IOException {
        Path file = tmp.resolve("Small.java");
        Files.writeString(file, "class Small { public static void main(String[] a) { int x = 1; System.out.println(x); } }");
        Run r = run("decode", "--model", bundle.toString(), file.toString(), "--latent", "0,2", "--max-length", "12",
                "--tokens");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("## latent 0"), r.out());
        assertTrue(r.out().contains("## latent 2"), r.out());
        assertTrue(!r.out().contains("## latent 1"), r.out());
        // class T { public static void main ( String [ ] v ) { int v = 1 ; System . out . println ( v ) ; } }
        assertTrue(r.out().startsWith("# " + file + ": 30 canonical tokens"), r.out());
    }

    @Test
    void badInputGivesAClearMessageAndNonZeroExit() throws IOException {
        Path broken = tmp.resolve("Broken.java");
        Files.writeString(broken, "class Broken { void f( { }");
        Run r = run("decode", "--model", bundle.toString(), broken.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(broken + ": cannot canonicalize"), r.err());

        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "hello");
        Run t = run("decode", "--model", bundle.toString(), text.toString());
        assertEquals(2, t.code());
        assertTrue(t.err().contains("unsupported language"), t.err());

        Run missing = run("decode", "--model", tmp.resolve("no-such-bundle").toString(), text.toString());
        assertTrue(missing.code() != 0);
    }
}
