package org.editvq.core.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How corpus readers turn bytes into text. Policy (documented in {@code docs/corpora.md}):
 * <ol>
 *   <li>valid UTF-8 is decoded as UTF-8, a leading byte order mark is dropped;</li>
 *   <li>otherwise, if every byte is defined in windows-1252 (the usual encoding of sources written on
 *       Windows), the bytes are decoded as windows-1252;</li>
 *   <li>otherwise as ISO-8859-1, which maps every byte to a character and so never fails.</li>
 * </ol>
 * A fallback never drops the entry: readers keep it and record the charset used in the
 * submission's extra column {@value #ENCODING_EXTRA}.
 *
 * <p>NUL characters: real corpora contain sources with runs of NUL bytes spliced into otherwise
 * intact text (three files of googlejam4.tar, e.g. {@code arr=get<43 NULs>arr(files[i])}; the
 * gcj-dataset readers strip them too). Readers remove every NUL and record how many in the extra
 * {@value #NULS_REMOVED_EXTRA}. What remains is skipped as binary only if it
 * {@linkplain #looksBinary(String) looks binary}.
 */
public final class TextDecoding {
    /** Extra column recording a fallback charset; absent for UTF-8. */
    public static final String ENCODING_EXTRA = "encoding";
    /** Extra column recording how many NUL characters were removed from a source; absent when none. */
    public static final String NULS_REMOVED_EXTRA = "nuls_removed";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /**
     * Decoded text and the charset it was decoded with.
     *
     * @param text    the text
     * @param charset {@code UTF-8}, {@code windows-1252} or {@code ISO-8859-1}
     */
    public record Decoded(String text, String charset) {
        /** Whether the bytes were not valid UTF-8 and a fallback charset was used. */
        public boolean isFallback() {
            return !charset.equals(StandardCharsets.UTF_8.name());
        }
    }

    /**
     * A source file's text after the whole policy: decoded, NUL characters removed, and judged.
     * Corpus readers and {@code editvq canonicalize} both read sources through {@link #source(byte[])},
     * so a file loads as a corpus entry exactly when it canonicalizes, and both say the same about it.
     *
     * @param text        the text, without NUL characters
     * @param charset     the charset it was decoded with ({@code UTF-8}, {@code windows-1252}, {@code ISO-8859-1})
     * @param nulsRemoved how many NUL characters were removed
     */
    public record SourceText(String text, String charset, int nulsRemoved) {
        /** Whether the bytes were not valid UTF-8 and a fallback charset was used. */
        public boolean isFallback() {
            return !charset.equals(StandardCharsets.UTF_8.name());
        }

        /** Why this text is not a program ({@link SkipReasons#EMPTY_SOURCE}, {@link SkipReasons#BINARY}), if so. */
        public Optional<String> rejection() {
            if (text.isBlank()) {
                return Optional.of(SkipReasons.EMPTY_SOURCE);
            }
            return looksBinary(text) ? Optional.of(SkipReasons.BINARY) : Optional.empty();
        }

        /** What was done to the bytes, for a report: the fallback charset and the NULs removed; empty when nothing. */
        public List<String> notes() {
            List<String> notes = new ArrayList<>(2);
            if (isFallback()) {
                notes.add("not valid UTF-8, decoded as " + charset);
            }
            if (nulsRemoved > 0) {
                notes.add(nulsRemoved + " NUL character" + (nulsRemoved == 1 ? "" : "s") + " removed");
            }
            return notes;
        }
    }

    /** Reads a source file's bytes by the whole policy (decoding, NUL removal); see {@link SourceText}. */
    public static SourceText source(byte[] bytes) {
        return source(decode(bytes));
    }

    /** Applies the NUL policy to decoded text; see {@link SourceText}. */
    public static SourceText source(Decoded decoded) {
        String text = decoded.text();
        int nuls = 0;
        if (text.indexOf('\0') >= 0) {
            int before = text.length();
            text = text.replace("\0", "");
            nuls = before - text.length();
        }
        return new SourceText(text, decoded.charset(), nuls);
    }

    /** Decodes bytes by the policy above. */
    public static Decoded decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String utf8 = strict(StandardCharsets.UTF_8, in);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8.name());
        }
        String cp1252 = strict(WINDOWS_1252, ByteBuffer.wrap(bytes));
        if (cp1252 != null) {
            return new Decoded(cp1252, WINDOWS_1252.name());
        }
        return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1.name());
    }

    /**
     * Re-decodes a string that was read byte-for-byte as ISO-8859-1 (how the CSV readers parse
     * files, so that a bad byte in one field cannot spoil the others).
     */
    public static Decoded redecodeLatin1(String latin1) {
        boolean ascii = true;
        for (int i = 0; i < latin1.length() && ascii; i++) {
            ascii = latin1.charAt(i) < 0x80;
        }
        if (ascii) {
            return new Decoded(latin1, StandardCharsets.UTF_8.name());
        }
        return decode(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Whether text (with NULs already removed) is binary rather than a program: more than 1% of
     * its characters are control characters other than tab, line feed, carriage return, form
     * feed, vertical tab and the DOS end-of-file mark (U+001A).
     */
    public static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1A)
                    || c == 0x7F || c == 0) {
                control++;
            }
        }
        return control * 100L > text.length();
    }

    private static String strict(Charset charset, ByteBuffer in) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
