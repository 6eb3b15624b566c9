package org.editvq.core.corpus;

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
}
