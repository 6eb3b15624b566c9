package org.editvq.judge;

import java.util.Objects;

/**
 * A verdict on one program output.
 *
 * @param accepted whether the output is correct
 * @param reason   why not (empty when accepted)
 */
public record CheckResult(boolean accepted, String reason) {
    public CheckResult {
        Objects.requireNonNull(reason, "reason");
    }

    /** The output is correct. */
    public static CheckResult accept() {
        return new CheckResult(true, "");
    }

    /** The output is wrong, for the given reason. */
    public static CheckResult reject(String reason) {
        return new CheckResult(false, reason);
    }
}
