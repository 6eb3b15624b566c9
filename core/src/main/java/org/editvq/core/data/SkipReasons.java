package org.editvq.core.data;

import java.util.Locale;

/**
 * The reasons corpus readers give for skipped entries. Reasons are short and mostly fixed so that
 * {@link org.editvq.core.data.LoadReport#skippedByReason()} groups them; the variable part of a
 * problem (the line, the member, the first occurrence of a duplicate) goes into the entry's location.
 */
public final class SkipReasons {
    /** The source text is empty or only whitespace. */
    public static final String EMPTY_SOURCE = "empty source";
    /** The source is binary data, not a program (see {@link TextDecoding#looksBinary(String)}). */
    public static final String BINARY = "binary content";
    /** Another entry already has this problem id and submission id; the first one is kept. */
    public static final String DUPLICATE_ID = "duplicate submission (same problem id and submission id)";
    /** A source tree file lies directly in the tree root instead of in a problem folder. */
    public static final String TOP_LEVEL_FILE = "file at top level (not in a problem folder)";
    /** A source tree folder without any entry. */
    public static final String EMPTY_FOLDER = "folder without source files";
    /** A tar member or path that is a link, device or other non-regular file. */
    public static final String NOT_REGULAR = "not a regular file";
    /** A file that exists but could not be read. */
    public static final String UNREADABLE = "unreadable file";
    /** A CodeNet source file named by the metadata is not on disk. */
    public static final String MISSING_SOURCE = "source file missing";
    /** A CSV row whose number of fields differs from the header's. */
    public static final String WRONG_FIELD_COUNT = "row has wrong number of fields";
    /** A CSV row with a blank value in a required column. */
    public static final String BLANK_REQUIRED = "blank required field";
    /** A runtime or cpu_time value that is not a finite number >= 0. */
    public static final String BAD_RUNTIME = "bad runtime";
    /** A runtime row for a submission id that is not in the corpus. */
    public static final String UNKNOWN_RUNTIME_ID = "runtime for unknown submission";
    /** A CSV that ends inside a quoted field (truncated file); the rows before it are kept. */
    public static final String TRUNCATED = "unterminated quoted field at end of file (truncated?)";
    /** A CSV syntax error; the rows before it are kept, the rest of the file is not read. */
    public static final String CSV_SYNTAX = "CSV syntax error, rest of file not read";
    /** A tar member with an absolute path or a {@code ..} part: refused, never read. */
    public static final String UNSAFE_PATH = "unsafe path in archive (absolute or ..), not read";
    /** A tar archive that breaks off; the members before it are kept. */
    public static final String ARCHIVE_BROKEN = "archive unreadable from here, rest not read";

    private SkipReasons() {
    }

    /** Reason for a file whose extension names no supported language, e.g. {@code unsupported file type .cpp}. */
    public static String unsupportedFileType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot <= 0 || dot == fileName.length() - 1 ? "(no extension)"
                : fileName.substring(dot).toLowerCase(Locale.ROOT);
        return "unsupported file type " + ext;
    }

    /** Reason for a language column value editvq does not support, e.g. {@code unsupported language C++}. */
    public static String unsupportedLanguage(String language) {
        return "unsupported language " + (language == null || language.isBlank() ? "(blank)" : language.trim());
    }

    /** Reason for a CodeNet row whose status is not {@code Accepted}. */
    public static String notAccepted(String status) {
        return "status " + (status == null || status.isBlank() ? "(blank)" : status.trim()) + " (only Accepted kept)";
    }
}
