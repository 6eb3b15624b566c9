package org.editvq.synth;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Test helper: choice maps of a problem. */
final class Variants {
    private Variants() {
    }

    static Map<EditCategory, Choice> all(SynthProblem p, Choice choice) {
        Map<EditCategory, Choice> c = new EnumMap<>(EditCategory.class);
        p.categories().forEach(k -> c.put(k, choice));
        return c;
    }

    /** Bit k of mask set = category k fast. */
    static Map<EditCategory, Choice> mask(SynthProblem p, int mask) {
        Map<EditCategory, Choice> c = new EnumMap<>(EditCategory.class);
        for (int k = 0; k < p.categories().size(); k++) {
            c.put(p.categories().get(k), ((mask >> k) & 1) == 1 ? Choice.FAST : Choice.SLOW);
        }
        return c;
    }

    static Map<EditCategory, Choice> random(SynthProblem p, SplittableRandom r) {
        return mask(p, r.nextInt(1 << p.categories().size()));
    }

    /** All fast except one category slow. */
    static Map<EditCategory, Choice> fastExcept(SynthProblem p, EditCategory slow) {
        Map<EditCategory, Choice> c = all(p, Choice.FAST);
        c.put(slow, Choice.SLOW);
        return c;
    }
}
