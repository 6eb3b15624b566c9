package org.editvq.canonicalizer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.editvq.canonicalizer.python.PythonCanonicalizer;
import org.editvq.canonicalizer.python.grammar.PythonLexer;
import org.editvq.canonicalizer.python.grammar.PythonParser;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;

/**
 * Python canonicalization speed against lexing + parsing alone with the same grammar, on the {@code .py} files
 * under a directory (for example the machine's Python standard library), and the distribution of canonical
 * lengths. Same method as {@link CanonicalizationBenchmark}: warm-up, interleaved rounds, thread CPU time.
 */
public final class PythonCanonicalizationBenchmark {

    /**
     * What one run measured.
     *
     * @param files                 number of files canonicalized without problems (the ones timed)
     * @param parseFilesPerSecond   ANTLR lexer + parser alone, files per CPU-second
     * @param indexedFilesPerSecond canonicalization in indexed mode, files per CPU-second
     * @param medianTokens          median canonical length
     * @param p90Tokens             90th percentile canonical length
     * @param p99Tokens             99th percentile canonical length
     */
    public record Report(int files, double parseFilesPerSecond, double indexedFilesPerSecond, int medianTokens,
                         int p90Tokens, int p99Tokens) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d Python files, per CPU-second: parse %.0f files, canonicalize %.0f files; "
                    + "canonical length median %d, p90 %d, p99 %d tokens", files, parseFilesPerSecond,
                    indexedFilesPerSecond, medianTokens, p90Tokens, p99Tokens);
        }
    }

    private static int sink;

    private final PythonCanonicalizer canonicalizer = new PythonCanonicalizer();

    /** Measures on every {@code .py} file under {@code root} that canonicalizes without problems. */
    public Report run(Path root, int rounds) throws IOException {
        List<String> sources = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                try {
                    String source = Files.readString(file);
                    CanonicalizationResult result = canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED);
                    if (result.ok()) {
                        sources.add(source);
                        lengths.add(result.tokens().size());
                    }
                } catch (MalformedInputException e) {
                    // not UTF-8: not a program we time
                }
            }
        }
        Runnable[] passes = {() -> parseAll(sources), () -> canonicalizeAll(sources)};
        for (Runnable pass : passes) {
            pass.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] fastest = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < passes.length; i++) {
                long start = threads.getCurrentThreadCpuTime();
                passes[i].run();
                fastest[i] = Math.min(fastest[i], threads.getCurrentThreadCpuTime() - start);
            }
        }
        Collections.sort(lengths);
        return new Report(sources.size(), sources.size() / (fastest[0] / 1e9), sources.size() / (fastest[1] / 1e9),
                CanonicalizationBenchmark.percentile(lengths, 50), CanonicalizationBenchmark.percentile(lengths, 90),
                CanonicalizationBenchmark.percentile(lengths, 99));
    }

    private static void parseAll(List<String> sources) {
        for (String source : sources) {
            PythonParser parser = new PythonParser(new CommonTokenStream(new PythonLexer(CharStreams.fromString(source))));
            parser.removeErrorListeners();
            sink += parser.file_input().getChildCount();
        }
    }

    private void canonicalizeAll(List<String> sources) {
        for (String source : sources) {
            sink += canonicalizer.canonicalize(source, CanonicalizationMode.INDEXED).tokens().size();
        }
    }
}
