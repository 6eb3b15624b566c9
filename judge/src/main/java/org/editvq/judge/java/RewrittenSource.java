package org.editvq.judge.java;

import java.util.List;
import java.util.Objects;

/**
 * A source after {@link JavaSourceRewriter}.
 *
 * @param source    the text to compile
 * @param mainClass binary name of the class whose {@code main} runs, or null when none was found
 * @param fileName  the file name javac needs ({@code Public.java}), without folder
 * @param rewrites  labels of the rewrites applied, in order (empty when the source is unchanged)
 * @param problem   why the source could not be analysed (parse error, no main), or empty
 */
public record RewrittenSource(String source, String mainClass, String fileName, List<String> rewrites,
                              String problem) {
    public RewrittenSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        rewrites = List.copyOf(rewrites);
        Objects.requireNonNull(problem, "problem");
    }
}
