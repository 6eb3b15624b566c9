package org.editvq.core.manifest;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunManifestTest {
    @Test
    void jsonRoundTripKeepsEveryField() throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("rougeN", 8);
        params.put("threshold", 0.5);
        RunManifest m = RunManifest.of("pairs", 42, params, Hashing.sha256Hex("abc"), Map.of("pairs", 17));
        RunManifest back = RunManifest.fromJson(m.toJson());
        assertEquals(m, back);
    }

    @Test
    void sha256MatchesPublishedVector() {
        // FIPS 180-2 test vector for "abc".
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashing.sha256Hex("abc"));
    }
}
