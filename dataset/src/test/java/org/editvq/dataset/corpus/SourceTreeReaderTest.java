package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.TextDecoding;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.editvq.core.data.SkippedEntry;
import org.editvq.core.data.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.editvq.dataset.corpus.Fixtures.Member.bytes;
import static org.editvq.dataset.corpus.Fixtures.Member.dir;
import static org.editvq.dataset.corpus.Fixtures.Member.file;
import static org.editvq.dataset.corpus.Fixtures.Member.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTreeReaderTest {

    @Test
    void readsFolderWithProblemsInNaturalOrderAndReportsStrayFiles() throws IOException {
        Path tree = Fixtures.resource("tree");
        Corpus corpus = SourceTreeReader.read(tree);

        assertEquals(List.of("1/googlejam1.p001.Alpha", "1/googlejam1.p002.Beta", "2/b", "10/c"), Fixtures.ids(corpus));
        Submission alpha = corpus.submissions().get(0);
        assertEquals("1", alpha.problemId());
        assertEquals(Language.JAVA, alpha.language());
        assertEquals("public class Alpha { int f() { return 1; } }\n", alpha.source());
        assertTrue(Double.isNaN(alpha.runtimeMs()));
        assertEquals(Map.of("path", "1/googlejam1.p001.Alpha.java"), alpha.extras());
        assertEquals(Language.PYTHON, Fixtures.byId(corpus, "2/b").language());

        assertEquals(Map.of(
                "/2/notes.txt", "unsupported file type .txt",
                "/README.md", SkipReasons.TOP_LEVEL_FILE), Fixtures.skippedRelativeTo(corpus, tree.toString()));
        assertEquals(4, corpus.report().loaded());
    }

    @Test
    void readsTarWithWrapperFolderAndAccountsForEveryMember(@TempDir Path tmp) throws IOException {
        byte[] latin1 = "class L { String s = \"Champi\u00f1ones\"; }".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = {'c', 'l', 'a', 's', 's', 0, 1, 2};
        List<Fixtures.Member> members = List.of(
                dir("src/"), dir("src/1/"),
                file("src/1/b.java", "class B {}"),
                file("src/1/a.java", "class A {}"),
                link("src/1/link.java", "a.java"),
                dir("src/10/"), file("src/10/z.py", "print(1)\n"),
                dir("src/2/"),
                file("src/2/empty.java", ""),
                file("src/2/blank.java", " \n\t\n"),
                bytes("src/2/bin.java", binary),
                file("src/2/nul.java", "class N { int get\0\0\0x; }"),
                bytes("src/2/latin.java", latin1),
                file("src/2/notes.txt", "hello"),
                dir("src/3/"),
                file("src/readme.java", "class TopLevel {}"),
                file("src/4/sub/d.java", "class D {}"),
                file("src/x/1/a.java", "class SameNameOtherFolder {}"));
        Path tar = Fixtures.writeTar(tmp.resolve("sources.tar"), members);

        Corpus corpus = SourceTreeReader.read(tar);

        assertEquals(List.of("1/a", "1/b", "2/latin", "2/nul", "4/sub/d", "10/z", "x/1/a"), Fixtures.ids(corpus));
        assertEquals("class N { int getx; }", Fixtures.byId(corpus, "2/nul").source());
        assertEquals("3", Fixtures.byId(corpus, "2/nul").extras().get(TextDecoding.NULS_REMOVED_EXTRA));
        assertEquals("class A {}", Fixtures.byId(corpus, "1/a").source());
        assertEquals("src/1/a.java", Fixtures.byId(corpus, "1/a").extras().get("path"));
        Submission latin = Fixtures.byId(corpus, "2/latin");
        assertEquals("class L { String s = \"Champi\u00f1ones\"; }", latin.source());
        assertEquals("windows-1252", latin.extras().get(TextDecoding.ENCODING_EXTRA));
        assertEquals("4/sub", Fixtures.byId(corpus, "4/sub/d").problemId());
        assertEquals("x/1", Fixtures.byId(corpus, "x/1/a").problemId());

        Map<String, String> expectedSkips = new LinkedHashMap<>();
        expectedSkips.put("!src/1/link.java", SkipReasons.NOT_REGULAR);
        expectedSkips.put("!src/2/bin.java", SkipReasons.BINARY);
        expectedSkips.put("!src/2/blank.java", SkipReasons.EMPTY_SOURCE);
        expectedSkips.put("!src/2/empty.java", SkipReasons.EMPTY_SOURCE);
        expectedSkips.put("!src/2/notes.txt", "unsupported file type .txt");
        expectedSkips.put("!src/3/", SkipReasons.EMPTY_FOLDER);
        expectedSkips.put("!src/readme.java", SkipReasons.TOP_LEVEL_FILE);
        assertEquals(expectedSkips, Fixtures.skippedRelativeTo(corpus, tar.toString()));

        long fileMembers = members.stream().filter(m -> m.content() != null || m.linkTarget() != null).count();
        long skippedFiles = corpus.report().skipped().stream().filter(e -> !e.location().endsWith("/")).count();
        assertEquals(fileMembers, corpus.size() + skippedFiles);
    }

    @Test
    void gzipCompressedTarIsRecognisedByItsBytes(@TempDir Path tmp) throws IOException {
        Path tgz = tmp.resolve("named-like-plain.tar");
        try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(tgz))) {
            Fixtures.writeTar(out, List.of(file("p/1/a.java", "class A {}"), file("p/2/b.py", "print(2)")));
        }
        Corpus corpus = SourceTreeReader.read(tgz);
        assertEquals(List.of("1/a", "2/b"), Fixtures.ids(corpus));
        assertEquals(0, corpus.report().skipped().size());
    }

    @Test
    void singleProblemFolderIsNotMistakenForAWrapper(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("7"));
        Files.writeString(tmp.resolve("7/a.java"), "class A {}");
        Corpus corpus = SourceTreeReader.read(tmp);
        assertEquals(List.of("7/a"), Fixtures.ids(corpus));
        assertEquals("7", corpus.submissions().get(0).problemId());
    }

    @Test
    void folderWithEmptySubFolderAndNonUtf8File(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("1"));
        Files.createDirectories(tmp.resolve("2"));
        Files.write(tmp.resolve("1/k.java"), new byte[]{'/', '/', ' ', (byte) 0xB0, (byte) 0xB3, '\n', 'c', 'l', 'a',
                's', 's', ' ', 'K', '{', '}'});
        Corpus corpus = SourceTreeReader.read(tmp);
        assertEquals(List.of("1/k"), Fixtures.ids(corpus));
        assertEquals("// \u00b0\u00b3\nclass K{}", corpus.submissions().get(0).source());
        assertEquals(List.of(new SkippedEntry(tmp + "/2/", SkipReasons.EMPTY_FOLDER)), corpus.report().skipped());
    }

    @Test
    void garbageFileIsNotATar(@TempDir Path tmp) throws IOException {
        Path notTar = tmp.resolve("junk.tar");
        Files.writeString(notTar, "this is not a tar archive at all, just some text that is long enough".repeat(20));
        IOException e = assertThrows(IOException.class, () -> SourceTreeReader.read(notTar));
        assertTrue(e.getMessage().contains(notTar.toString()), e.getMessage());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> SourceTreeReader.read(tmp.resolve("absent.tar")));
    }

    @Test
    void truncatedTarKeepsTheMembersBeforeTheBreak(@TempDir Path tmp) throws IOException {
        Path full = Fixtures.writeTar(tmp.resolve("full.tar"), List.of(
                file("s/1/a.java", "class A {}"),
                file("s/1/b.java", "class B { /* " + "x".repeat(5000) + " */ }")));
        byte[] all = Files.readAllBytes(full);
        Path cut = tmp.resolve("cut.tar");
        Files.write(cut, java.util.Arrays.copyOf(all, 512 + 512 + 512 + 1000));
        Corpus corpus = SourceTreeReader.read(cut);
        assertEquals(List.of("1/a"), Fixtures.ids(corpus));
        assertEquals(List.of(SkipReasons.ARCHIVE_BROKEN), Fixtures.reasons(corpus));
    }

    @Test
    void nestedContestFoldersWithTheSameLeafNameStayDistinctProblems(@TempDir Path tmp) throws IOException {
        Path tar = Fixtures.writeTar(tmp.resolve("contests.tar"), List.of(
                file("2008/round1A/a/alice.java", "class A {}"),
                file("2008/round1A/a/bob.java", "class B {}"),
                file("2013/round1B/a/alice.java", "class C {}"),
                file("2013/round1B/b/carol.py", "print(1)\n")));
        Corpus corpus = SourceTreeReader.read(tar);
        assertEquals(List.of("2008/round1A/a/alice", "2008/round1A/a/bob", "2013/round1B/a/alice", "2013/round1B/b/carol"),
                Fixtures.ids(corpus));
        assertEquals(List.of("2008/round1A/a", "2013/round1B/a", "2013/round1B/b"),
                List.copyOf(corpus.byProblem().keySet()));
        assertEquals(List.of(), corpus.report().skipped());

        // the same layout as a folder, under one wrapper folder: the wrapper is not part of the problem
        Path folder = tmp.resolve("gcj");
        for (String path : List.of("all/2008/round1A/a/x.java", "all/2013/round1B/a/x.java")) {
            Files.createDirectories(folder.resolve(path).getParent());
            Files.writeString(folder.resolve(path), "class X {}");
        }
        Corpus fromFolder = SourceTreeReader.read(folder);
        assertEquals(List.of("2008/round1A/a", "2013/round1B/a"), List.copyOf(fromFolder.byProblem().keySet()));
        assertEquals(List.of("2008/round1A/a/x", "2013/round1B/a/x"), Fixtures.ids(fromFolder));
    }

    @Test
    void archiveMembersWithDotDotOrAbsolutePathsAreRefusedAndReported(@TempDir Path tmp) throws IOException {
        List<Fixtures.Member> members = List.of(
                file("src/1/a.java", "class A {}"),
                file("src/1/../../evil.java", "class Evil {}"),
                file("../outside/2/b.java", "class Outside {}"),
                file("/etc/3/c.java", "class Absolute {}"),
                file("C:/win/4/d.java", "class Drive {}"),
                file("src/2/b.py", "print(2)\n"));
        Path tar = Fixtures.writeTar(tmp.resolve("evil.tar"), members);
        Corpus corpus = SourceTreeReader.read(tar);
        assertEquals(List.of("1/a", "2/b"), Fixtures.ids(corpus));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("!src/1/../../evil.java", SkipReasons.UNSAFE_PATH);
        expected.put("!../outside/2/b.java", SkipReasons.UNSAFE_PATH);
        expected.put("!/etc/3/c.java", SkipReasons.UNSAFE_PATH);
        expected.put("!C:/win/4/d.java", SkipReasons.UNSAFE_PATH);
        assertEquals(expected, Fixtures.skippedRelativeTo(corpus, tar.toString()));
        assertEquals(members.size(), corpus.size() + corpus.report().skipped().size());
        assertFalse(Files.exists(tmp.resolve("evil.java")));
    }

    @Test
    void truncatedGzipSaysSoAndNamesTheFile(@TempDir Path tmp) throws IOException {
        Path tgz = tmp.resolve("corpus.tar.gz");
        try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(tgz))) {
            Fixtures.writeTar(out, List.of(file("p/1/a.java", "class A {}"),
                    bytes("p/2/b.java", incompressible(200_000))));
        }
        byte[] all = Files.readAllBytes(tgz);
        // cut inside the compressed stream: nothing can be read
        Path early = tmp.resolve("early.tar.gz");
        Files.write(early, java.util.Arrays.copyOf(all, 12));
        IOException e = assertThrows(IOException.class, () -> SourceTreeReader.read(early));
        assertTrue(e.getMessage().contains(early.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertFalse(e.getMessage().contains("null"), e.getMessage());
        // cut before the end: the members read are kept, the break is reported in words
        Path late = tmp.resolve("late.tar.gz");
        Files.write(late, java.util.Arrays.copyOf(all, all.length / 2));
        Corpus corpus = SourceTreeReader.read(late);
        assertEquals(List.of(SkipReasons.ARCHIVE_BROKEN), Fixtures.reasons(corpus));
        String location = corpus.report().skipped().get(0).location();
        assertTrue(location.startsWith(late.toString()) && location.contains("truncated"), location);
        assertFalse(location.contains("null"), location);
    }

    private static byte[] incompressible(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(7).nextBytes(bytes);
        return bytes;
    }

    /** The real googlejam4.tar, read at run time only; skipped when the shared data is absent. */
    @Test
    void readsGooglejam4Tar() throws IOException {
        Path tar = SharedData.googlejam4().orElse(Path.of("shared/data/googlejam4.tar"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(tar), "googlejam4.tar not present");

        long start = System.nanoTime();
        Corpus corpus = SourceTreeReader.read(tar);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("googlejam4.tar: " + corpus.report().summary() + " in " + millis + " ms");

        int fileMembers = 0;
        int folderMembers = 0;
        try (var in = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
                new java.io.BufferedInputStream(Files.newInputStream(tar)))) {
            for (var e = in.getNextTarEntry(); e != null; e = in.getNextTarEntry()) {
                if (e.isDirectory()) {
                    folderMembers++;
                } else {
                    fileMembers++;
                }
            }
        }
        assertEquals(1665, fileMembers);
        assertEquals(12, folderMembers);
        assertEquals(fileMembers, corpus.size() + corpus.report().skipped().size());
        assertEquals(1665, corpus.size());
        assertEquals(List.of(), corpus.report().skipped());
        Map<String, Integer> perProblem = new LinkedHashMap<>();
        corpus.byProblem().forEach((p, list) -> perProblem.put(p, list.size()));
        Map<String, Integer> expected = new LinkedHashMap<>();
        int[] counts = {478, 88, 242, 38, 2, 435, 27, 245, 68, 18, 20, 4};
        for (int i = 0; i < counts.length; i++) {
            expected.put(Integer.toString(i + 1), counts[i]);
        }
        assertEquals(expected, perProblem);
        assertTrue(corpus.submissions().stream().allMatch(s -> s.language() == Language.JAVA));
        assertEquals(1665, corpus.submissions().stream().map(Submission::submissionId).distinct().count());
        assertEquals("1/googlejam1.p003.Mushroom", corpus.submissions().get(0).submissionId());
        // two files are not UTF-8 (a Korean and a Spanish comment); they are kept, decoded as windows-1252
        assertEquals(List.of("1/googlejam1.p815.MushroomMonster", "6/googlejam6.p261.Round1B"),
                corpus.submissions().stream().filter(s -> s.extras().containsKey(TextDecoding.ENCODING_EXTRA))
                        .map(Submission::submissionId).toList());
        // three files have runs of NUL bytes spliced into the text; they are removed and counted
        Map<String, String> nulsRemoved = new LinkedHashMap<>();
        corpus.submissions().stream().filter(s -> s.extras().containsKey(TextDecoding.NULS_REMOVED_EXTRA))
                .forEach(s -> nulsRemoved.put(s.submissionId(), s.extras().get(TextDecoding.NULS_REMOVED_EXTRA)));
        assertEquals(Map.of("1/googlejam1.p712.A", "287", "6/googlejam6.p192.Small", "61",
                "6/googlejam6.p374.RankFile", "43"), nulsRemoved);
        assertTrue(Fixtures.byId(corpus, "6/googlejam6.p374.RankFile").source().contains("int[] arr=getarr(files[i]);"));
        assertFalse(corpus.submissions().stream().anyMatch(s -> s.source().isBlank() || s.source().indexOf('\0') >= 0));
    }
}
