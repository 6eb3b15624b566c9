package org.editvq.models.bundle;

import org.editvq.core.manifest.RunManifest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ManifestEnvironmentTest {

    @Test
    void everyManifestNamesTheNd4jVersionAndBackendItRanOn() {
        Map<String, String> env = RunManifest.of("train", 1, Map.of(), "h", Map.of()).environment();
        assertEquals("1.0.0-M2.1", env.get("nd4j.version"), "the root pom's nd4j.version");
        assertEquals("nd4j-native 1.0.0-M2.1 (CPU)", env.get("nd4j.backend"));
        assertEquals("0.3.19-1.5.7", env.get("openblas.version"), "the root pom's openblas.version");
    }
}
