package org.editvq.examples.cli;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.dataset.pairs.PairConfig;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetBuilder;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.dataset.pairs.SyntheticPrograms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodeCommandTest {
    @TempDir
    static Path tmp;
    static Path bundle;

    @BeforeAll
    static void trainTinyBundle() throws IOException {
        List<CanonicalProgram> programs = new SyntheticPrograms(2, 24, 12, 2, 15, 0.2, 5).generate();
        PairDataset ds = PairDatasetBuilder.build(programs, new PairConfig(4, 0.5, 1.2, 2, 0.2, 11, 0));
        Path pairs = tmp.resolve("pairs");
        PairDatasetIO.write(ds, pairs, PairDatasetIO.manifest(ds, PairDatasetBuilder.inputHash(programs)));
        bundle = tmp.resolve("bundle");
        CliRun train = CliRun.of("train", "--model", "edit-vqvae", "--pairs", pairs.toString(), "--out", bundle.toString(),
                "--preset", "smoke", "--steps", "3", "--seed", "3", "--no-progress");
        assertEquals(0, train.code(), train.err());
    }

    @Test
    void decodesAJavaFileUnderChosenLatents() throws IOException {
        Path file = tmp.resolve("Small.java");
        Files.writeString(file, "class Small { public static void main(String[] a) { int x = 1; System.out.println(x); } }");
        CliRun r = CliRun.of("decode", "--model", bundle.toString(), file.toString(), "--latent", "0,2", "--max-length", "12",
                "--tokens");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("## latent 0"), r.out());
        assertTrue(r.out().contains("## latent 2"), r.out());
        assertTrue(!r.out().contains("## latent 1"), r.out());
        // class T { public static void main ( String [ ] v ) { int v = 1 ; System . out . println ( v ) ; } }
        assertTrue(r.out().startsWith("# " + file + ": 30 canonical tokens"), r.out());

        // a beam of 3 per latent (GeneratorTest checks what it finds); sampling has no beam; the width is >= 1
        CliRun beam = CliRun.of("decode", "--model", bundle.toString(), file.toString(), "--latent", "0,2",
                "--max-length", "12", "--beam", "3");
        assertEquals(0, beam.code(), beam.err());
        assertTrue(beam.out().contains("## latent 2"), beam.out());
        CliRun sampledBeam = CliRun.of("decode", "--model", bundle.toString(), file.toString(), "--beam", "3",
                "--temperature", "1.0");
        assertEquals(2, sampledBeam.code());
        assertTrue(sampledBeam.err().contains("--beam is for greedy decoding"), sampledBeam.err());
        CliRun zero = CliRun.of("decode", "--model", bundle.toString(), file.toString(), "--beam", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--beam must be >= 1, got 0"), zero.err());
    }

    @Test
    void badInputGivesAClearMessageAndNonZeroExit() throws IOException {
        Path broken = tmp.resolve("Broken.java");
        Files.writeString(broken, "class Broken { void f( { }");
        CliRun r = CliRun.of("decode", "--model", bundle.toString(), broken.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(broken + ": cannot canonicalize"), r.err());

        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "hello");
        CliRun t = CliRun.of("decode", "--model", bundle.toString(), text.toString());
        assertEquals(2, t.code());
        assertTrue(t.err().contains("unsupported language"), t.err());

        CliRun missing = CliRun.of("decode", "--model", tmp.resolve("no-such-bundle").toString(), text.toString());
        assertTrue(missing.code() != 0);
    }
}
