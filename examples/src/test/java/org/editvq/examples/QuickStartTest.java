package org.editvq.examples;

import org.editvq.api.EditVq;
import org.editvq.api.Model;
import org.editvq.models.bundle.ModelBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user guide's first example runs as printed: it trains on the checked-in CSV and prints suggestions. */
class QuickStartTest {

    @Test
    void trainsOnTheTinyCsvSavesLoadsAndPrintsSuggestions(@TempDir Path tmp) throws Exception {
        Path corpus = Path.of("quickstart/tiny-corpus.csv");
        assertTrue(Files.isRegularFile(corpus), corpus.toAbsolutePath().toString());
        Path out = tmp.resolve("model");
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[]{corpus.toString(), out.toString()});
        } finally {
            System.setOut(saved);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        saved.print(printed);
        // the corpus report: 16 programs loaded and canonicalized, none skipped, all with runtimes
        assertTrue(printed.contains("canonicalized 16, failed 0; with runtime 16"), printed);
        assertTrue(printed.contains("MAX_STEPS after 60 steps"), printed);
        assertTrue(printed.contains("latents ["), printed);
        assertTrue(printed.contains("score "), printed);

        Model model = EditVq.load(out);
        assertEquals(4, model.config().codebookSize());
        assertEquals("train", model.manifest().command());
        ModelBundle latest = ModelBundle.load(out);
        assertEquals(60, latest.training().orElseThrow().trainer().step());
        // every latent appears in exactly one suggestion of the printed input
        String slow = EditVq.corpus(corpus.toString()).submissions().get(0).source();
        assertEquals(4, model.suggest(slow, org.editvq.core.data.Language.JAVA).suggestions().stream()
                .mapToInt(s -> s.latents().size()).sum());
    }

    @Test
    void theUserGuideShowsTheExampleAsItIs() throws Exception {
        String code = Files.readString(Path.of("src/main/java/org/editvq/examples/QuickStart.java"));
        String guide = Files.readString(Path.of("../docs/user-guide.md"));
        assertTrue(guide.contains("```java\n" + code.substring(code.indexOf("import ")) + "```"),
                "docs/user-guide.md must show QuickStart.java from its imports on, unchanged");
        assertTrue(code.lines().count() <= 30, "the example stays within 30 lines");
    }
}
