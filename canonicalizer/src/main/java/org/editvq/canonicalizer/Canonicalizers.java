package org.editvq.canonicalizer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.editvq.canonicalizer.java.JavaCanonicalizer;
import org.editvq.canonicalizer.python.PythonCanonicalizer;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationProblem;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;

/** Entry point of the module: the canonicalizer of a language. */
public final class Canonicalizers {

    private Canonicalizers() {
    }

    /** A (thread-safe, reusable) canonicalizer for {@code language}. */
    public static Canonicalizer forLanguage(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case JAVA -> new JavaCanonicalizer();
            case PYTHON -> new PythonCanonicalizer();
        };
    }

    /**
     * Reads (UTF-8) and canonicalizes each file, in the order given. A file that cannot be read or decoded
     * gives a failed result; it never stops the others.
     */
    public static List<CanonicalizedFile> canonicalizeFiles(Language language, CanonicalizationMode mode, List<Path> files) {
        Canonicalizer canonicalizer = forLanguage(language);
        Objects.requireNonNull(mode, "mode");
        List<CanonicalizedFile> results = new ArrayList<>(files.size());
        for (Path file : files) {
            CanonicalizationResult result;
            try {
                result = canonicalizer.canonicalize(Files.readString(file, StandardCharsets.UTF_8), mode);
            } catch (CharacterCodingException e) {
                result = CanonicalizationResult.failure(List.of(CanonicalizationProblem.unlocated("not UTF-8 text")));
            } catch (IOException e) {
                result = CanonicalizationResult.failure(List.of(CanonicalizationProblem.unlocated("cannot read: " + e)));
            }
            results.add(new CanonicalizedFile(file, result));
        }
        return List.copyOf(results);
    }
}
