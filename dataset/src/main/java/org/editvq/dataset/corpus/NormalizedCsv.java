package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.TextDecoding;
import org.apache.commons.csv.CSVPrinter;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.editvq.core.data.Submission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * editvq's normalized corpus CSV: UTF-8, RFC 4180, header
 * {@code problem_id,submission_id,language,runtime_ms,source} followed by any extra columns
 * (kept in {@link Submission#extras()}, sorted by name when written).
 *
 * <p>Writing quotes every present value and leaves absent values as unquoted empty cells; reading
 * tells the two apart, so any corpus round-trips exactly: multi-line sources, quotes, CR LF,
 * extras (an absent extra stays absent, an empty extra stays {@code ""}), and runtimes (NaN is an
 * empty cell; numbers are written so they parse back to the same double). {@code language} is
 * written as {@code java} / {@code python} and read by {@link Language#fromName(String)}.
 *
 * <p>Reading skips, with reasons: rows with a wrong field count, blank ids, unsupported languages,
 * bad runtimes, empty or binary sources and repeated submission ids (the first is kept).
 */
public final class NormalizedCsv {
    /** The required columns, in the order they are written. */
    public static final List<String> COLUMNS = List.of("problem_id", "submission_id", "language", "runtime_ms", "source");
    private static final Logger LOG = LoggerFactory.getLogger(NormalizedCsv.class);

    private NormalizedCsv() {
    }

    /** Reads a normalized CSV file. */
    public static Corpus read(Path csv) throws IOException {
        CorpusBuilder builder = new CorpusBuilder(csv.toString());
        try (CsvRows rows = CsvRows.open(csv)) {
            rows.requireColumns(COLUMNS, "normalized corpus CSV");
            List<String> extraColumns = rows.header().stream().filter(c -> !COLUMNS.contains(c)).toList();
            Set<String> seen = new TreeSet<>();
            for (String c : rows.header()) {
                if (!seen.add(c)) {
                    throw new CorpusFormatException(csv, "column '" + c + "' appears twice in the header");
                }
            }
            for (CsvRows.Row row; (row = rows.next(builder.skipped())) != null; ) {
                String location = rows.location(row.line());
                if (!rows.consistent(row)) {
                    builder.skip(location, SkipReasons.WRONG_FIELD_COUNT);
                    continue;
                }
                String problemId = rows.string(row, "problem_id");
                String submissionId = rows.string(row, "submission_id");
                if (problemId.isBlank() || submissionId.isBlank()) {
                    builder.skip(location, SkipReasons.BLANK_REQUIRED);
                    continue;
                }
                String languageName = rows.string(row, "language");
                Optional<Language> language = Language.fromName(languageName);
                if (language.isEmpty()) {
                    builder.skip(location, SkipReasons.unsupportedLanguage(languageName));
                    continue;
                }
                String runtimeText = rows.string(row, "runtime_ms");
                Double runtime = Numbers.parseRuntime(runtimeText);
                if (runtime == null) {
                    builder.skip(location + " (" + runtimeText + ")", SkipReasons.BAD_RUNTIME);
                    continue;
                }
                TextDecoding.Decoded source = rows.text(row, "source");
                String fallback = source != null && source.isFallback() ? source.charset() : null;
                Map<String, String> extras = new TreeMap<>();
                for (String column : extraColumns) {
                    TextDecoding.Decoded value = rows.text(row, column);
                    if (value != null) {
                        extras.put(column, value.text());
                        if (fallback == null && value.isFallback()) {
                            fallback = value.charset();
                        }
                    }
                }
                if (fallback != null && !extras.containsKey(TextDecoding.ENCODING_EXTRA)) {
                    extras.put(TextDecoding.ENCODING_EXTRA, fallback);
                }
                String sourceText = source == null ? "" : source.text();
                builder.add(location, problemId, submissionId, language.get(), runtime,
                        new TextDecoding.Decoded(sourceText, "UTF-8"), extras);
            }
        }
        Corpus corpus = builder.build();
        LOG.info(corpus.report().summary());
        return corpus;
    }

    /** Writes a corpus to a normalized CSV file (UTF-8), creating parent folders. */
    public static void write(Corpus corpus, Path csv) throws IOException {
        if (csv.toAbsolutePath().getParent() != null) {
            Files.createDirectories(csv.toAbsolutePath().getParent());
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(csv), StandardCharsets.UTF_8),
                1 << 16)) {
            write(corpus.submissions(), out);
        }
    }

    /**
     * Writes submissions as a normalized CSV. The extra columns are the union of all extras keys,
     * sorted.
     *
     * @throws IllegalArgumentException when an extra is named like a required column
     */
    public static void write(Collection<Submission> submissions, Writer out) throws IOException {
        TreeSet<String> extraColumns = new TreeSet<>();
        for (Submission s : submissions) {
            extraColumns.addAll(s.extras().keySet());
        }
        for (String column : extraColumns) {
            if (COLUMNS.contains(column)) {
                throw new IllegalArgumentException("extra column '" + column + "' clashes with a required column of "
                        + COLUMNS);
            }
        }
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(extraColumns);
        CSVPrinter printer = new CSVPrinter(out, CsvRows.FORMAT);
        printer.printRecord(header);
        List<String> values = new ArrayList<>(header.size());
        for (Submission s : submissions) {
            values.clear();
            values.add(s.problemId());
            values.add(s.submissionId());
            values.add(s.language().name().toLowerCase(Locale.ROOT));
            values.add(Numbers.formatRuntime(s.runtimeMs()));
            values.add(s.source());
            for (String column : extraColumns) {
                values.add(s.extras().get(column));
            }
            printer.printRecord(values);
        }
        printer.flush();
    }
}
