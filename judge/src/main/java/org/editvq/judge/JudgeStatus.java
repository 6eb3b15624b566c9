package org.editvq.judge;

/** The outcome of judging one submission; every outcome, good or bad, is one of these. */
public enum JudgeStatus {
    /** Output matched the expected output or satisfied the checker (or the majority, see {@link JudgeConfig}). */
    ACCEPTED,
    /** Ran normally, but the output was rejected. */
    WRONG_ANSWER,
    /** The source did not parse, compile, or has no {@code main}. */
    COMPILE_ERROR,
    /** An exception escaped, the program exited with a non-zero status, or wrote where it may not. */
    RUNTIME_ERROR,
    /** CPU or wall time limit reached. */
    TIMEOUT,
    /** Heap (Java) or address-space (Python) limit reached. */
    MEMORY_LIMIT,
    /** Wrote more than the output budget to stdout or stderr. */
    OUTPUT_LIMIT,
    /** The problem has no test input, so the program was compiled but not run. */
    NO_INPUT,
    /** Ran normally, but there was nothing to compare the output with (no expected output, no checker, no majority). */
    UNVERIFIED,
    /** The judge itself failed on this submission (a bug or an environment problem, not the program's fault). */
    JUDGE_ERROR;

    /** Whether the program ran to completion on every run (so its runtime means something). */
    public boolean ranToCompletion() {
        return this == ACCEPTED || this == WRONG_ANSWER || this == UNVERIFIED;
    }
}
