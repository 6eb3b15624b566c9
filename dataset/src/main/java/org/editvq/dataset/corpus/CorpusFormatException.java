package org.editvq.dataset.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A corpus file that cannot be read as a whole: not the announced format, or missing columns
 * every row needs. The message names the file.
 */
public class CorpusFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** An error about {@code file}; the message is prefixed with the file. */
    public CorpusFormatException(Path file, String message) {
        super(file + ": " + message);
    }

    /** An error about {@code file} caused by {@code cause}. */
    public CorpusFormatException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }
}
