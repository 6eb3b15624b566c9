package org.editvq.core.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the development data lives: the real Code Jam corpus is third-party code and never part
 * of the repository; it is read from {@code shared/data/googlejam4.tar} beside the checkout.
 */
public final class SharedData {
    /** System property overriding the location of googlejam4.tar. */
    public static final String GOOGLEJAM4_PROPERTY = "editvq.googlejam4";

    private SharedData() {
    }

    /**
     * googlejam4.tar: the system property {@value #GOOGLEJAM4_PROPERTY} if set, else the first
     * {@code shared/data/googlejam4.tar} found walking up from the working directory.
     */
    public static Optional<Path> googlejam4() {
        String property = System.getProperty(GOOGLEJAM4_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path path = Path.of(property);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("googlejam4.tar");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
