package org.editvq.dataset.corpus;

import org.editvq.core.data.SkipReasons;
import org.editvq.core.data.TextDecoding;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.editvq.core.data.SkippedEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a source tree: a folder, or a tar archive (plain or gzip-compressed, recognised by its
 * bytes, not its name), holding one sub-folder per problem, like {@code googlejam4.tar}:
 * {@code googlejam4_src/<problem>/googlejamN.pXXX.ClassName.java}.
 *
 * <ul>
 *   <li><b>Wrapper folder:</b> when everything lies in one top-level folder that itself has
 *       sub-folders (as {@code googlejam4_src/}), that folder is the tree root.</li>
 *   <li><b>Problem id:</b> the path of the folder holding the file, below the tree root: {@code 1} for
 *       {@code googlejam4_src/1/x.java}, {@code 2008/round1A/a} for {@code 2008/round1A/a/x.java}. Distinct
 *       folders are therefore never merged into one problem.</li>
 *   <li><b>Submission id:</b> {@code <problem id>/<file name without extension>}, e.g.
 *       {@code 1/googlejam1.p393.mush}; stable because it only depends on the path.</li>
 *   <li><b>Unsafe archive members:</b> a member with an absolute path or a {@code ..} part is refused
 *       and reported ({@link SkipReasons#UNSAFE_PATH}).</li>
 *   <li><b>Language:</b> from the extension ({@code .java}, {@code .py}).</li>
 *   <li><b>Extras:</b> {@code path} (the path in the folder or archive), {@code encoding} on a
 *       non-UTF-8 fallback (see {@link TextDecoding}).</li>
 *   <li><b>Skipped, with reason:</b> files at the top level, other extensions, empty or binary
 *       files, non-regular files (links), unreadable files, duplicate ids, empty folders.
 *       Every file member of an archive is either loaded or skipped, so
 *       {@code loaded + skipped files = file members}.</li>
 *   <li><b>Order:</b> by path, numbers compared numerically (problem 2 before 10).</li>
 * </ul>
 * Runtimes are NaN (a source tree has none; see {@link RuntimeTable}).
 */
public final class SourceTreeReader {
    /** Extra column holding the entry's path inside the folder or archive. */
    public static final String PATH_EXTRA = "path";
    private static final Logger LOG = LoggerFactory.getLogger(SourceTreeReader.class);

    private SourceTreeReader() {
    }

    /** One file or folder of the tree, path relative to the folder or archive root. */
    private record Entry(String path, boolean directory, boolean regular, byte[] bytes, String readError) {
    }

    /** Reads a folder or a tar archive. */
    public static Corpus read(Path folderOrTar) throws IOException {
        if (Files.isDirectory(folderOrTar)) {
            return readFolder(folderOrTar);
        }
        if (Files.isRegularFile(folderOrTar)) {
            return readTar(folderOrTar);
        }
        throw new NoSuchFileException(folderOrTar.toString(), null, "no such folder or tar archive");
    }

    /** Reads a folder with one sub-folder per problem. */
    public static Corpus readFolder(Path folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(folder)) {
                    continue;
                }
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    entries.add(new Entry(rel, true, true, null, null));
                } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    entries.add(new Entry(rel, false, false, null, null));
                } else if (Language.fromFileName(p.getFileName().toString()).isEmpty()) {
                    entries.add(new Entry(rel, false, true, null, null));
                } else {
                    try {
                        entries.add(new Entry(rel, false, true, Files.readAllBytes(p), null));
                    } catch (IOException e) {
                        entries.add(new Entry(rel, false, true, null, String.valueOf(e.getMessage())));
                    }
                }
            }
        }
        return build(folder.toString(), "/", entries, new ArrayList<>());
    }

    /** Reads a tar archive (optionally gzip-compressed) with one folder per problem. */
    public static Corpus readTar(Path tar) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<SkippedEntry> archiveProblems = new ArrayList<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(tar), 1 << 16)) {
            InputStream in = isGzip(raw) ? new BufferedInputStream(new GzipCompressorInputStream(raw), 1 << 16) : raw;
            TarArchiveInputStream archive = new TarArchiveInputStream(in);
            String last = null;
            while (true) {
                TarArchiveEntry entry;
                try {
                    entry = archive.getNextTarEntry();
                } catch (IOException | RuntimeException e) {
                    if (last == null) {
                        throw new CorpusFormatException(tar, "not a readable tar archive: " + describe(e), e);
                    }
                    archiveProblems.add(new SkippedEntry(tar + " after member " + last + " (" + describe(e) + ")",
                            SkipReasons.ARCHIVE_BROKEN));
                    break;
                }
                if (entry == null) {
                    break;
                }
                last = entry.getName();
                if (isUnsafe(entry.getName())) {
                    archiveProblems.add(new SkippedEntry(tar + "!" + entry.getName(), SkipReasons.UNSAFE_PATH));
                    continue;
                }
                String name = normalize(entry.getName());
                if (name.isEmpty()) {
                    continue;
                }
                if (entry.isDirectory()) {
                    entries.add(new Entry(name, true, true, null, null));
                } else if (!entry.isFile() || entry.isSymbolicLink() || entry.isLink()) {
                    entries.add(new Entry(name, false, false, null, null));
                } else if (Language.fromFileName(fileName(name)).isEmpty()) {
                    entries.add(new Entry(name, false, true, null, null));
                } else {
                    try {
                        entries.add(new Entry(name, false, true, archive.readAllBytes(), null));
                    } catch (IOException e) {
                        archiveProblems.add(new SkippedEntry(tar + "!" + name + " (" + describe(e) + ")",
                                SkipReasons.ARCHIVE_BROKEN));
                        break;
                    }
                }
            }
            if (last == null && Files.size(tar) > 0 && entries.isEmpty()) {
                throw new CorpusFormatException(tar, "not a tar archive (no members found)");
            }
        }
        return build(tar.toString(), "!", entries, archiveProblems);
    }

    /** Locations are {@code folder/member} for folders and {@code archive!member} for archives. */
    private static Corpus build(String source, String separator, List<Entry> entries,
                                List<SkippedEntry> archiveProblems) {
        long start = System.nanoTime();
        entries.sort(Comparator.comparing(Entry::path, NaturalOrder.INSTANCE));
        String wrapper = wrapperFolder(entries).orElse(null);
        CorpusBuilder builder = new CorpusBuilder(source);
        Set<String> foldersWithContent = new HashSet<>();
        for (Entry e : entries) {
            String parent = parentOf(e.path());
            while (parent != null) {
                foldersWithContent.add(parent);
                parent = parentOf(parent);
            }
        }
        for (Entry e : entries) {
            String location = source + separator + e.path();
            String rel = wrapper == null ? e.path() : e.path().equals(wrapper) ? "" : e.path().substring(wrapper.length() + 1);
            if (e.directory()) {
                if (!rel.isEmpty() && !foldersWithContent.contains(e.path())) {
                    builder.skip(location + "/", SkipReasons.EMPTY_FOLDER);
                }
                continue;
            }
            String[] parts = rel.split("/");
            String fileName = parts[parts.length - 1];
            if (!e.regular()) {
                builder.skip(location, SkipReasons.NOT_REGULAR);
                continue;
            }
            if (parts.length < 2) {
                builder.skip(location, SkipReasons.TOP_LEVEL_FILE);
                continue;
            }
            Optional<Language> language = Language.fromFileName(fileName);
            if (language.isEmpty()) {
                builder.skip(location, SkipReasons.unsupportedFileType(fileName));
                continue;
            }
            if (e.readError() != null) {
                builder.skip(location + " (" + e.readError() + ")", SkipReasons.UNREADABLE);
                continue;
            }
            String problemId = rel.substring(0, rel.length() - fileName.length() - 1);
            int dot = fileName.lastIndexOf('.');
            String submissionId = problemId + "/" + (dot > 0 ? fileName.substring(0, dot) : fileName);
            builder.add(location, problemId, submissionId, language.get(), Double.NaN, TextDecoding.decode(e.bytes()),
                    Map.of(PATH_EXTRA, e.path()));
        }
        builder.skipped().addAll(archiveProblems);
        Corpus corpus = builder.build();
        LOG.info("{} ({} entries sorted and checked in {} ms)", corpus.report().summary(), entries.size(),
                (System.nanoTime() - start) / 1_000_000);
        return corpus;
    }

    /** The single top-level folder that holds everything and has sub-folders, if there is one. */
    private static Optional<String> wrapperFolder(List<Entry> entries) {
        Set<String> tops = new HashSet<>();
        boolean hasSubFolder = false;
        for (Entry e : entries) {
            String[] parts = e.path().split("/");
            tops.add(parts[0]);
            if (parts.length >= 3 || (parts.length == 2 && e.directory())) {
                hasSubFolder = true;
            }
        }
        if (tops.size() != 1 || !hasSubFolder) {
            return Optional.empty();
        }
        String top = tops.iterator().next();
        boolean isFolder = entries.stream().anyMatch(e -> e.path().startsWith(top + "/")
                || (e.directory() && e.path().equals(top)));
        return isFolder ? Optional.of(top) : Optional.empty();
    }

    /** Whether an archive member name is absolute or climbs out of the archive root with {@code ..}. */
    static boolean isUnsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || (n.length() >= 2 && Character.isLetter(n.charAt(0)) && n.charAt(1) == ':')) {
            return true;
        }
        return Arrays.asList(n.split("/")).contains("..");
    }

    /**
     * An I/O failure in words: some (a truncated gzip stream's {@link java.io.EOFException}) carry no
     * message at all.
     */
    static String describe(Throwable e) {
        if (e instanceof java.io.EOFException) {
            return "unexpected end of file, the archive is truncated"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String normalize(String name) {
        String n = name.replace('\\', '/');
        List<String> parts = new ArrayList<>(Arrays.asList(n.split("/")));
        parts.removeIf(p -> p.isEmpty() || p.equals("."));
        return String.join("/", parts);
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }
}
