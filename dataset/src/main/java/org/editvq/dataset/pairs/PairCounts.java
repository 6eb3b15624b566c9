package org.editvq.dataset.pairs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every count of a pair dataset build: how pairs were found and what the split did with them.
 *
 * @param build               counts of the pair search over all programs
 * @param testInputsRequested the configured number of test inputs
 * @param testInputsEligible  input programs with a non-empty reference set
 * @param testInputs          test inputs drawn: min(requested, eligible)
 * @param pairsRemovedBySplit pairs dropped because a test input is their slow or fast side
 * @param pairsDroppedByCap   pairs dropped by {@link PairConfig#maxPairsPerInput()}
 * @param trainInputs         distinct input (slow) programs of the training pairs
 * @param validInputs         distinct input programs of the validation pairs
 * @param trainPairs          training pairs
 * @param validPairs          validation pairs
 * @param trainStarPairs      training pairs of the Transformer* variant (one per input)
 * @param validStarPairs      validation pairs of the Transformer* variant (one per input)
 */
public record PairCounts(PairBuildStats build, int testInputsRequested, int testInputsEligible, int testInputs,
                         long pairsRemovedBySplit, long pairsDroppedByCap, int trainInputs, int validInputs,
                         int trainPairs, int validPairs, int trainStarPairs, int validStarPairs) {
    public PairCounts {
        Objects.requireNonNull(build, "build");
    }

    /** All counts by name in one flat map (the build's counts first), for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>(build.toMap());
        m.put("testInputsRequested", testInputsRequested);
        m.put("testInputsEligible", testInputsEligible);
        m.put("testInputs", testInputs);
        m.put("pairsRemovedBySplit", pairsRemovedBySplit);
        m.put("pairsDroppedByCap", pairsDroppedByCap);
        m.put("trainInputs", trainInputs);
        m.put("validInputs", validInputs);
        m.put("trainPairs", trainPairs);
        m.put("validPairs", validPairs);
        m.put("trainStarPairs", trainStarPairs);
        m.put("validStarPairs", validStarPairs);
        return m;
    }

    /** Inverse of {@link #toMap()}; numbers may be any {@link Number}. */
    public static PairCounts fromMap(Map<String, ?> m) {
        PairBuildStats b = new PairBuildStats(i(m, "programs"), i(m, "withoutRuntime"), i(m, "invalidRuntime"),
                i(m, "shorterThanN"), i(m, "problems"), l(m, "bruteForceComparisons"), l(m, "candidatesExamined"),
                l(m, "similarPairs"), l(m, "pairs"));
        return new PairCounts(b, i(m, "testInputsRequested"), i(m, "testInputsEligible"), i(m, "testInputs"),
                l(m, "pairsRemovedBySplit"), l(m, "pairsDroppedByCap"), i(m, "trainInputs"), i(m, "validInputs"),
                i(m, "trainPairs"), i(m, "validPairs"), i(m, "trainStarPairs"), i(m, "validStarPairs"));
    }

    private static int i(Map<String, ?> m, String key) {
        return Math.toIntExact(l(m, key));
    }

    private static long l(Map<String, ?> m, String key) {
        if (!(m.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("count '" + key + "' missing or not a number: " + m.get(key));
        }
        return n.longValue();
    }
}
