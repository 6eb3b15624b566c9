package org.editvq.dataset.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The corpus layouts editvq reads, with the names used in a corpus spec ({@code format:path}). */
public enum CorpusFormat {
    /** A folder or tar archive with one sub-folder per problem ({@link SourceTreeReader}). */
    TREE("tree"),
    /** A Project CodeNet folder with {@code metadata/} and {@code data/} ({@link CodeNetReader}). */
    CODENET("codenet"),
    /** A gcj-dataset CSV such as {@code gcj2017.csv} ({@link GcjCsvReader}). */
    GCJ("gcj"),
    /** editvq's normalized corpus CSV ({@link NormalizedCsv}). */
    NORMALIZED("normalized");

    private final String specName;

    CorpusFormat(String specName) {
        this.specName = specName;
    }

    /** The name in a spec, e.g. {@code gcj} in {@code gcj:gcj2017.csv}. */
    public String specName() {
        return specName;
    }

    /** The format with this spec name (case-insensitive), if any. */
    public static Optional<CorpusFormat> fromSpecName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.specName.equals(lower)).findFirst();
    }

    /** All spec names, for messages. */
    public static List<String> specNames() {
        return Arrays.stream(values()).map(CorpusFormat::specName).toList();
    }
}
