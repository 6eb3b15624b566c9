package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.TextDecoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.editvq.core.data.SkippedEntry;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Streams the rows of a headed CSV file with their starting line numbers. The first record is the
 * header; it is read here rather than by commons-csv so that unnamed columns (the gcj-dataset's
 * leading index column) keep their position. The file is parsed as
 * ISO-8859-1 (byte for byte; every CSV delimiter is ASCII) and each field is decoded on its own
 * by {@link TextDecoding}, so one non-UTF-8 field neither fails the file nor garbles its
 * neighbours. Fields of any size are accepted (commons-csv has no field size limit; the file is
 * read through a large buffer and never loaded whole). A syntax error or a truncated last field
 * ends the stream and is reported as a skipped entry; rows read before are kept.
 */
final class CsvRows implements Closeable {
    /** The CSV dialect editvq reads and writes: RFC 4180, unquoted empty cell = null, quoted "" = empty. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setNullString("")
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\n")
            .setIgnoreEmptyLines(true)
            .build();

    private static final int BUFFER_CHARS = 1 << 20;

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private boolean ended;

    /**
     * One CSV row.
     *
     * @param line   line of the file the row starts on (1-based; the header is line 1)
     * @param record the parsed record (fields are ISO-8859-1 strings; use {@link CsvRows#text})
     */
    record Row(long line, CSVRecord record) {
    }

    private CsvRows(Path file) throws IOException {
        this.file = file;
        InputStream in = skipUtf8Bom(Files.newInputStream(file));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), BUFFER_CHARS);
        CSVRecord headerRecord;
        try {
            this.parser = FORMAT.parse(reader);
            this.records = parser.iterator();
            headerRecord = records.hasNext() ? records.next() : null;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            reader.close();
            throw new CorpusFormatException(file, "cannot read the CSV header: " + e.getMessage(), e);
        }
        if (headerRecord == null) {
            parser.close();
            throw new CorpusFormatException(file, "empty file, expected a CSV header");
        }
        List<String> names = new ArrayList<>();
        for (String name : headerRecord) {
            names.add(name == null ? "" : TextDecoding.redecodeLatin1(name).text().trim());
        }
        this.header = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            columnIndex.putIfAbsent(names.get(i), i);
        }
    }

    /** Opens a CSV file whose first record is the header. */
    static CsvRows open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such CSV file");
        }
        return new CsvRows(file);
    }

    /** Header names, trimmed, in file order. */
    List<String> header() {
        return header;
    }

    /** Throws a {@link CorpusFormatException} naming the file when a required column is missing. */
    void requireColumns(Collection<String> required, String formatName) throws CorpusFormatException {
        List<String> missing = required.stream().filter(c -> !columnIndex.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new CorpusFormatException(file, "not a " + formatName + " file: missing column(s) " + missing
                    + " (header: " + header + ")");
        }
    }

    /** Whether the header has this column. */
    boolean hasColumn(String name) {
        return columnIndex.containsKey(name);
    }

    /**
     * The next row, or null at the end of the file. A parse error ends the file: it is added to
     * {@code skipped} (located at the line it starts on) and null is returned.
     */
    Row next(List<SkippedEntry> skipped) {
        if (ended) {
            return null;
        }
        long lineBefore = parser.getCurrentLineNumber();
        try {
            if (!records.hasNext()) {
                ended = true;
                return null;
            }
            return new Row(lineBefore + 1, records.next());
        } catch (UncheckedIOException | IllegalStateException e) {
            ended = true;
            String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            String reason = message.contains("EOF reached before encapsulated token finished")
                    ? SkipReasons.TRUNCATED : SkipReasons.CSV_SYNTAX;
            skipped.add(new SkippedEntry(location(lineBefore + 1), reason));
            return null;
        }
    }

    /** {@code file:line}. */
    String location(long line) {
        return file + ":" + line;
    }

    /** Whether the row has as many fields as the header. */
    boolean consistent(Row row) {
        return row.record().size() == header.size();
    }

    /** The raw (ISO-8859-1) value of a column, null when the cell is an unquoted empty cell or absent. */
    String raw(Row row, String column) {
        Integer index = columnIndex.get(column);
        if (index == null || index >= row.record().size()) {
            return null;
        }
        return row.record().get(index);
    }

    /** The decoded value of a column (null as in {@link #raw}). */
    TextDecoding.Decoded text(Row row, String column) {
        String raw = raw(row, column);
        return raw == null ? null : TextDecoding.redecodeLatin1(raw);
    }

    /** The decoded value of a column, "" for null. */
    String string(Row row, String column) {
        TextDecoding.Decoded decoded = text(row, column);
        return decoded == null ? "" : decoded.text();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static InputStream skipUtf8Bom(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        if (!bom && head.length > 0) {
            pushback.unread(head);
        }
        return pushback;
    }
}
