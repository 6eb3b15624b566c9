package org.editvq.training;

/**
 * Derivation of independent generator seeds from the run's one seed, so that nothing depends on
 * global random state and a resumed run draws exactly what an uninterrupted one would.
 */
public final class Seeds {
    /** Stream of per-step generators (dropout, VQ restarts, Gaussian samples). */
    public static final long STEP_STREAM = 0x5354455000000000L;
    /** Stream of per-epoch generators (batch composition and order). */
    public static final long EPOCH_STREAM = 0x45504f4300000000L;

    /** Stream of the codebook's k-means initialisation (index 0). */
    public static final long CODEBOOK_STREAM = 0x434f444500000000L;
    /** Stream of the other codes drawn by the validation's z check (index = step). */
    public static final long LATENT_CHECK_STREAM = 0x5a43484b00000000L;

    private Seeds() {
    }

    /** A well-mixed 64-bit seed for element {@code index} of stream {@code stream} of run {@code seed}. */
    public static long mix(long seed, long stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream;
        z = splitMix(z) ^ (index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
        return splitMix(z);
    }

    /** Seed of the generator of training step {@code step} (1-based). */
    public static long step(long seed, long step) {
        return mix(seed, STEP_STREAM, step);
    }

    /** Seed of the batch plan of epoch {@code epoch} (0-based). */
    public static long epoch(long seed, long epoch) {
        return mix(seed, EPOCH_STREAM, epoch);
    }

    private static long splitMix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
