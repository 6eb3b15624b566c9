package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.TextDecoding;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the widely shared Code Jam CSV files of the gcj-dataset ({@code gcj2008.csv} ...
 * {@code gcj2020.csv}), header {@code ,year,round,username,task,solution,file,full_path,flines}
 * (the first, unnamed column is a row index). {@code flines} holds the whole source as one quoted,
 * multi-line field; fields of any size are read.
 *
 * <ul>
 *   <li><b>Problem id:</b> {@code <year>/<round>/<task>}. In the published files {@code task} is
 *       the problem's Code Jam id and {@code solution} is {@code 0}/{@code 1} (small/large input
 *       set), so {@code solution} is kept as an extra, not used as the problem.</li>
 *   <li><b>Submission id:</b> {@code <problem id>/<solution>/<username>/<file>}; a row repeating an
 *       earlier id gets {@code #2}, {@code #3}, ... appended (the rows are distinct files, so
 *       none is dropped).</li>
 *   <li><b>Language:</b> from the extension of {@code file} (else of {@code full_path}).</li>
 *   <li><b>Extras:</b> {@code username}, {@code solution}, {@code file}, {@code full_path} and
 *       {@code row} (the index column) when present, {@code encoding} on a non-UTF-8 fallback.</li>
 *   <li><b>Runtimes:</b> the files have none: NaN, unless joined with {@link #read(Path, Path)}.</li>
 * </ul>
 * Required columns: {@code year, round, username, task, solution, flines} and one of
 * {@code file}, {@code full_path}; a file without them is a {@link CorpusFormatException}.
 */
public final class GcjCsvReader {
    /**
     * The columns this reader needs; besides them a file needs {@code file} or {@code full_path}
     * (some published years lack {@code file}; the file name is then the last part of
     * {@code full_path}).
     */
    public static final List<String> REQUIRED_COLUMNS =
            List.of("year", "round", "username", "task", "solution", "flines");
    private static final Logger LOG = LoggerFactory.getLogger(GcjCsvReader.class);

    private GcjCsvReader() {
    }

    /** Reads a gcj-dataset CSV; runtimes are NaN. */
    public static Corpus read(Path csv) throws IOException {
        CorpusBuilder builder = new CorpusBuilder(csv.toString());
        Map<String, Integer> idCounts = new HashMap<>();
        try (CsvRows rows = CsvRows.open(csv)) {
            rows.requireColumns(REQUIRED_COLUMNS, "gcj-dataset CSV");
            if (!rows.hasColumn("file") && !rows.hasColumn("full_path")) {
                throw new CorpusFormatException(csv, "not a gcj-dataset CSV file: needs a 'file' or a 'full_path' column"
                        + " (header: " + rows.header() + ")");
            }
            for (CsvRows.Row row; (row = rows.next(builder.skipped())) != null; ) {
                String location = rows.location(row.line());
                if (!rows.consistent(row)) {
                    builder.skip(location, SkipReasons.WRONG_FIELD_COUNT);
                    continue;
                }
                String year = rows.string(row, "year").trim();
                String round = rows.string(row, "round").trim();
                String task = rows.string(row, "task").trim();
                String solution = rows.string(row, "solution").trim();
                String username = rows.string(row, "username").trim();
                String file = rows.hasColumn("file") ? rows.string(row, "file").trim() : "";
                String fullPath = rows.hasColumn("full_path") ? rows.string(row, "full_path").trim() : "";
                if (year.isEmpty() || round.isEmpty() || task.isEmpty() || username.isEmpty()
                        || (file.isEmpty() && fullPath.isEmpty())) {
                    builder.skip(location, SkipReasons.BLANK_REQUIRED);
                    continue;
                }
                String fileName = file.isEmpty() ? fullPath.substring(fullPath.replace('\\', '/').lastIndexOf('/') + 1) : file;
                if (fileName.isEmpty()) {
                    builder.skip(location, SkipReasons.BLANK_REQUIRED);
                    continue;
                }
                Optional<Language> language = Language.fromFileName(fileName);
                if (language.isEmpty()) {
                    builder.skip(location, SkipReasons.unsupportedFileType(fileName));
                    continue;
                }
                TextDecoding.Decoded source = rows.text(row, "flines");
                if (source == null) {
                    source = new TextDecoding.Decoded("", "UTF-8");
                }
                String problemId = year + "/" + round + "/" + task;
                String baseId = problemId + "/" + solution + "/" + username + "/" + fileName;
                int n = idCounts.merge(baseId, 1, Integer::sum);
                String submissionId = n == 1 ? baseId : baseId + "#" + n;
                Map<String, String> extras = new TreeMap<>();
                extras.put("username", username);
                extras.put("solution", solution);
                extras.put("file", fileName);
                if (!fullPath.isEmpty()) {
                    extras.put("full_path", fullPath);
                }
                if (rows.hasColumn("")) {
                    String index = rows.string(row, "").trim();
                    if (!index.isEmpty()) {
                        extras.put("row", index);
                    }
                }
                builder.add(location, problemId, submissionId, language.get(), Double.NaN, source, extras);
            }
        }
        Corpus corpus = builder.build();
        LOG.info(corpus.report().summary());
        return corpus;
    }

    /** Reads a gcj-dataset CSV and joins runtimes from a {@link RuntimeTable} CSV. */
    public static Corpus read(Path csv, Path runtimesCsv) throws IOException {
        return RuntimeTable.read(runtimesCsv).applyTo(read(csv));
    }
}
