package org.editvq.synth;

import java.util.Locale;

/** The variant taken for one edit category: the slow or the fast implementation. */
public enum Choice {
    SLOW,
    FAST;

    /** {@code slow} or {@code fast}, as written in extras and ground-truth files. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code slow} / {@code fast} (any case). */
    public static Choice parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
