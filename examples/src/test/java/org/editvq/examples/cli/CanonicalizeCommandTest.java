package org.editvq.examples.cli;

import org.editvq.core.data.SkipReasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canonicalize command prints one line per file and reports failures without stopping. */
class CanonicalizeCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneLinePerFileAndFailsOnlyTheBadOne() throws IOException {
        Path good = Files.writeString(dir.resolve("Good.java"), "class A { int f(int x) { return x; } }");
        Path bad = Files.writeString(dir.resolve("Bad.java"), "class A {");
        Path other = Files.writeString(dir.resolve("Other.java"), "class B { String s = \"hi\"; }");
        CliRun result = CliRun.of("canonicalize", "--language", "java", "--mode", "indexed", good.toString(), bad.toString(), other.toString());
        assertEquals(1, result.code());
        assertEquals(String.join("\n", "class T0 { int f0 ( int v0 ) { return v0 ; } }", "",
                "class T0 { String v0 = STRING ; }", ""), result.out().replace("\r\n", "\n"));
        assertTrue(result.err().contains(bad.toString()), result.err());
    }

    @Test
    void succeedsWithGenericModeByDefault() throws IOException {
        Path good = Files.writeString(dir.resolve("Good.java"), "class A { int f(int x) { return x; } }");
        CliRun result = CliRun.of("canonicalize", "--language", "JAVA", good.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("class T { int f ( int v ) { return v ; } }\n", result.out().replace("\r\n", "\n"));
    }

    @Test
    void canonicalizesPython() throws IOException {
        Path good = Files.writeString(dir.resolve("a.py"), "def f(x):\n    return len(x)  # c\n");
        CliRun result = CliRun.of("canonicalize", "--language", "python", good.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("def f ( v ) : NEWLINE INDENT return len ( v ) NEWLINE DEDENT\n", result.out().replace("\r\n", "\n"));
    }

    @Test
    void missingFileIsAProblemNamingTheFile() {
        Path missing = dir.resolve("missing.java");
        CliRun result = CliRun.of("canonicalize", "--language", "java", missing.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("missing.java") && result.err().contains("cannot read"), result.err());
    }

    @Test
    void readsLatin1AndNulFilesAsTheCorpusReadersDo() throws IOException {
        Path latin1 = Files.write(dir.resolve("Latin.java"),
                "class A { String s = \"Champi\u00f1ones\"; } // \u00e9t\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path nul = Files.write(dir.resolve("Nul.java"), "class B { int get\0\0\0x; }".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path binary = Files.write(dir.resolve("Bin.java"), new byte[]{'c', 'l', 'a', 's', 's', 1, 2, 3, 4});
        CliRun result = CliRun.of("canonicalize", "--language", "java", latin1.toString(), nul.toString(), binary.toString());
        assertEquals(1, result.code());
        assertEquals(String.join("\n", "class T { String v = STRING ; }", "class T { int v ; }", "", ""),
                result.out().replace("\r\n", "\n"));
        String err = result.err().replace("\r\n", "\n");
        assertTrue(err.contains(latin1 + ": note: not valid UTF-8, decoded as windows-1252"), err);
        assertTrue(err.contains(nul + ": note: 3 NUL characters removed"), err);
        // the corpus readers' reason, word for word
        assertTrue(err.contains(binary + ":0:0: " + org.editvq.core.data.SkipReasons.BINARY), err);
    }
}
