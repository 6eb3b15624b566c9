package org.editvq.canonicalizer.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The third-party googlejam4 corpus (1,665 Code Jam Java submissions), read at run time from
 * {@code shared/data/googlejam4.tar} beside the repository; never copied into the repository.
 */
public final class GoogleJam4 {

    /** One Java member of the tar. */
    public record Member(String name, String source) {
    }

    private GoogleJam4() {
    }

    /**
     * The tar: the system property {@code editvq.googlejam4} if set, else the first
     * {@code shared/data/googlejam4.tar} found walking up from the working directory.
     */
    public static Optional<Path> locate() {
        return org.editvq.dataset.corpus.SharedData.googlejam4();
    }

    /** Every {@code .java} member of the tar, in tar order. */
    public static List<Member> read(Path tar) throws IOException {
        List<Member> members = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tar));
             TarArchiveInputStream entries = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = entries.getNextTarEntry()) != null) {
                if (entry.isFile() && entry.getName().endsWith(".java")) {
                    members.add(new Member(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return members;
    }
}
