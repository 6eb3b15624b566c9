package org.editvq.core.data;

import java.util.Locale;
import java.util.Optional;

/** Source languages editvq can canonicalize and judge. */
public enum Language {
    JAVA("java"),
    PYTHON("py");

    private final String extension;

    Language(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot ({@code java}, {@code py}). */
    public String extension() {
        return extension;
    }

    /** The language of a file name by its extension, if it is one editvq supports. */
    public static Optional<Language> fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".java")) {
            return Optional.of(JAVA);
        }
        if (lower.endsWith(".py") || lower.endsWith(".py3")) {
            return Optional.of(PYTHON);
        }
        return Optional.empty();
    }

    /**
     * The language named by a column value or option such as {@code Java}, {@code java8},
     * {@code Python3}, {@code py}; empty when it names none editvq supports.
     */
    public static Optional<Language> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("java") || lower.matches("java\\s*\\d*.*")) {
            return Optional.of(JAVA);
        }
        if (lower.equals("py") || lower.startsWith("python") || lower.equals("py3") || lower.equals("pypy3")
                || lower.startsWith("pypy")) {
            return Optional.of(PYTHON);
        }
        return Optional.empty();
    }
}
