package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.TextDecoding;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Project CodeNet layout: {@code metadata/pNNNNN.csv} (one file per problem, columns
 * {@code submission_id, problem_id, user_id, date, language, original_language, filename_ext,
 * status, cpu_time, memory, code_size, accuracy}) and sources at
 * {@code data/<problem_id>/<language>/<submission_id>.<filename_ext>}.
 *
 * <ul>
 *   <li>Only {@code status == Accepted} rows are kept; the others are skipped with their status.</li>
 *   <li><b>Problem id</b> = {@code problem_id}, <b>submission id</b> = {@code submission_id}.</li>
 *   <li><b>Language</b> from the {@code language} column (Java, Python); others skipped.</li>
 *   <li><b>Runtime</b> = {@code cpu_time} (milliseconds); blank is NaN, a bad value is skipped.</li>
 *   <li><b>Extras:</b> {@code user_id, date, original_language, memory, code_size, accuracy} when
 *       present and non-blank, {@code encoding} on a non-UTF-8 fallback.</li>
 *   <li>A source file named by the metadata but absent is skipped as {@value SkipReasons#MISSING_SOURCE}.</li>
 *   <li>Metadata files are read in natural order ({@code p00002 < p00010}), rows in file order.
 *       {@code metadata/problem_list.csv} is ignored; other files in {@code metadata/} that are
 *       not {@code pNNNNN.csv} are skipped and reported.</li>
 * </ul>
 * Required columns: {@code submission_id, problem_id, language, filename_ext, status, cpu_time}.
 */
public final class CodeNetReader {
    /** Columns every metadata file must have. */
    public static final List<String> REQUIRED_COLUMNS =
            List.of("submission_id", "problem_id", "language", "filename_ext", "status", "cpu_time");
    /** Metadata columns copied into {@link org.editvq.core.data.Submission#extras()}. */
    public static final List<String> EXTRA_COLUMNS =
            List.of("user_id", "date", "original_language", "memory", "code_size", "accuracy");
    private static final Pattern METADATA_FILE = Pattern.compile("p\\d+\\.csv");
    private static final Logger LOG = LoggerFactory.getLogger(CodeNetReader.class);

    private CodeNetReader() {
    }

    /** Whether a folder has the CodeNet shape: sub-folders {@code metadata/} and {@code data/}. */
    public static boolean looksLikeCodeNet(Path folder) {
        return Files.isDirectory(folder.resolve("metadata")) && Files.isDirectory(folder.resolve("data"));
    }

    /** Reads a CodeNet root folder (the one holding {@code metadata/} and {@code data/}). */
    public static Corpus read(Path root) throws IOException {
        if (!looksLikeCodeNet(root)) {
            throw new NoSuchFileException(root.toString(), null, "not a CodeNet folder (needs metadata/ and data/)");
        }
        List<Path> metadataFiles = new ArrayList<>();
        CorpusBuilder builder = new CorpusBuilder(root.toString());
        try (Stream<Path> list = Files.list(root.resolve("metadata"))) {
            for (Path p : (Iterable<Path>) list::iterator) {
                String name = p.getFileName().toString();
                if (METADATA_FILE.matcher(name).matches() && Files.isRegularFile(p)) {
                    metadataFiles.add(p);
                } else if (!name.equals("problem_list.csv")) {
                    builder.skip(p.toString(), SkipReasons.unsupportedFileType(name) + " in metadata/");
                }
            }
        }
        metadataFiles.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()));
        for (Path metadata : metadataFiles) {
            readMetadata(root, metadata, builder);
        }
        Corpus corpus = builder.build();
        LOG.info(corpus.report().summary());
        return corpus;
    }

    private static void readMetadata(Path root, Path metadata, CorpusBuilder builder) throws IOException {
        try (CsvRows rows = CsvRows.open(metadata)) {
            rows.requireColumns(REQUIRED_COLUMNS, "CodeNet metadata");
            for (CsvRows.Row row; (row = rows.next(builder.skipped())) != null; ) {
                String location = rows.location(row.line());
                if (!rows.consistent(row)) {
                    builder.skip(location, SkipReasons.WRONG_FIELD_COUNT);
                    continue;
                }
                String status = rows.string(row, "status").trim();
                if (!status.equals("Accepted")) {
                    builder.skip(location, SkipReasons.notAccepted(status));
                    continue;
                }
                String languageName = rows.string(row, "language").trim();
                Optional<Language> language = Language.fromName(languageName);
                if (language.isEmpty()) {
                    builder.skip(location, SkipReasons.unsupportedLanguage(languageName));
                    continue;
                }
                String submissionId = rows.string(row, "submission_id").trim();
                String problemId = rows.string(row, "problem_id").trim();
                String extension = rows.string(row, "filename_ext").trim();
                if (submissionId.isEmpty() || problemId.isEmpty() || extension.isEmpty()
                        || !safeName(submissionId) || !safeName(problemId) || !safeName(extension)) {
                    builder.skip(location, SkipReasons.BLANK_REQUIRED);
                    continue;
                }
                String cpuTime = rows.string(row, "cpu_time");
                Double runtime = Numbers.parseRuntime(cpuTime);
                if (runtime == null) {
                    builder.skip(location + " (cpu_time " + cpuTime + ")", SkipReasons.BAD_RUNTIME);
                    continue;
                }
                if (builder.skipIfDuplicate(location, problemId, submissionId)) {
                    continue;
                }
                Path sourceFile = root.resolve("data").resolve(problemId).resolve(languageName)
                        .resolve(submissionId + "." + extension);
                if (!Files.isRegularFile(sourceFile)) {
                    builder.skip(location + " (" + sourceFile + ")", SkipReasons.MISSING_SOURCE);
                    continue;
                }
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(sourceFile);
                } catch (IOException e) {
                    builder.skip(sourceFile + " (" + e.getMessage() + ")", SkipReasons.UNREADABLE);
                    continue;
                }
                Map<String, String> extras = new TreeMap<>();
                for (String column : EXTRA_COLUMNS) {
                    if (rows.hasColumn(column)) {
                        String value = rows.string(row, column).trim();
                        if (!value.isEmpty()) {
                            extras.put(column, value);
                        }
                    }
                }
                builder.add(location, problemId, submissionId, language.get(), runtime, TextDecoding.decode(bytes), extras);
            }
        }
    }

    /** Ids and extensions become path parts: refuse separators and parent references. */
    private static boolean safeName(String part) {
        return !part.contains("/") && !part.contains("\\") && !part.equals("..") && !part.equals(".");
    }
}
