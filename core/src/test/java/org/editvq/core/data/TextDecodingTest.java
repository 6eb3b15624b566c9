package org.editvq.core.data;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecodingTest {

    @Test
    void validUtf8IsDecodedAsUtf8WithoutBom() {
        byte[] bytes = "\uFEFFclass \u00c9t\u00e9 { String s = \"\u4e2d\"; }".getBytes(StandardCharsets.UTF_8);
        TextDecoding.Decoded d = TextDecoding.decode(bytes);
        assertEquals("class \u00c9t\u00e9 { String s = \"\u4e2d\"; }", d.text());
        assertEquals("UTF-8", d.charset());
        assertFalse(d.isFallback());
    }

    @Test
    void windows1252FallbackKeepsSmartQuotes() {
        byte[] bytes = {'/', '/', ' ', (byte) 0x93, 'h', 'i', (byte) 0x94, ' ', (byte) 0xE9};
        TextDecoding.Decoded d = TextDecoding.decode(bytes);
        assertEquals("// \u201chi\u201d \u00e9", d.text());
        assertEquals("windows-1252", d.charset());
        assertTrue(d.isFallback());
    }

    @Test
    void bytesUndefinedInWindows1252FallBackToLatin1() {
        byte[] bytes = {'x', (byte) 0x81, (byte) 0xFF};
        TextDecoding.Decoded d = TextDecoding.decode(bytes);
        assertEquals("x\u0081\u00ff", d.text());
        assertEquals("ISO-8859-1", d.charset());
    }

    @Test
    void binaryDetection() {
        assertFalse(TextDecoding.looksBinary("class A {\n\tint x;\r\n\f}\u001a"));
        assertTrue(TextDecoding.looksBinary("class\u0001\u0002"));
        String longText = "x".repeat(99) + "\u0001"; // exactly 1% control characters
        assertFalse(TextDecoding.looksBinary(longText));
        assertTrue(TextDecoding.looksBinary(longText + "\u0002"));
    }

    @Test
    void sourcePolicyRemovesNulsAndSaysWhatItDid() {
        byte[] latin1 = "class \u00c9 { int get\0\0x; } // \u00f1".getBytes(StandardCharsets.ISO_8859_1);
        TextDecoding.SourceText text = TextDecoding.source(latin1);
        assertEquals("class \u00c9 { int getx; } // \u00f1", text.text());
        assertEquals("windows-1252", text.charset());
        assertEquals(2, text.nulsRemoved());
        assertEquals(java.util.List.of("not valid UTF-8, decoded as windows-1252", "2 NUL characters removed"), text.notes());
        assertTrue(text.rejection().isEmpty());

        assertEquals(java.util.Optional.of(SkipReasons.EMPTY_SOURCE), TextDecoding.source(new byte[]{0, 0, ' '}).rejection());
        assertEquals(java.util.Optional.of(SkipReasons.BINARY),
                TextDecoding.source(new byte[]{'c', 'l', 'a', 's', 's', 1, 2, 3}).rejection());
        assertEquals(java.util.List.of(), TextDecoding.source("x = 1\n".getBytes(StandardCharsets.UTF_8)).notes());
    }
}
