package org.editvq.api;

import org.editvq.experiments.pipeline.CanonicalCorpus;
import org.editvq.core.data.SkippedEntry;
import org.editvq.core.manifest.RunManifest;
import org.editvq.dataset.pairs.PairCounts;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetIO;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * (slow, fast) pairs with their splits and reference sets, and how they were made.
 *
 * @param dataset  the pairs, splits ({@code train}, {@code valid}, their Transformer* variants) and held-out
 *                 test inputs with their reference sets
 * @param manifest provenance: the pair settings, counts, the corpus and its input hash
 * @param corpus   the canonicalized corpus the pairs came from (empty for pairs read from a folder)
 */
public record Pairs(PairDataset dataset, RunManifest manifest, Optional<CanonicalCorpus> corpus) {
    public Pairs {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(corpus, "corpus");
    }

    /** Entries that did not become programs: skipped by the reader, then failed to canonicalize. */
    public List<SkippedEntry> skipped() {
        List<SkippedEntry> out = new ArrayList<>();
        corpus.ifPresent(c -> {
            out.addAll(c.load().skipped());
            out.addAll(c.failed());
        });
        return out;
    }

    /** Where the pairs came from (the corpus spec or the folder). */
    public String source() {
        Object corpusSpec = manifest.metrics().get("corpus");
        return corpusSpec == null ? "?" : corpusSpec.toString();
    }

    /** What was loaded and skipped, and how many pairs each split holds. */
    public String report() {
        PairCounts c = dataset.counts();
        String programs = corpus.map(CanonicalCorpus::summary).orElse("read from " + source());
        return programs + "\n" + c.build().pairs() + " pairs; " + dataset.train().size() + " train, "
                + dataset.valid().size() + " valid, " + dataset.test().size() + " held-out test inputs (of "
                + c.testInputsEligible() + " eligible)";
    }

    /** Writes the pairs as a folder {@code editvq train --pairs} reads; returns the manifest written. */
    public RunManifest write(Path dir) throws IOException {
        return PairDatasetIO.write(dataset, dir, manifest);
    }
}
