package org.editvq.dataset.corpus;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /** System property overriding the judged Code Jam corpus (a judged.csv or its folder). */
    public static final String JUDGED_PROPERTY = "editvq.judged";
    /** Environment variable overriding the judged Code Jam corpus, when the property is not set. */
    public static final String JUDGED_ENV = "EDITVQ_JUDGED";

    /**
     * Folder of the runtime-annotated Code Jam corpus written by
     * {@code editvq judge --corpus ../shared/data/googlejam4.tar --out <this>}: the property
     * {@value #JUDGED_PROPERTY}, else {@code $}{@value #JUDGED_ENV}, else
     * {@code ~/.cache/editvq/googlejam4-judged}. It lives outside the repository because it is
     * derived from third-party code.
     */
    public static Path judgedGoogleJam4Dir() {
        String property = System.getProperty(JUDGED_PROPERTY);
        if (property == null || property.isBlank()) {
            property = System.getenv(JUDGED_ENV);
        }
        if (property != null && !property.isBlank()) {
            Path path = Path.of(property);
            return path.getFileName() != null && path.getFileName().toString().endsWith(".csv")
                    ? path.toAbsolutePath().getParent() : path;
        }
        return Path.of(System.getProperty("user.home"), ".cache", "editvq", "googlejam4-judged");
    }

    /**
     * The default corpus of {@code editvq pairs} and {@code editvq reproduce}: the judged Code Jam
     * corpus's {@code judged.csv}, or an error saying how to create it.
     */
    public static Path judgedGoogleJam4() throws NoSuchFileException {
        Path csv = judgedGoogleJam4Dir().resolve("judged.csv");
        if (!Files.isRegularFile(csv)) {
            throw new NoSuchFileException(csv.toString(), null, "no judged Code Jam corpus there; create it with "
                    + "`editvq judge --corpus ../shared/data/googlejam4.tar --out " + judgedGoogleJam4Dir()
                    + "` (49 min measured on 2 cores, resumable; docs/judge.md) or pass --corpus");
        }
        return csv;
    }

    /** {@code spec} when given, else {@link #judgedGoogleJam4()}: the corpus of commands whose {@code --corpus} is optional. */
    public static String corpusOrJudged(String spec) throws NoSuchFileException {
        return spec != null ? spec : judgedGoogleJam4().toString();
    }
}
