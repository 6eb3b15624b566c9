package org.editvq.dataset.corpus;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to load, as written on a command line: {@code [format:]PATH[?runtimes=RUNTIMES.csv]}.
 * <ul>
 *   <li>{@code format} is one of {@link CorpusFormat#specNames()}; without it the format is
 *       detected from the path ({@link Corpora#detect(Path)}).</li>
 *   <li>{@code ?runtimes=FILE} joins a {@link RuntimeTable} CSV onto the corpus (any format).</li>
 * </ul>
 * Examples: {@code ../shared/data/googlejam4.tar}, {@code gcj:gcj2017.csv?runtimes=times.csv},
 * {@code codenet:Project_CodeNet}, {@code normalized:corpus.csv}.
 *
 * @param format   the explicit format, empty to detect it
 * @param path     the corpus file or folder
 * @param runtimes a runtime CSV to join, if any
 */
public record CorpusSpec(Optional<CorpusFormat> format, Path path, Optional<Path> runtimes) {
    /** Marker of the runtimes part of a spec. */
    public static final String RUNTIMES_MARKER = "?runtimes=";

    public CorpusSpec {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(runtimes, "runtimes");
    }

    /**
     * Parses a spec. A prefix before the first {@code :} is a format only when it is a format
     * name, so plain paths containing {@code :} still work.
     *
     * @throws IllegalArgumentException for a blank spec or a blank path
     */
    public static CorpusSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty corpus spec; expected [format:]PATH[?runtimes=FILE] with format one of "
                    + CorpusFormat.specNames());
        }
        String rest = spec.trim();
        Optional<CorpusFormat> format = Optional.empty();
        int colon = rest.indexOf(':');
        if (colon > 0) {
            Optional<CorpusFormat> named = CorpusFormat.fromSpecName(rest.substring(0, colon));
            if (named.isPresent()) {
                format = named;
                rest = rest.substring(colon + 1);
            }
        }
        Optional<Path> runtimes = Optional.empty();
        int marker = rest.lastIndexOf(RUNTIMES_MARKER);
        if (marker >= 0) {
            String runtimesPath = rest.substring(marker + RUNTIMES_MARKER.length());
            if (runtimesPath.isBlank()) {
                throw new IllegalArgumentException("corpus spec '" + spec + "': empty runtimes path after " + RUNTIMES_MARKER);
            }
            runtimes = Optional.of(Path.of(runtimesPath));
            rest = rest.substring(0, marker);
        }
        if (rest.isBlank()) {
            throw new IllegalArgumentException("corpus spec '" + spec + "' has no path");
        }
        return new CorpusSpec(format, Path.of(rest), runtimes);
    }
}
