package org.editvq.synth;

import java.util.Objects;

/**
 * One generated program.
 *
 * @param className Java: the public class holding {@code main} (the file should be {@code className + ".java"});
 *                  Python: the module name (the file {@code className + ".py"})
 * @param text      the complete source file
 */
public record SynthSource(String className, String text) {
    public SynthSource {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(text, "text");
    }
}
