package org.editvq.dataset.corpus;

import org.editvq.core.data.Corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one entry point for loading a corpus: {@code Corpora.open("../shared/data/googlejam4.tar")}.
 *
 * <p>Format detection ({@link #detect(Path)}):
 * <ul>
 *   <li>a folder holding {@code metadata/} and {@code data/} is {@link CorpusFormat#CODENET};</li>
 *   <li>another folder with at least one sub-folder, or a {@code .tar}, {@code .tar.gz},
 *       {@code .tgz} file, is a {@link CorpusFormat#TREE};</li>
 *   <li>a {@code .csv} file whose header has the gcj-dataset columns is {@link CorpusFormat#GCJ},
 *       one with the normalized columns is {@link CorpusFormat#NORMALIZED};</li>
 *   <li>anything else is an {@link IllegalArgumentException} naming the path.</li>
 * </ul>
 * An explicit {@code format:} prefix in the spec skips detection (see {@link CorpusSpec}).
 */
public final class Corpora {
    private Corpora() {
    }

    /**
     * Opens a corpus spec {@code [format:]PATH[?runtimes=FILE]}.
     *
     * @throws IllegalArgumentException when the spec is malformed or the format cannot be detected
     * @throws IOException              when the corpus (or runtime file) cannot be read as a whole
     */
    public static Corpus open(String spec) throws IOException {
        return open(CorpusSpec.parse(spec));
    }

    /** Opens a parsed spec. */
    public static Corpus open(CorpusSpec spec) throws IOException {
        CorpusFormat format = spec.format().isPresent() ? spec.format().get() : detect(spec.path());
        Corpus corpus = switch (format) {
            case TREE -> SourceTreeReader.read(spec.path());
            case CODENET -> CodeNetReader.read(spec.path());
            case GCJ -> GcjCsvReader.read(spec.path());
            case NORMALIZED -> NormalizedCsv.read(spec.path());
        };
        if (spec.runtimes().isPresent()) {
            corpus = RuntimeTable.read(spec.runtimes().get()).applyTo(corpus);
        }
        return corpus;
    }

    /** Opens a corpus path of a detected format. */
    public static Corpus open(Path path) throws IOException {
        return open(new CorpusSpec(Optional.empty(), path, Optional.empty()));
    }

    /** Opens a corpus path of a detected format and joins a runtime CSV ({@link RuntimeTable}). */
    public static Corpus open(Path path, Path runtimesCsv) throws IOException {
        return open(new CorpusSpec(Optional.empty(), path, Optional.of(runtimesCsv)));
    }

    /**
     * Opens a spec, optionally exports the corpus to a normalized CSV, and summarizes the load
     * (what {@code editvq corpus} prints).
     *
     * @param spec      a corpus spec
     * @param exportCsv where to write the normalized CSV, or null for no export
     */
    public static CorpusSummary inspect(String spec, Path exportCsv) throws IOException {
        long start = System.nanoTime();
        Corpus corpus = open(spec);
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        if (exportCsv != null) {
            NormalizedCsv.write(corpus, exportCsv);
        }
        return CorpusSummary.of(corpus, loadMillis);
    }

    /**
     * Detects the format of a corpus path (rules in the class comment).
     *
     * @throws NoSuchFileException      when the path does not exist
     * @throws IllegalArgumentException when the path is of no known format
     */
    public static CorpusFormat detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            if (CodeNetReader.looksLikeCodeNet(path)) {
                return CorpusFormat.CODENET;
            }
            try (Stream<Path> list = Files.list(path)) {
                if (list.anyMatch(Files::isDirectory)) {
                    return CorpusFormat.TREE;
                }
            }
            throw new IllegalArgumentException("cannot tell the corpus format of folder " + path
                    + ": it has neither metadata/ and data/ (CodeNet) nor problem sub-folders (source tree)");
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such corpus file or folder");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tar") || name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return CorpusFormat.TREE;
        }
        if (name.endsWith(".csv")) {
            Set<String> header;
            try (CsvRows rows = CsvRows.open(path)) {
                header = new HashSet<>(rows.header());
            }
            if (header.containsAll(GcjCsvReader.REQUIRED_COLUMNS)) {
                return CorpusFormat.GCJ;
            }
            if (header.containsAll(NormalizedCsv.COLUMNS)) {
                return CorpusFormat.NORMALIZED;
            }
            throw new IllegalArgumentException("cannot tell the corpus format of " + path + ": its header " + header
                    + " has neither the gcj-dataset columns " + GcjCsvReader.REQUIRED_COLUMNS
                    + " nor the normalized columns " + NormalizedCsv.COLUMNS);
        }
        throw new IllegalArgumentException("cannot tell the corpus format of " + path
                + ": expected a folder, a .tar/.tar.gz/.tgz archive or a .csv file (or say the format: "
                + String.join(":, ", CorpusFormat.specNames()) + ":)");
    }
}
