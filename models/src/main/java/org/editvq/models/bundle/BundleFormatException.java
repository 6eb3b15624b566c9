package org.editvq.models.bundle;

import java.io.IOException;

/**
 * A bundle (or one of its files) that cannot be read: wrong format version, bad magic,
 * checksum mismatch, or parameters that do not match the model its configuration builds. The
 * message names the bundle or file and the mismatch.
 */
public final class BundleFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** An error with a message naming the file and the problem. */
    public BundleFormatException(String message) {
        super(message);
    }

    /** An error with a cause. */
    public BundleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
