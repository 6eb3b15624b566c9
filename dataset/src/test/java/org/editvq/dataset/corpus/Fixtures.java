package org.editvq.dataset.corpus;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.SkippedEntry;
import org.editvq.core.data.Submission;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helpers: fixture paths and a tiny tar writer. */
final class Fixtures {
    private Fixtures() {
    }

    /** A path under {@code src/test/resources/corpus}. */
    static Path resource(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/corpus/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submission ids in corpus order. */
    static List<String> ids(Corpus corpus) {
        return corpus.submissions().stream().map(Submission::submissionId).toList();
    }

    /** The submission with this id. */
    static Submission byId(Corpus corpus, String id) {
        return corpus.submissions().stream().filter(s -> s.submissionId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no submission " + id + " in " + ids(corpus)));
    }

    /** Skipped reasons in report order. */
    static List<String> reasons(Corpus corpus) {
        return corpus.report().skipped().stream().map(SkippedEntry::reason).toList();
    }

    /** Skipped entries as location -> reason, locations relative to {@code base}'s string form. */
    static Map<String, String> skippedRelativeTo(Corpus corpus, String base) {
        return corpus.report().skipped().stream().collect(Collectors.toMap(
                e -> e.location().startsWith(base) ? e.location().substring(base.length()) : e.location(),
                SkippedEntry::reason, (a, b) -> a + " | " + b, LinkedHashMap::new));
    }

    /** One tar member to write: a folder (content null, not a link), a file, or a symbolic link. */
    record Member(String name, byte[] content, String linkTarget) {
        static Member dir(String name) {
            return new Member(name, null, null);
        }

        static Member file(String name, String text) {
            return new Member(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        }

        static Member bytes(String name, byte[] content) {
            return new Member(name, content, null);
        }

        static Member link(String name, String target) {
            return new Member(name, null, target);
        }
    }

    /** Writes a tar with these members, in this order. */
    static void writeTar(OutputStream out, List<Member> members) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Member m : members) {
                TarArchiveEntry entry;
                if (m.linkTarget() != null) {
                    entry = new TarArchiveEntry(m.name(), TarArchiveEntry.LF_SYMLINK);
                    entry.setLinkName(m.linkTarget());
                } else {
                    entry = new TarArchiveEntry(m.name(), true); // keep absolute names as written
                    if (m.content() != null) {
                        entry.setSize(m.content().length);
                    }
                }
                tar.putArchiveEntry(entry);
                if (m.content() != null) {
                    tar.write(m.content());
                }
                tar.closeArchiveEntry();
            }
        }
    }

    /** Writes a tar file. */
    static Path writeTar(Path file, List<Member> members) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTar(out, members);
        }
        return file;
    }
}
