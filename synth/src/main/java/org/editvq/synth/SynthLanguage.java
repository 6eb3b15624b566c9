package org.editvq.synth;

import java.util.ArrayList;
import java.util.List;

/** Which submissions {@link PlantedEditCorpus} generates: Java, Python 3, or both. */
public enum SynthLanguage {
    /** The Java problems ({@link SynthProblems#all()}). */
    JAVA,
    /** The Python problems ({@link SynthProblems#python()}, ids ending in {@code -py}). */
    PYTHON,
    /** The Java problems followed by the Python problems. */
    BOTH;

    /** The problems of this selection, in order. */
    public List<SynthProblem> problems() {
        return switch (this) {
            case JAVA -> SynthProblems.all();
            case PYTHON -> SynthProblems.python();
            case BOTH -> {
                List<SynthProblem> all = new ArrayList<>(SynthProblems.all());
                all.addAll(SynthProblems.python());
                yield List.copyOf(all);
            }
        };
    }

    /** Parses {@code java}, {@code python} or {@code both} (any case). */
    public static SynthLanguage parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
