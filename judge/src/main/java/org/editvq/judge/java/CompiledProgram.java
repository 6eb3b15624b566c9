package org.editvq.judge.java;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of compiling one (rewritten) Java source.
 *
 * @param compiled   whether class files exist
 * @param classesDir folder of the class files (null when not compiled)
 * @param mainClass  binary name of the class with {@code main} (null when not compiled)
 * @param rewrites   rewrites applied before compiling
 * @param error      the first compiler errors or the analysis problem (empty when compiled)
 * @param fromCache  whether the class files were found in the cache
 */
public record CompiledProgram(boolean compiled, Path classesDir, String mainClass, List<String> rewrites,
                              String error, boolean fromCache) {
    public CompiledProgram {
        rewrites = List.copyOf(rewrites);
        Objects.requireNonNull(error, "error");
        if (compiled && (classesDir == null || mainClass == null)) {
            throw new IllegalArgumentException("a compiled program needs classesDir and mainClass");
        }
    }
}
