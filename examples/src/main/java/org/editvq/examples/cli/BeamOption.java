package org.editvq.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --beam W} option of the commands that decode greedily ({@code decode}, {@code suggest},
 * {@code demo}, {@code latents --recall}): beam search keeping W hypotheses per latent instead of greedy
 * decoding (docs/edit-decoding.md, "Beam search").
 */
final class BeamOption {
    @Option(names = "--beam", paramLabel = "W", defaultValue = "1",
            description = "Beam search keeping W hypotheses per latent (default: ${DEFAULT-VALUE}, greedy decoding).")
    int beam;

    /** The requested width; below 1 is an error naming the option. */
    int width() {
        if (beam < 1) {
            throw new IllegalArgumentException("--beam must be >= 1, got " + beam);
        }
        return beam;
    }
}
