package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.manifest.RunManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairDatasetIOTest {

    @Test
    void exactRoundTrip(@TempDir Path dir) throws IOException {
        List<CanonicalProgram> programs = new ArrayList<>(PairDatasetBuilderTest.PROGRAMS);
        // Awkward tokens and runtimes: a spaced string literal, unicode, quotes, a non-round double.
        programs.add(new CanonicalProgram("p0", "odd", List.of("print", "(", "\"a b\\\"c\"", ")", "é", "\t"), 0.1 + 0.2));
        PairDataset ds = PairDatasetBuilder.build(programs, PairDatasetBuilderTest.CONFIG);
        String hash = PairDatasetBuilder.inputHash(programs);
        RunManifest written = PairDatasetIO.write(ds, dir, PairDatasetIO.manifest(ds, hash));
        PairDataset back = PairDatasetIO.read(dir);
        assertEquals(ds, back);
        RunManifest m = PairDatasetIO.readManifest(dir);
        assertEquals(written.toJson(), m.toJson()); // maps may box 11L back as Integer 11, so compare the JSON
        assertEquals(hash, m.dataHash());
        assertEquals("pairs", m.command());
        assertEquals(0.5, ((Number) m.parameters().get("minRouge")).doubleValue());
        assertEquals(ds.counts().trainPairs(), ((Number) m.metrics().get("trainPairs")).intValue());
        assertEquals(ds.train().size(), Files.readAllLines(dir.resolve(PairDatasetIO.TRAIN)).size());
        String testLine = Files.readAllLines(dir.resolve(PairDatasetIO.TEST)).get(0);
        assertTrue(testLine.startsWith("{\"problem\":\"p") && testLine.contains("\"references\":[{\"id\":")
                && testLine.contains("\"weight\":1.0"), testLine);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")));
        }
    }

    @Test
    void badLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        PairDataset ds = PairDatasetBuilder.build(PairDatasetBuilderTest.PROGRAMS, PairDatasetBuilderTest.CONFIG);
        PairDatasetIO.write(ds, dir, PairDatasetIO.manifest(ds, "x"));
        Path train = dir.resolve(PairDatasetIO.TRAIN);
        List<String> lines = new ArrayList<>(Files.readAllLines(train));
        lines.set(2, lines.get(2).replace("\"fast\"", "\"fats\""));
        Files.write(train, lines);
        IOException e = assertThrows(IOException.class, () -> PairDatasetIO.read(dir));
        assertTrue(e.getMessage().contains("train.jsonl:3: missing field 'fast'"), e.getMessage());

        lines.remove(2);
        Files.write(train, lines);
        IOException truncated = assertThrows(IOException.class, () -> PairDatasetIO.read(dir));
        assertTrue(truncated.getMessage().contains("entries but the manifest counts"), truncated.getMessage());
    }

    @Test
    void folderWrittenBeforeEquationOneReferenceSetsAsksToRerunPairs(@TempDir Path dir) throws IOException {
        PairDataset ds = PairDatasetBuilder.build(PairDatasetBuilderTest.PROGRAMS, PairDatasetBuilderTest.CONFIG);
        PairDatasetIO.write(ds, dir, PairDatasetIO.manifest(ds, "x"));
        Path manifest = dir.resolve(PairDatasetIO.MANIFEST);
        String text = Files.readString(manifest);
        assertTrue(text.contains("\"referenceMinRouge\""), text);
        Files.writeString(manifest, text.replaceAll(",\\s*\"referenceMinRouge\"\\s*:\\s*[0-9.]+", ""));
        IOException e = assertThrows(IOException.class, () -> PairDatasetIO.read(dir));
        assertTrue(e.getMessage().startsWith(manifest.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("rerun `editvq pairs`"), e.getMessage());
    }
}
