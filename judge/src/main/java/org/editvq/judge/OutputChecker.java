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

    /**
     * A stable identity for the journal fingerprint (a changed checker should change it). The
     * default, the class name, is stable for named classes but not for lambdas: give those one
     * with {@link #named(String, OutputChecker)}.
     */
    default String id() {
        return getClass().getName();
    }

    /** A checker with an explicit, stable identity. */
    static OutputChecker named(String id, OutputChecker checker) {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(checker, "checker");
        return new OutputChecker() {
            @Override
            public CheckResult check(String input, String output) {
                return checker.check(input, output);
            }

            @Override
            public String id() {
                return id;
            }
        };
    }
}
