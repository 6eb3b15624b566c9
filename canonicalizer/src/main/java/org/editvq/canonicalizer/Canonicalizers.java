package org.editvq.canonicalizer;

import java.io.IOException;
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
import org.editvq.core.data.TextDecoding;
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
     * Reads and canonicalizes each file, in the order given. Files are read by the same text policy as corpus
     * readers ({@link TextDecoding#source(byte[])}: UTF-8, else windows-1252 or ISO-8859-1; NUL characters
     * removed; empty or binary text refused with the corpus readers' reason), so a file canonicalizes here
     * exactly when its corpus entry loads. What the policy did is in {@link CanonicalizedFile#notes()}. A file
     * that cannot be read gives a failed result; it never stops the others.
     */
    public static List<CanonicalizedFile> canonicalizeFiles(Language language, CanonicalizationMode mode, List<Path> files) {
        Canonicalizer canonicalizer = forLanguage(language);
        Objects.requireNonNull(mode, "mode");
        List<CanonicalizedFile> results = new ArrayList<>(files.size());
        for (Path file : files) {
            TextDecoding.SourceText text;
            try {
                text = TextDecoding.source(Files.readAllBytes(file));
            } catch (IOException e) {
                results.add(new CanonicalizedFile(file, CanonicalizationResult.failure(
                        List.of(CanonicalizationProblem.unlocated("cannot read: " + e)))));
                continue;
            }
            CanonicalizationResult result = text.rejection()
                    .map(reason -> CanonicalizationResult.failure(List.of(CanonicalizationProblem.unlocated(reason))))
                    .orElseGet(() -> canonicalizer.canonicalize(text.text(), mode));
            results.add(new CanonicalizedFile(file, result, text.notes()));
        }
        return List.copyOf(results);
    }
}
