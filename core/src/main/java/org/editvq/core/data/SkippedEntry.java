package org.editvq.core.data;

import java.util.Objects;

/**
 * An entry a reader or pipeline stage did not take, and why.
 *
 * @param location where the entry is: a file path, {@code file:line}, a tar member name, a row key
 * @param reason   a short human-readable reason, e.g. {@code "missing column 'source'"}
 */
public record SkippedEntry(String location, String reason) {
    public SkippedEntry {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
