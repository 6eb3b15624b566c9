package org.editvq.inference.suggest;

import org.editvq.core.data.ProgramPair;
import org.editvq.inference.diff.LineDiff;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.EditModel;
import org.editvq.models.PairBatch;
import org.editvq.models.bundle.BundleFormatException;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.training.CodebookHealth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The library call behind {@code editvq latents}: every training pair assigned to its latent
 * ({@link EditModel#assignCodes}, in batches), and per latent the number of pairs, their average
 * speedup, the most frequent token-level edits (inserted and deleted n-grams, n = 1..3, inside the
 * runs of insertions or deletions of {@link LineDiff#script} from slow to fast tokens) and three
 * example pairs with a short diff.
 */
public final class LatentProfiles {
    /** Pairs per {@link EditModel#assignCodes} call. */
    public static final int BATCH = 16;
    /** Most frequent n-grams kept per direction. */
    public static final int TOP = 5;
    /** Example pairs kept per latent. */
    public static final int EXAMPLES = 3;

    private LatentProfiles() {
    }

    /** An n-gram of tokens and how often it occurs. */
    public record NgramCount(String ngram, int count) {
        public NgramCount {
            Objects.requireNonNull(ngram, "ngram");
        }
    }

    /** One pair shown as an example: ids, speedup and a short token-level diff. */
    public record Example(String slowId, String fastId, double speedup, String diff) {
    }

    /**
     * What the pairs assigned to one latent have in common.
     *
     * @param latent      codebook index
     * @param pairs       training pairs assigned to it
     * @param meanSpeedup mean speedup of those pairs (0 when there are none)
     * @param inserted    most frequent inserted n-grams, most frequent first
     * @param deleted     most frequent deleted n-grams, most frequent first
     * @param examples    the first pairs assigned (at most {@link #EXAMPLES})
     */
    public record LatentProfile(int latent, int pairs, double meanSpeedup, List<NgramCount> inserted,
                                List<NgramCount> deleted, List<Example> examples) {
        public LatentProfile {
            inserted = List.copyOf(inserted);
            deleted = List.copyOf(deleted);
            examples = List.copyOf(examples);
        }
    }

    /**
     * The profiles of every latent.
     *
     * @param pairs    training pairs assigned
     * @param skipped  training pairs longer than the model accepts (not assigned)
     * @param profiles one per latent, in latent order
     * @param health   the codebook's health from the bundle's history (null for an in-memory model)
     */
    public record Report(String bundle, String pairsDir, int pairs, int skipped, List<LatentProfile> profiles,
                         CodebookHealth health) {
        public Report {
            profiles = List.copyOf(profiles);
        }

        /** A report without codebook health. */
        public Report(String bundle, String pairsDir, int pairs, int skipped, List<LatentProfile> profiles) {
            this(bundle, pairsDir, pairs, skipped, profiles, null);
        }
    }

    /** Profiles of the training pairs in {@code pairsDir} under the bundle at {@code bundleDir}. */
    public static Report profile(Path bundleDir, Path pairsDir) throws IOException {
        ModelBundle bundle = loadForPairs(bundleDir, pairsDir);
        PairDataset dataset = PairDatasetIO.read(pairsDir);
        Report r = profile(bundle.model(), bundle.vocabulary(), dataset.train(), bundleDir.toString(),
                pairsDir.toString());
        return new Report(r.bundle(), r.pairsDir(), r.pairs(), r.skipped(), r.profiles(),
                CodebookHealth.of(bundle.history()));
    }

    /** Profiles of {@code pairs} under an in-memory model. */
    public static Report profile(EditModel model, Vocabulary vocabulary, List<ProgramPair> pairs, String bundle,
                                 String pairsDir) {
        if (!model.config().kind().discrete()) {
            throw new IllegalArgumentException("latent profiles need a model with a codebook, not "
                    + model.config().kind().cliName());
        }
        int k = model.config().codebookSize();
        List<ProgramPair> kept = new ArrayList<>();
        List<int[]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (ProgramPair p : pairs) {
            if (p.slow().length() <= model.config().maxSourceLength()
                    && p.fast().length() + 1 <= model.config().maxTargetLength()) {
                kept.add(p);
                xs.add(vocabulary.encode(p.slow().tokens()));
                ys.add(vocabulary.encode(p.fast().tokens()));
            }
        }
        int[] codes = new int[kept.size()];
        for (int from = 0; from < kept.size(); from += BATCH) {
            int to = Math.min(kept.size(), from + BATCH);
            int[] batch = model.assignCodes(PairBatch.of(xs.subList(from, to), ys.subList(from, to)));
            System.arraycopy(batch, 0, codes, from, batch.length);
        }
        List<LatentProfile> profiles = new ArrayList<>();
        for (int latent = 0; latent < k; latent++) {
            Map<String, Integer> inserted = new HashMap<>();
            Map<String, Integer> deleted = new HashMap<>();
            List<Example> examples = new ArrayList<>();
            int n = 0;
            double speedup = 0;
            for (int i = 0; i < kept.size(); i++) {
                if (codes[i] != latent) {
                    continue;
                }
                ProgramPair p = kept.get(i);
                n++;
                speedup += p.speedup();
                List<LineDiff.Line> script = LineDiff.script(p.slow().tokens(), p.fast().tokens());
                countNgrams(script, LineDiff.Op.INSERT, inserted);
                countNgrams(script, LineDiff.Op.DELETE, deleted);
                if (examples.size() < EXAMPLES) {
                    examples.add(new Example(p.slow().submissionId(), p.fast().submissionId(), p.speedup(),
                            shortDiff(script, 3, 12)));
                }
            }
            profiles.add(new LatentProfile(latent, n, n == 0 ? 0 : speedup / n, top(inserted), top(deleted), examples));
        }
        return new Report(bundle, pairsDir, kept.size(), pairs.size() - kept.size(), profiles);
    }

    /** Adds every n-gram (n = 1..3) inside each maximal run of {@code op} lines of {@code script}. */
    static void countNgrams(List<LineDiff.Line> script, LineDiff.Op op, Map<String, Integer> counts) {
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= script.size(); i++) {
            LineDiff.Line line = i < script.size() ? script.get(i) : null;
            if (line != null && line.op() == op) {
                run.add(line.text());
                continue;
            }
            if (line != null && line.op() != LineDiff.Op.KEEP) {
                continue; // a run of the other operation does not end this one
            }
            for (int len = 1; len <= 3; len++) {
                for (int s = 0; s + len <= run.size(); s++) {
                    counts.merge(String.join(" ", run.subList(s, s + len)), 1, Integer::sum);
                }
            }
            run.clear();
        }
    }

    private static List<NgramCount> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(e -> new NgramCount(e.getKey(), e.getValue())).toList();
    }

    /**
     * The first {@code hunks} changes of a token script, each as {@code -[deleted] +[inserted]}
     * with at most {@code maxTokens} tokens per side; {@code (no change)} when there is none.
     */
    public static String shortDiff(List<LineDiff.Line> script, int hunks, int maxTokens) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int total = 0;
        while (i < script.size()) {
            if (script.get(i).op() == LineDiff.Op.KEEP) {
                i++;
                continue;
            }
            List<String> del = new ArrayList<>();
            List<String> ins = new ArrayList<>();
            while (i < script.size() && script.get(i).op() != LineDiff.Op.KEEP) {
                (script.get(i).op() == LineDiff.Op.DELETE ? del : ins).add(script.get(i).text());
                i++;
            }
            total++;
            if (parts.size() < hunks) {
                parts.add((del.isEmpty() ? "" : "-[" + clip(del, maxTokens) + "]")
                        + (del.isEmpty() || ins.isEmpty() ? "" : " ") + (ins.isEmpty() ? "" : "+[" + clip(ins, maxTokens) + "]"));
            }
        }
        if (parts.isEmpty()) {
            return "(no change)";
        }
        return String.join("  ", parts) + (total > hunks ? "  (+" + (total - hunks) + " more)" : "");
    }

    private static String clip(List<String> tokens, int max) {
        return tokens.size() <= max ? String.join(" ", tokens)
                : String.join(" ", tokens.subList(0, max)) + " …";
    }

    /** The report as text, one block per latent. */
    public static String text(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "# %s on %s: %d training pairs assigned (%d too long, skipped)%n",
                r.bundle(), r.pairsDir(), r.pairs(), r.skipped()));
        if (r.health() != null) {
            sb.append("# ").append(r.health().describe(r.profiles().size())).append('\n');
        }
        for (LatentProfile p : r.profiles()) {
            sb.append(String.format(Locale.ROOT, "%n## latent %d: %d pairs, mean speedup %.2f%n", p.latent(), p.pairs(),
                    p.meanSpeedup()));
            if (p.pairs() == 0) {
                continue;
            }
            sb.append("   inserted: ").append(ngrams(p.inserted())).append('\n');
            sb.append("   deleted:  ").append(ngrams(p.deleted())).append('\n');
            for (Example e : p.examples()) {
                sb.append(String.format(Locale.ROOT, "   %s -> %s (x%.2f): %s%n", e.slowId(), e.fastId(), e.speedup(),
                        e.diff()));
            }
        }
        return sb.toString();
    }

    private static String ngrams(List<NgramCount> list) {
        return list.isEmpty() ? "-" : list.stream().map(n -> "'" + n.ngram() + "' " + n.count())
                .collect(Collectors.joining(", "));
    }

    /** The report as one self-contained HTML page (a table, inline CSS, no network). */
    public static String html(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>editvq latents</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}"
                + "code{font-size:12px}.empty{color:#999}</style></head><body>\n<h1>Latents of ")
                .append(SuggestionFormat.escape(r.bundle())).append("</h1>\n<p>")
                .append(r.pairs()).append(" training pairs of ").append(SuggestionFormat.escape(r.pairsDir()))
                .append(" assigned (").append(r.skipped()).append(" too long, skipped).</p>\n")
                .append(r.health() == null ? "" : "<p>" + SuggestionFormat.escape(r.health().describe(r.profiles().size()))
                        + ".</p>\n")
                .append("<table><tr><th>latent</th>"
                        + "<th>pairs</th><th>mean speedup</th><th>inserted</th><th>deleted</th><th>examples</th></tr>\n");
        for (LatentProfile p : r.profiles()) {
            sb.append("<tr").append(p.pairs() == 0 ? " class=\"empty\"" : "").append("><td>").append(p.latent())
                    .append("</td><td>").append(p.pairs()).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", p.meanSpeedup())).append("</td><td><code>")
                    .append(SuggestionFormat.escape(ngrams(p.inserted()))).append("</code></td><td><code>")
                    .append(SuggestionFormat.escape(ngrams(p.deleted()))).append("</code></td><td>");
            for (Example e : p.examples()) {
                sb.append(SuggestionFormat.escape(e.slowId() + " → " + e.fastId()))
                        .append(String.format(Locale.ROOT, " (×%.2f): <code>", e.speedup()))
                        .append(SuggestionFormat.escape(e.diff())).append("</code><br>");
            }
            sb.append("</td></tr>\n");
        }
        return sb.append("</table>\n</body></html>\n").toString();
    }

    /**
     * The best weights of the bundle at {@code bundleDir}, after checking that it is a bundle and that
     * {@code pairsDir} is a pair dataset; a wrong folder is an {@link IllegalArgumentException} naming it.
     */
    public static ModelBundle loadForPairs(Path bundleDir, Path pairsDir) throws IOException {
        if (!Files.isRegularFile(bundleDir.resolve(ModelBundle.BUNDLE_JSON))) {
            throw new IllegalArgumentException(bundleDir + ": not a model bundle (no " + ModelBundle.BUNDLE_JSON + ")");
        }
        if (!Files.isRegularFile(pairsDir.resolve(PairDatasetIO.TRAIN))) {
            throw new IllegalArgumentException(pairsDir + ": not a pair dataset (no " + PairDatasetIO.TRAIN + ")");
        }
        try {
            return ModelBundle.load(bundleDir, ModelBundle.Weights.BEST);
        } catch (BundleFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
