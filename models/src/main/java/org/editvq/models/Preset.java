package org.editvq.models;

import org.editvq.core.config.CliNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;


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
        return CliNames.of(this);
    }

    /** Parses a name in any case. */
    @JsonCreator
    public static Preset parse(String name) {
        return CliNames.parse(Preset.class, name, "preset");
    }
}
