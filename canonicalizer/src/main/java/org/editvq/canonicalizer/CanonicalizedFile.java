package org.editvq.canonicalizer;

import java.nio.file.Path;
import java.util.Objects;
import org.editvq.core.canon.CanonicalizationResult;

/**
 * The canonicalization of one file; a file that could not be read is a failed result whose problem says so.
 *
 * @param file   the file as given
 * @param result its canonicalization
 */
public record CanonicalizedFile(Path file, CanonicalizationResult result) {
    public CanonicalizedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(result, "result");
    }
}
