package org.editvq.judge;

/**
 * A problem-specific judge of an output, for problems with more than one correct answer
 * (e.g. any valid evacuation plan). Implementations must be thread-safe and deterministic.
 */
@FunctionalInterface
public interface OutputChecker {
    /**
     * @param input  the test input the program read
     * @param output what the program printed
     * @return the verdict
     */
    CheckResult check(String input, String output);
}
