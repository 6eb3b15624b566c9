package org.editvq.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The named sizes of a run, shared by the model ({@link ModelConfig#preset}), training
 * ({@code TrainingConfig.preset}) and reproduction ({@code ReproduceConfig.preset}) settings.
 */
public enum Preset {
    /** Seconds: a tiny model for tests and trials. */
    SMOKE,
    /** The largest that trains all five models in about two hours on a 2-core CPU. */
    CPU,
    /** The paper's Appendix A.1 settings. */
    PAPER;

    /** The name on the command line and in files: {@code smoke}, {@code cpu}, {@code paper}. */
    @JsonValue
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a name in any case. */
    @JsonCreator
    public static Preset parse(String name) {
        for (Preset p : values()) {
            if (p.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + name + "'; expected smoke, cpu or paper");
    }
}
