package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.editvq.core.rouge.RougeN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The definition of the pair set, written as directly as possible: every ordered pair, scored by {@link RougeN}. */
final class BruteForcePairs {
    private BruteForcePairs() {
    }

    static List<ProgramPair> pairs(List<CanonicalProgram> programs, int n, double minRouge, double minSpeedup) {
        RougeN rouge = new RougeN(n);
        Map<String, List<CanonicalProgram>> byProblem = new LinkedHashMap<>();
        for (CanonicalProgram p : programs) {
            boolean ok = p.runtimeMs() > 0 && !Double.isInfinite(p.runtimeMs());
            if (ok && p.length() >= n) {
                byProblem.computeIfAbsent(p.problemId(), k -> new ArrayList<>()).add(p);
            }
        }
        List<ProgramPair> out = new ArrayList<>();
        for (List<CanonicalProgram> members : byProblem.values()) {
            for (CanonicalProgram x : members) {
                for (CanonicalProgram y : members) {
                    if (x == y) {
                        continue;
                    }
                    double f = rouge.fmeasure(x.tokens(), y.tokens());
                    double speedup = x.runtimeMs() / y.runtimeMs();
                    if (f >= minRouge && speedup >= minSpeedup) {
                        out.add(new ProgramPair(x, y, speedup, f));
                    }
                }
            }
        }
        return out;
    }
}
