package org.editvq.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a VQ model's codebook learns; written as {@code gradient} / {@code ema} in config.json. */
public enum CodebookUpdate {
    /** The gradient of the codebook loss (the paper, the presets). */
    GRADIENT,
    /** Exponential moving averages of the assigned encoder outputs. */
    EMA;

    /** The name on the command line and in files. */
    @JsonValue
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code gradient} or {@code ema} in any case. */
    @JsonCreator
    public static CodebookUpdate parse(String name) {
        for (CodebookUpdate u : values()) {
            if (u.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return u;
            }
        }
        throw new IllegalArgumentException("codebook must be gradient or ema: " + name);
    }
}
