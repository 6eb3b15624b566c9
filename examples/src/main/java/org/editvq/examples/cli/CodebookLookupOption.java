package org.editvq.examples.cli;

import org.editvq.models.CodebookOptions;
import picocli.CommandLine.Option;

/**
 * The codebook lookup options of the commands that train a VQ model ({@code train}, {@code demo}):
 * {@code --codebook-lookup euclidean|cosine}, {@code --code-dim N}, {@code --vq-gradient
 * straight-through|rotation} (docs/training.md, "Codebook health"). Unset options keep the base
 * options' values.
 */
final class CodebookLookupOption {
    @Option(names = "--codebook-lookup", paramLabel = "LOOKUP",
            description = "Nearest code by euclidean distance (the paper) or by cosine (normalised z and codes) "
                    + "(default: the preset's, euclidean).")
    String lookup;

    @Option(names = "--code-dim", paramLabel = "C",
            description = "Width of the codes: 0 = the model width (the paper); otherwise z is projected down "
                    + "to C before the lookup and the code back up (default: the preset's, 0).")
    Integer codeDim;

    @Option(names = "--vq-gradient", paramLabel = "ESTIMATOR",
            description = "How the code's gradient reaches z: straight-through (the paper) or rotation (the "
                    + "rotation trick) (default: the preset's, straight-through).")
    String estimator;

    /** Whether any option was given. */
    boolean given() {
        return lookup != null || codeDim != null || estimator != null;
    }

    /** {@code base} with the options given. */
    CodebookOptions apply(CodebookOptions base) {
        CodebookOptions o = base;
        if (lookup != null) {
            o = o.withLookup(CodebookOptions.Lookup.parse(lookup));
        }
        if (codeDim != null) {
            o = o.withCodeDim(codeDim);
        }
        if (estimator != null) {
            o = o.withEstimator(CodebookOptions.Estimator.parse(estimator));
        }
        return o;
    }
}
