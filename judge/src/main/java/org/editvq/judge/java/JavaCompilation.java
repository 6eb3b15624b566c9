package org.editvq.judge.java;

import org.editvq.core.manifest.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Rewrites and compiles Java sources in-process with {@code javax.tools}, caching the class
 * files on disk under {@code cacheRoot/<sha256 of rewriter version, Java version and source>}.
 * Compile errors are cached too (they are as deterministic as the class files). Thread-safe:
 * each compilation has its own file manager, and a finished entry appears by an atomic rename.
 */
public final class JavaCompilation {
    private static final Logger LOG = LoggerFactory.getLogger(JavaCompilation.class);
    private static final String NEVER_THROWN = "is never thrown in body of corresponding try statement";
    private final Path cacheRoot;
    private final JavaCompiler compiler;

    /** A compiler caching under the given folder (created when missing). */
    public JavaCompilation(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: the judge needs a JDK, not a JRE");
        }
        try {
            Files.createDirectories(cacheRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create compile cache " + cacheRoot, e);
        }
    }

    /** Rewrites and compiles one source (or finds it in the cache); never throws for a bad program. */
    public CompiledProgram compile(String originalSource) {
        String key = Hashing.sha256Hex(JavaSourceRewriter.VERSION + "\n" + Runtime.version() + "\n" + originalSource);
        Path entry = cacheRoot.resolve(key);
        Path meta = entry.resolve("meta.properties");
        if (Files.isRegularFile(meta)) {
            try {
                return read(entry, true);
            } catch (IOException e) {
                LOG.warn("unreadable compile cache entry {}, compiling again: {}", entry, e.toString());
            }
        }
        Path tmp = cacheRoot.resolve(key + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(tmp.resolve("classes"));
            Properties props = compileInto(originalSource, tmp);
            try (OutputStream out = Files.newOutputStream(tmp.resolve("meta.properties"))) {
                props.store(out, null);
            }
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException
                     | java.nio.file.DirectoryNotEmptyException e) {
                deleteTree(tmp); // another thread finished the same source first
            }
            return read(entry, false);
        } catch (IOException e) {
            deleteTree(tmp);
            throw new UncheckedIOException("compile cache I/O failed under " + cacheRoot, e);
        }
    }

    private Properties compileInto(String originalSource, Path dir) throws IOException {
        RewrittenSource rewritten = JavaSourceRewriter.rewrite(originalSource);
        Properties props = new Properties();
        List<String> rewrites = new ArrayList<>(rewritten.rewrites());
        String source = rewritten.source();
        String error = "";
        boolean compiled = false;
        if (rewritten.mainClass() == null) {
            error = rewritten.problem();
        } else {
            for (int attempt = 0; attempt < 3; attempt++) {
                Compiled result = javac(source, rewritten.fileName(), dir);
                if (result.errors.isEmpty()) {
                    compiled = true;
                    error = "";
                    break;
                }
                error = result.summary();
                Set<Long> neverThrownLines = new TreeSet<>();
                for (Diagnostic<? extends JavaFileObject> d : result.errors) {
                    if (d.getMessage(Locale.ROOT).contains(NEVER_THROWN)) {
                        neverThrownLines.add(d.getLineNumber());
                    }
                }
                if (neverThrownLines.isEmpty() || rewrites.isEmpty()) {
                    break;
                }
                var fixed = JavaSourceRewriter.removeCatchClauses(source, neverThrownLines);
                if (fixed.isEmpty()) {
                    break;
                }
                source = fixed.get();
                if (!rewrites.contains("catch:never-thrown")) {
                    rewrites.add("catch:never-thrown");
                }
            }
            if (!rewritten.problem().isEmpty() && !compiled) {
                error = rewritten.problem() + "; javac: " + error;
            }
        }
        Files.writeString(dir.resolve("source.java"), source);
        props.setProperty("compiled", Boolean.toString(compiled));
        props.setProperty("mainClass", rewritten.mainClass() == null ? "" : rewritten.mainClass());
        props.setProperty("rewrites", String.join(";", rewrites));
        props.setProperty("error", error);
        return props;
    }

    private CompiledProgram read(Path entry, boolean fromCache) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(entry.resolve("meta.properties"))) {
            props.load(in);
        }
        boolean compiled = Boolean.parseBoolean(props.getProperty("compiled"));
        String rewrites = props.getProperty("rewrites", "");
        List<String> list = rewrites.isEmpty() ? List.of() : Arrays.asList(rewrites.split(";"));
        return new CompiledProgram(compiled, compiled ? entry.resolve("classes") : null,
                compiled ? props.getProperty("mainClass") : null, list, props.getProperty("error", ""), fromCache);
    }

    private Compiled javac(String source, String fileName, Path dir) throws IOException {
        Path srcDir = dir.resolve("src");
        Files.createDirectories(srcDir);
        Path file = srcDir.resolve(fileName);
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path classes = dir.resolve("classes");
        deleteTree(classes);
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-proc:none", "-nowarn", "-g:none",
                    "-encoding", "UTF-8", "--release", "17", "-implicit:none", "-Xlint:none");
            Boolean ok = compiler.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjects(file)).call();
            List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
            if (!Boolean.TRUE.equals(ok) && errors.isEmpty()) {
                return new Compiled(List.of(new SimpleError("javac failed without a diagnostic")));
            }
            return new Compiled(errors);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.debug("cannot walk {}: {}", root, e.toString());
        }
    }

    private record Compiled(List<? extends Diagnostic<? extends JavaFileObject>> errors) {
        String summary() {
            StringBuilder sb = new StringBuilder();
            int shown = 0;
            for (Diagnostic<? extends JavaFileObject> d : errors) {
                if (shown++ == 3) {
                    sb.append(" ... (").append(errors.size()).append(" errors)");
                    break;
                }
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append("line ").append(d.getLineNumber()).append(": ")
                        .append(d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
            }
            return sb.toString();
        }
    }

    /** A diagnostic for a failure javac did not describe. */
    private record SimpleError(String message) implements Diagnostic<JavaFileObject> {
        public Kind getKind() { return Kind.ERROR; }
        public JavaFileObject getSource() { return null; }
        public long getPosition() { return NOPOS; }
        public long getStartPosition() { return NOPOS; }
        public long getEndPosition() { return NOPOS; }
        public long getLineNumber() { return NOPOS; }
        public long getColumnNumber() { return NOPOS; }
        public String getCode() { return null; }
        public String getMessage(Locale locale) { return message; }
    }
}
