package org.editvq.core.manifest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditVqVersionTest {

    @Test
    void theVersionIsTheBuildsProjectVersion() throws Exception {
        String pom = Files.readString(Path.of("../pom.xml"));
        Matcher m = Pattern.compile("<artifactId>editvq-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(m.find(), "the parent pom names its version");
        assertEquals(m.group(1), EditVqVersion.VERSION);
        assertEquals(EditVqVersion.VERSION, RunManifest.of("t", 0, java.util.Map.of(), "h", java.util.Map.of())
                .version());
    }

    @Test
    void aManifestSaysWhetherNd4jIsOnTheClassPath() {
        // core alone does not depend on ND4J: the entries are there and say so (the models module's test
        // checks the real versions)
        var env = RunManifest.currentEnvironment();
        assertEquals(RunManifest.ABSENT, env.get("nd4j.version"));
        assertEquals(RunManifest.ABSENT, env.get("nd4j.backend"));
        assertTrue(env.containsKey("openblas.version"));
    }
}
