package org.editvq.canonicalizer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.editvq.core.canon.CanonicalizationResult;

/**
 * The canonicalization of one file; a file that could not be read is a failed result whose problem says so.
 *
 * @param file   the file as given
 * @param result its canonicalization
 * @param notes  what reading did to the text (a fallback charset, NUL characters removed), as corpus readers
 *               record it in extras; empty when the file was plain UTF-8
 */
public record CanonicalizedFile(Path file, CanonicalizationResult result, List<String> notes) {
    public CanonicalizedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(result, "result");
        notes = List.copyOf(notes);
    }

    /** A file read without notes. */
    public CanonicalizedFile(Path file, CanonicalizationResult result) {
        this(file, result, List.of());
    }
}
