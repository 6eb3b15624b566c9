package org.editvq.experiments.reproduce;

import org.editvq.core.config.CliNames;
import org.editvq.models.DecoderTarget;
import org.editvq.models.ModelKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Which decoders a reproduction trains each of the five models with.
 * <ul>
 *   <li>{@link #PROGRAM}: the paper's decoder, which writes the whole faster program (the default, so that
 *       Table 1 is the paper's experiment); models are named {@code edit-vqvae}, {@code vqvae}, ...;</li>
 *   <li>{@link #EDITS}: the edit decoder of docs/edit-decoding.md, which writes an edit script applied to the
 *       input; models are named {@code edit-vqvae-edits}, ...;</li>
 *   <li>{@link #BOTH}: ten models, each kind with each decoder, as ten rows of one Table 1 scored on the same test
 *       inputs and references.</li>
 * </ul>
 */
public enum ReproduceDecoders {
    /** The whole-program decoder of the paper. */
    PROGRAM,
    /** The edit-script decoder. */
    EDITS,
    /** Both, as separate models and rows. */
    BOTH;

    /** Suffix of the model names of the edit decoder. */
    public static final String EDITS_SUFFIX = "-edits";

    /** The decoder targets trained, the paper's first. */
    public List<DecoderTarget> targets() {
        return switch (this) {
            case PROGRAM -> List.of(DecoderTarget.PROGRAM);
            case EDITS -> List.of(DecoderTarget.EDITS);
            case BOTH -> List.of(DecoderTarget.PROGRAM, DecoderTarget.EDITS);
        };
    }

    /**
     * The models of the reproduction: every kind of {@link ReproduceConfig#MODELS} under each target, in
     * training order (the five paper models first).
     */
    public List<ModelRun> runs() {
        List<ModelRun> runs = new ArrayList<>();
        for (DecoderTarget target : targets()) {
            for (ModelKind kind : ReproduceConfig.MODELS) {
                runs.add(new ModelRun(kind, target));
            }
        }
        return List.copyOf(runs);
    }

    /** The command-line name ({@code program}, {@code edits}, {@code both}). */
    public String cliName() {
        return CliNames.of(this);
    }

    /** Parses a command-line name. */
    public static ReproduceDecoders parse(String name) {
        return CliNames.parse(ReproduceDecoders.class, name, "decoder");
    }

    /**
     * One model of a reproduction: a kind and the decoder it is trained with.
     *
     * @param kind    the model kind
     * @param decoder what its decoder emits
     */
    public record ModelRun(ModelKind kind, DecoderTarget decoder) {
        /**
         * The name of its folder under {@code models/}, its samples and scores files and its Table 1 row: the kind's
         * name, with {@value ReproduceDecoders#EDITS_SUFFIX} for the edit decoder.
         */
        public String name() {
            return kind.cliName() + suffix();
        }

        /**
         * What tells this decoder's files apart: {@value ReproduceDecoders#EDITS_SUFFIX} for the edit decoder, nothing
         * for the paper's ({@code table2<suffix>.md}, {@code figures<suffix>/}, the model name).
         */
        public String suffix() {
            return decoder == DecoderTarget.EDITS ? EDITS_SUFFIX : "";
        }
    }
}
