package org.editvq.canonicalizer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Golden token files under {@code src/test/resources/golden/<language>/}: an input {@code X.ext}, and
 * beside it {@code X.ext.generic.tokens} and {@code X.ext.indexed.tokens}, whitespace-separated tokens
 * with line breaks only for reading. Run with {@code -Deditvq.regenerateGoldens=true} to rewrite the
 * expected files from the current output (then review the diff before committing).
 */
public final class Goldens {

    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Goldens() {
    }

    /** Whether this run rewrites the golden files instead of comparing with them. */
    public static boolean regenerating() {
        return Boolean.getBoolean("editvq.regenerateGoldens");
    }

    /** The input files of one language folder, sorted by name. */
    public static List<Path> inputs(String folder, String extension) {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file as UTF-8. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares {@code actual} with the golden file {@code input + suffix}, or rewrites it when regenerating;
     * {@code breakAfter} are the tokens after which the file breaks a line.
     */
    public static void check(Path input, String suffix, List<String> actual, Set<String> breakAfter) {
        Path golden = input.resolveSibling(input.getFileName() + suffix);
        if (regenerating()) {
            StringBuilder sb = new StringBuilder();
            for (String token : actual) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
                sb.append(token);
                if (breakAfter.contains(token)) {
                    sb.append('\n');
                }
            }
            try {
                Files.writeString(golden, sb.append('\n').toString().replace("\n\n", "\n"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        List<String> expected = Arrays.stream(read(golden).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        assertEquals(String.join(" ", expected), String.join(" ", actual), "golden " + golden);
    }
}
