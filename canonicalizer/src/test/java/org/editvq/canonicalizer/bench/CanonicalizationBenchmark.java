package org.editvq.canonicalizer.bench;

import com.github.javaparser.JavaParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.editvq.canonicalizer.java.JavaCanonicalizer;
import org.editvq.canonicalizer.testing.GoogleJam4;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;

/**
 * Java canonicalization speed against the raw JavaParser parse rate on the same googlejam4 files, and the
 * distribution of canonical lengths. Two warm-up passes of each, then {@code rounds} interleaved timed passes,
 * keeping the fastest of each kind. Time is the measuring thread's CPU time (the machine is shared, so wall
 * time would mostly measure the neighbours): rates are files per CPU-second of one thread.
 */
public final class CanonicalizationBenchmark {

    /**
     * What one run measured.
     *
     * @param files                   number of Java files
     * @param parseFilesPerSecond     JavaParser alone (Java 17 level), files per CPU-second
     * @param genericFilesPerSecond   canonicalization in generic mode, files per CPU-second
     * @param indexedFilesPerSecond   canonicalization in indexed mode, files per CPU-second
     * @param medianTokens            median canonical length
     * @param p90Tokens               90th percentile canonical length
     * @param p99Tokens               99th percentile canonical length
     * @param maxTokens               longest canonical program
     */
    public record Report(int files, double parseFilesPerSecond, double genericFilesPerSecond,
                         double indexedFilesPerSecond, int medianTokens, int p90Tokens, int p99Tokens, int maxTokens) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d files, per CPU-second: JavaParser parse %.0f files, canonicalize generic %.0f files, "
                            + "indexed %.0f files; canonical length median %d, p90 %d, p99 %d, max %d tokens",
                    files, parseFilesPerSecond, genericFilesPerSecond, indexedFilesPerSecond, medianTokens, p90Tokens,
                    p99Tokens, maxTokens);
        }
    }

    private final JavaCanonicalizer canonicalizer = new JavaCanonicalizer();

    /** Measures on every Java member of the googlejam4 tar. */
    public Report run(Path googlejam4Tar, int rounds) throws IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1: " + rounds);
        }
        List<String> sources = GoogleJam4.read(googlejam4Tar).stream().map(GoogleJam4.Member::source).toList();
        List<Integer> lengths = new ArrayList<>();
        for (String source : sources) {
            CanonicalizationResult result = canonicalizer.canonicalize(source, CanonicalizationMode.GENERIC);
            if (result.ok()) {
                lengths.add(result.tokens().size());
            }
        }
        Runnable[] passes = {
            () -> parseAll(sources),
            () -> canonicalizeAll(sources, CanonicalizationMode.GENERIC),
            () -> canonicalizeAll(sources, CanonicalizationMode.INDEXED),
        };
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            for (Runnable pass : passes) {
                pass.run();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] fastest = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < passes.length; i++) {
                long start = threads.getCurrentThreadCpuTime();
                passes[i].run();
                fastest[i] = Math.min(fastest[i], threads.getCurrentThreadCpuTime() - start);
            }
        }
        Collections.sort(lengths);
        return new Report(sources.size(), rate(sources.size(), fastest[0]), rate(sources.size(), fastest[1]),
                rate(sources.size(), fastest[2]), percentile(lengths, 50), percentile(lengths, 90),
                percentile(lengths, 99), lengths.isEmpty() ? 0 : lengths.get(lengths.size() - 1));
    }

    private static double rate(int files, long nanos) {
        return files / (nanos / 1e9);
    }

    private static int sink;

    private static void parseAll(List<String> sources) {
        for (String source : sources) {
            sink += new JavaParser(JavaCanonicalizer.parserConfiguration()).parse(source).getProblems().size();
        }
    }

    private void canonicalizeAll(List<String> sources, CanonicalizationMode mode) {
        for (String source : sources) {
            sink += canonicalizer.canonicalize(source, mode).tokens().size();
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static int percentile(List<Integer> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
