package org.editvq.inference.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.editvq.inference.decode.ProgramDecoder;
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

    /**
     * A report with four groups: a compound assignment (latents 1, 3), a new variable (2), an output that lost
     * the ')' of the for header and does not parse (5), and no change (0, 4).
     */
    static SuggestionReport report() {
        Canonicalizer java = Canonicalizers.forLanguage(Language.JAVA);
        CanonicalizationResult g = java.canonicalize(SLOW, CanonicalizationMode.GENERIC);
        List<String> input = g.tokens();
        int plus = input.indexOf("+");
        List<String> compound = new ArrayList<>(input.subList(0, plus - 3));
        compound.addAll(List.of("v", "+=")); // acc = acc + xs[i]  ->  acc += xs[i]
        compound.addAll(input.subList(plus + 1, input.size()));
        List<String> withNew = new ArrayList<>(input);
        int ret = withNew.indexOf("return");
        withNew.addAll(ret, List.of("long", "v", "=", "v", "*", "2L", ";")); // a variable the input has no name for
        List<String> broken = new ArrayList<>(input);
        broken.remove(broken.indexOf("++") + 1); // for (...; i++ {
        List<ProgramDecoder.Output> outputs = List.of(out(0, input, -0.3), out(1, compound, -0.1),
                out(2, withNew, -0.2), out(3, compound, -0.15), out(4, input, -0.25), out(5, broken, -0.12));
        List<Suggestion> s = Suggester.group(input, g.identifiers().originals(), java, outputs);
        return new SuggestionReport("Sum.java", "JAVA", input, Suggester.inputCode(Language.JAVA,
                g.identifiers().originals()), 0, java.canonicalize(SLOW, CanonicalizationMode.INDEXED).identifiers()
                .names(), List.of(0, 1, 2, 3, 4, 5), s, 0.5);
    }

    private static ProgramDecoder.Output out(int latent, List<String> tokens, double perToken) {
        return new ProgramDecoder.Output("latent " + latent, latent, tokens, "", perToken, perToken * tokens.size(), true);
    }

    @Test
    void textShowsTheSuggestionsAsFormattedDiffsAndTheOutputThatDoesNotParseApart() {
        SuggestionReport r = report();
        assertEquals(4, r.suggestions().size());
        assertEquals(3, r.parsing());
        assertEquals(0.75, r.parseRate());
        String text = SuggestionFormat.TEXT.render(r);
        assertTrue(text.startsWith("# Sum.java: 50 canonical tokens (0 unknown to the model); 6 latents -> 4 distinct"
                + " outputs in 0.50 s; 3 of 4 distinct outputs parse (75.0%)\n"), text);
        assertTrue(text.contains("## #1 latents 1,3  score -0.1000 (log-likelihood/token)\n--- input\n+++ suggestion\n"
                + "@@ -4,5 +4,5 @@\n         int acc = 0;\n         for (int i = 0; i < xs.length; i++) {\n"
                + "-            acc = acc + xs[i];\n+            acc += xs[i];\n"), text);
        assertTrue(text.contains("## #3 latents 2  score -0.2000 (log-likelihood/token)  2 new names: newVar1, newVar2\n"),
                text);
        assertTrue(text.contains("+        long newVar1 = newVar2 * 2L;\n"), text);
        assertTrue(text.contains("## #4 latents 0,4  score -0.2500 (log-likelihood/token)  no change\n"), text);
        // the output that does not parse comes after every suggestion, under its own heading, with the problem
        int apart = text.indexOf("\n# 1 output does not parse (not suggestions)\n");
        assertTrue(apart > text.indexOf("## #4 "), text);
        assertTrue(text.indexOf("## #2 latents 5  score -0.1200") > apart, text);
        assertTrue(text.contains("does not parse: line 5, column 44: Parse error. Found \"{\""), text);
        assertTrue(text.contains("+++ output\n@@ -3,5 +3,5 @@\n"), text);
        assertTrue(text.contains("+        for (int i = 0; i < xs.length; i++ {\n"), text);
    }

    @Test
    void jsonCarriesEverythingWithParsesAndTheRenderedCode() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(SuggestionFormat.JSON.render(report()));
        assertEquals("total", tree.get("names").get("f0").asText());
        assertEquals(4, tree.get("suggestions").size());
        assertEquals(3, tree.get("parsing").asInt());
        assertEquals(0.75, tree.get("parseRate").asDouble());
        assertTrue(tree.get("inputCode").asText().contains("\n        for (int i = 0; i < xs.length; i++) {\n"));
        JsonNode first = tree.get("suggestions").get(0);
        assertEquals("[1,3]", first.get("latents").toString());
        assertFalse(first.get("noChange").asBoolean());
        assertTrue(first.get("parses").asBoolean());
        assertEquals(0, first.get("parseProblems").size());
        assertEquals("KEEP", first.get("tokenScript").get(0).get("op").asText());
        assertTrue(first.get("code").asText().contains("\n            acc += xs[i];\n"));
        JsonNode broken = tree.get("suggestions").get(1);
        assertEquals("[5]", broken.get("latents").toString());
        assertFalse(broken.get("parses").asBoolean());
        assertEquals(5, broken.get("parseProblems").get(0).get("line").asInt());
        assertEquals(44, broken.get("parseProblems").get(0).get("column").asInt());
        assertEquals("[\"newVar1\",\"newVar2\"]", tree.get("suggestions").get(2).get("newNames").toString());
        assertTrue(tree.get("suggestions").get(3).get("noChange").asBoolean());
    }

    @Test
    void htmlShowsFormattedCodeAndMarksTheOutputThatDoesNotParse(@TempDir Path tmp) throws IOException {
        String page = SuggestionFormat.HTML.render(report());
        assertEquals(4, page.split("<div class=\"card", -1).length - 1);
        assertEquals(1, page.split("<div class=\"card unparsed\"", -1).length - 1);
        assertTrue(page.contains("data-latents=\",1,3,\""));
        assertTrue(page.contains("data-latents=\",2,\""));
        assertTrue(page.contains("data-latents=\",0,4,\" data-same=\"true\""));
        assertTrue(page.contains("<span class=\"ln del\">            acc = acc + xs[i];</span>"), page);
        assertTrue(page.contains("<span class=\"ln ins\">            acc += xs[i];</span>"), page);
        assertTrue(page.contains("<span class=\"ln\">        for (int i = 0; i &lt; xs.length; i++) {</span>"), page);
        assertTrue(page.contains("3 of 4 distinct outputs parse (75.0%)"), page);
        // the suggestions first, then a section of its own for the output that does not parse
        int section = page.indexOf("<h2 class=\"section\">1 output does not parse</h2>");
        assertTrue(section > 0, page);
        assertTrue(page.indexOf("<div class=\"card unparsed\" data-latents=\",5,\"") > section, page);
        for (String latents : List.of(",1,3,", ",2,", ",0,4,")) {
            assertTrue(page.indexOf("data-latents=\"" + latents + "\"") < section, latents);
        }
        assertTrue(page.contains("<p class=\"problem\">does not parse: line 5, column 44: "), page);
        assertFalse(page.contains("\u27e8v\u27e9"), "placeholders are named");
        assertTrue(page.contains("2 new names: newVar1, newVar2"), page);
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
        // latent 3 is in the first group only: the other three cards are hidden by the script
        assertEquals(1, after.split("class=\"card\"", -1).length - 1, after);
        assertEquals(2, after.split("class=\"card hidden\"", -1).length - 1, after);
        assertEquals(1, after.split("class=\"card unparsed hidden\"", -1).length - 1, after);
        assertTrue(after.contains("data-latents=\",1,3,\" data-same=\"false\" class=\"card\"")
                || after.contains("class=\"card\" data-latents=\",1,3,\""), after);
    }
}
