package org.editvq.synth;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: compiles a generated source with the system compiler and runs its main in-process. */
final class InProcessJava {
    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

    private InProcessJava() {
    }

    /** Compiles into a fresh folder under {@code root}; returns the folder, or throws with javac's messages. */
    static Path compile(SynthSource source, Path root) throws Exception {
        Path dir = Files.createTempDirectory(root, "prog");
        Path file = dir.resolve(source.className() + ".java");
        Files.writeString(file, source.text());
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = COMPILER.run(null, null, errors, "-nowarn", "-proc:none", "-d", dir.toString(), file.toString());
        if (rc != 0) {
            throw new AssertionError("javac failed:\n" + errors.toString(StandardCharsets.UTF_8) + "\n" + source.text());
        }
        return dir;
    }

    /** Runs {@code main} of the compiled class with the given stdin; returns stdout. */
    static synchronized String run(Path dir, String className, String stdin) throws Exception {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, InProcessJava.class.getClassLoader())) {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new AssertionError("program threw", e.getCause());
        } finally {
            System.out.flush();
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
