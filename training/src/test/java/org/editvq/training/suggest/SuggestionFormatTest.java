package org.editvq.training.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.editvq.training.decode.ProgramDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionFormatTest {
    static final String SLOW = "class Sum { static int total(int[] xs) { int acc = 0;"
            + " for (int i = 0; i < xs.length; i++) { acc = acc + xs[i]; } return acc; } }";

    /** A report with three groups: an edit that uses a new variable, a deletion, and no change. */
    static SuggestionReport report() {
        Canonicalizer java = Canonicalizers.forLanguage(Language.JAVA);
        CanonicalizationResult g = java.canonicalize(SLOW, CanonicalizationMode.GENERIC);
        List<String> input = g.tokens();
        int plus = input.indexOf("+");
        List<String> compound = new ArrayList<>(input.subList(0, plus - 3));
        compound.addAll(List.of("v", "+=")); // acc = acc + xs[i]  ->  acc += xs[i]
        compound.addAll(input.subList(plus + 1, input.size()));
        List<String> withNew = new ArrayList<>(input);
        withNew.add(withNew.indexOf("return"), "v"); // an identifier the input has no name for
        withNew.add(withNew.indexOf("return"), ";");
        List<ProgramDecoder.Output> outputs = List.of(out(0, input, -0.3), out(1, compound, -0.1),
                out(2, withNew, -0.2), out(3, compound, -0.15), out(4, input, -0.25));
        List<Suggestion> s = Suggester.group(input, g.identifiers().originals(), java, outputs);
        return new SuggestionReport("Sum.java", "JAVA", input, java.render(g.identifiers().originals()), 0,
                java.canonicalize(SLOW, CanonicalizationMode.INDEXED).identifiers().names(), List.of(0, 1, 2, 3, 4), s,
                0.5);
    }

    private static ProgramDecoder.Output out(int latent, List<String> tokens, double perToken) {
        return new ProgramDecoder.Output("latent " + latent, latent, tokens, "", perToken, perToken * tokens.size(), true);
    }

    @Test
    void textShowsEveryGroupWithItsLatentsAndMarkers() {
        SuggestionReport r = report();
        assertEquals(3, r.suggestions().size());
        String text = SuggestionFormat.TEXT.render(r);
        assertTrue(text.contains("## #1 latents 1,3  score -0.1000"), text);
        assertTrue(text.contains("-acc = acc + xs [ i ] ;\n+acc += xs [ i ] ;\n"), text);
        assertTrue(text.contains("## #2 latents 2  score -0.2000 (log-likelihood/token)  1 names unknown"), text);
        assertTrue(text.contains("+\u27e8v\u27e9 ;"), text);
        assertTrue(text.contains("## #3 latents 0,4  score -0.2500 (log-likelihood/token)  no change\n"), text);
    }

    @Test
    void jsonCarriesEverything() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(SuggestionFormat.JSON.render(report()));
        assertEquals("total", tree.get("names").get("f0").asText());
        assertEquals(3, tree.get("suggestions").size());
        JsonNode first = tree.get("suggestions").get(0);
        assertEquals("[1,3]", first.get("latents").toString());
        assertFalse(first.get("noChange").asBoolean());
        assertEquals("KEEP", first.get("tokenScript").get(0).get("op").asText());
        assertTrue(first.get("code").asText().contains("acc += xs [ i ] ;"));
        assertTrue(tree.get("suggestions").get(2).get("noChange").asBoolean());
    }

    @Test
    void htmlIsOneSelfContainedPageWithEveryGroup(@TempDir Path tmp) throws IOException {
        String page = SuggestionFormat.HTML.render(report());
        assertEquals(3, page.split("<div class=\"card\"", -1).length - 1);
        assertTrue(page.contains("data-latents=\",1,3,\""));
        assertTrue(page.contains("data-latents=\",2,\""));
        assertTrue(page.contains("data-latents=\",0,4,\" data-same=\"true\""));
        assertTrue(page.contains("<span class=\"ln del\">acc = acc + xs [ i ] ; </span>"), page);
        assertTrue(page.contains("<span class=\"ln ins\">acc += xs [ i ] ; </span>"), page);
        assertTrue(page.contains("\u27e8v\u27e9"));
        assertFalse(page.contains("http:") || page.contains("https:") || page.contains(" src="));
        String keep = System.getProperty("editvq.suggestHtml");
        Path target = keep != null ? Path.of(keep) : tmp.resolve("s.html");
        OutputFiles.writeAtomically(target, page);
        assertEquals(page, Files.readString(target));
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(target)));
        }
        try (var files = Files.list(target.toAbsolutePath().getParent())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        assertThrows(IllegalArgumentException.class, () -> SuggestionFormat.parse("pdf"));
        assertEquals(SuggestionFormat.HTML, SuggestionFormat.parse("Html"));
    }

    @Test
    void theLatentFilterHidesTheOtherCardsInAHeadlessBrowser(@TempDir Path tmp) throws Exception {
        String chromium = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "chromium"))) {
                chromium = Path.of(dir, "chromium").toString();
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(chromium != null, "chromium is not installed");
        Path page = tmp.resolve("s.html");
        OutputFiles.writeAtomically(page, SuggestionFormat.HTML.render(report()));
        Path dom = tmp.resolve("dom.html");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                page.toUri() + "#latent=3").redirectOutput(dom.toFile())
                .redirectError(tmp.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "chromium finished");
        String after = Files.readString(dom);
        // latent 3 is in the first group only: the other two cards are hidden by the script
        assertEquals(1, after.split("class=\"card\"", -1).length - 1, after);
        assertEquals(2, after.split("class=\"card hidden\"", -1).length - 1, after);
        assertTrue(after.contains("data-latents=\",1,3,\" data-same=\"false\" class=\"card\"")
                || after.contains("class=\"card\" data-latents=\",1,3,\""), after);
    }
}
