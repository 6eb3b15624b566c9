package org.editvq.dataset.pairs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link PairBuilder} saw and did.
 *
 * @param programs              programs given
 * @param withoutRuntime        ignored: runtime unknown (NaN)
 * @param invalidRuntime        ignored: runtime not finite or not &gt; 0
 * @param shorterThanN          ignored: fewer tokens than the ROUGE order, hence similar to nothing
 * @param problems              problems with at least one eligible program
 * @param bruteForceComparisons unordered program pairs within problems that brute force would score
 * @param candidatesExamined    unordered pairs that survived the filters and were scored exactly
 * @param similarPairs          unordered pairs with ROUGE-N &gt;= the gate
 * @param pairs                 ordered (slow, fast) pairs that also pass the speedup threshold
 */
public record PairBuildStats(int programs, int withoutRuntime, int invalidRuntime, int shorterThanN, int problems,
                             long bruteForceComparisons, long candidatesExamined, long similarPairs, long pairs) {

    /** The counts by name, for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programs", programs);
        m.put("withoutRuntime", withoutRuntime);
        m.put("invalidRuntime", invalidRuntime);
        m.put("shorterThanN", shorterThanN);
        m.put("problems", problems);
        m.put("bruteForceComparisons", bruteForceComparisons);
        m.put("candidatesExamined", candidatesExamined);
        m.put("similarPairs", similarPairs);
        m.put("pairs", pairs);
        return m;
    }
}
