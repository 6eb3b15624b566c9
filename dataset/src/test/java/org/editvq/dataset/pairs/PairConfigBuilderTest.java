package org.editvq.dataset.pairs;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PairConfigBuilderTest {

    @Test
    void theBuilderStartsFromTheDefaultsAndChangesWhatItNames() {
        PairConfig c = PairConfig.builder().testInputs(3).minRouge(0.3).seed(5).build();
        assertEquals(new PairConfig(8, 0.3, 1.2, 3, 0.1, 5, 0, 0.3, 0.2), c);
        assertEquals(PairConfig.defaults(), PairConfig.defaults().toBuilder().build());
        assertThrows(IllegalArgumentException.class, () -> c.toBuilder().minSpeedup(0.5).build());
    }

    @Test
    void theMapKeepsItsKeysAndAManifestFromBeforeTheTestShareCapReadsWithTheDefault() {
        PairConfig c = PairConfig.builder().maxTestShare(0.5).build();
        assertEquals(java.util.List.of("rougeN", "minRouge", "minSpeedup", "testInputs", "validFraction", "seed",
                "maxPairsPerInput", "referenceMinRouge", "maxTestShare"), java.util.List.copyOf(c.toMap().keySet()));
        assertEquals(c, PairConfig.fromMap(c.toMap()));
        Map<String, Object> old = new LinkedHashMap<>(c.toMap());
        old.remove("maxTestShare");
        old.put("corpus", "some/corpus.csv"); // a manifest's parameters hold more than the pair settings
        assertEquals(PairConfig.DEFAULT_MAX_TEST_SHARE, PairConfig.fromMap(old).maxTestShare());
        old.remove("minRouge");
        assertThrows(IllegalArgumentException.class, () -> PairConfig.fromMap(old));
    }
}
