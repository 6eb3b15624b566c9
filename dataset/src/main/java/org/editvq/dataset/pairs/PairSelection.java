package org.editvq.dataset.pairs;

import org.editvq.core.data.ProgramPair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Selections over pair lists that keep the list order of what they keep. */
public final class PairSelection {
    /** Largest speedup first, then higher ROUGE, then fast submission id. */
    static final Comparator<ProgramPair> BY_SPEEDUP = Comparator.comparingDouble(ProgramPair::speedup).reversed()
            .thenComparing(Comparator.comparingDouble(ProgramPair::rouge).reversed())
            .thenComparing(p -> p.fast().submissionId());

    /** Higher ROUGE first, then larger speedup, then fast submission id. */
    static final Comparator<ProgramPair> BY_ROUGE = Comparator.comparingDouble(ProgramPair::rouge).reversed()
            .thenComparing(Comparator.comparingDouble(ProgramPair::speedup).reversed())
            .thenComparing(p -> p.fast().submissionId());

    private PairSelection() {
    }

    /**
     * The Transformer* training set: for each input (slow) program only its largest-speedup pair
     * (ties: higher ROUGE, then smaller fast submission id). Inputs keep their first-appearance order.
     */
    public static List<ProgramPair> largestSpeedupPerInput(List<ProgramPair> pairs) {
        return topPerInput(pairs, 1, BY_SPEEDUP);
    }

    /** At most {@code max} pairs per input program, the best under {@code order}; the rest keeps list order. */
    static List<ProgramPair> topPerInput(List<ProgramPair> pairs, int max, Comparator<ProgramPair> order) {
        Map<ProgramKey, List<ProgramPair>> byInput = new LinkedHashMap<>();
        for (ProgramPair p : pairs) {
            byInput.computeIfAbsent(ProgramKey.of(p.slow()), k -> new ArrayList<>()).add(p);
        }
        List<ProgramPair> out = new ArrayList<>();
        for (List<ProgramPair> group : byInput.values()) {
            if (group.size() <= max) {
                out.addAll(group);
            } else {
                List<ProgramPair> kept = group.stream().sorted(order).limit(max).toList();
                group.stream().filter(kept::contains).forEach(out::add);
            }
        }
        return out;
    }
}
