package org.editvq.examples.cli;

import org.editvq.models.Workers;
import picocli.CommandLine.Option;

/**
 * The {@code --threads N} option of every command that trains or decodes: how many worker
 * threads share a training step's shards or a decode's latents. Speed only: the results are the
 * same for any count (docs/architecture.md, "Threads").
 */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the cores available); the results do not depend on it.")
    Integer threads;

    /** The requested count, or the cores available; a count below 1 is an error naming the option. */
    int count() {
        int n = threads == null ? Workers.availableCores() : threads;
        if (n < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + n);
        }
        return n;
    }
}
