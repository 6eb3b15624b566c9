package org.editvq.inference.suggest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.editvq.core.data.ProgramPair;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.EditModel;
import org.editvq.models.PairBatch;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.models.nn.VectorQuantizer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The library call behind {@code editvq latents --format csv|json}: every pair of a dataset's
 * {@code train} and {@code valid} splits with the latent the model assigns it
 * ({@link EditModel#assignWithDistances}, the nearest code to its pre-quantization vector) and the
 * Euclidean distance to that code, so that researchers can analyse the latents themselves. Pairs
 * longer than the model accepts are counted, not listed.
 */
public final class LatentAssignments {
    /** Pairs per model call. */
    public static final int BATCH = 16;
    /** The CSV columns, in order (also the JSON field names of each row). */
    public static final List<String> COLUMNS = List.of("split", "problem", "slow_id", "fast_id", "speedup", "latent",
            "distance");

    private LatentAssignments() {
    }

    /**
     * One pair and its latent.
     *
     * @param split    {@code train} or {@code valid}
     * @param problem  problem id
     * @param slowId   submission id of the slow program
     * @param fastId   submission id of the fast program
     * @param speedup  slow runtime / fast runtime
     * @param latent   the assigned codebook index
     * @param distance Euclidean distance from the pair's pre-quantization vector to that code, in the
     *                 codebook's space (after the projection to narrower codes and the normalisation of
     *                 cosine lookup, when the model has them)
     */
    public record Row(String split, String problem, String slowId, String fastId, double speedup, int latent,
                      double distance) {
        public Row {
            Objects.requireNonNull(split, "split");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(slowId, "slowId");
            Objects.requireNonNull(fastId, "fastId");
        }
    }

    /**
     * Every assigned pair.
     *
     * @param bundle       the model bundle
     * @param pairsDir     the pair dataset
     * @param codebookSize K
     * @param rows         one per pair, train then valid, in dataset order
     * @param skipped      pairs longer than the model accepts (not listed)
     */
    public record Report(String bundle, String pairsDir, int codebookSize, List<Row> rows, int skipped) {
        public Report {
            rows = List.copyOf(rows);
        }
    }

    /** The pairs of {@code pairsDir} under the best weights of the bundle at {@code bundleDir}. */
    public static Report assign(Path bundleDir, Path pairsDir) throws IOException {
        ModelBundle bundle = LatentProfiles.loadForPairs(bundleDir, pairsDir);
        return assign(bundle.model(), bundle.vocabulary(), splits(PairDatasetIO.read(pairsDir)), bundleDir.toString(),
                pairsDir.toString());
    }

    /** The splits a report lists: {@code train} then {@code valid}, in dataset order. */
    public static Map<String, List<ProgramPair>> splits(PairDataset dataset) {
        Map<String, List<ProgramPair>> splits = new LinkedHashMap<>();
        splits.put("train", dataset.train());
        splits.put("valid", dataset.valid());
        return splits;
    }

    /** The pairs of each named split under an in-memory model (with a codebook). */
    public static Report assign(EditModel model, Vocabulary vocabulary, Map<String, List<ProgramPair>> splits,
                                String bundle, String pairsDir) {
        if (!model.config().kind().discrete()) {
            throw new IllegalArgumentException("latent assignments need a model with a codebook, not "
                    + model.config().kind().cliName());
        }
        List<Row> rows = new ArrayList<>();
        int skipped = 0;
        for (Map.Entry<String, List<ProgramPair>> split : splits.entrySet()) {
            List<ProgramPair> kept = new ArrayList<>();
            List<int[]> xs = new ArrayList<>();
            List<int[]> ys = new ArrayList<>();
            for (ProgramPair p : split.getValue()) {
                if (p.slow().length() <= model.config().maxSourceLength()
                        && p.fast().length() + 1 <= model.config().maxTargetLength()
                        && p.slow().length() > 0 && p.fast().length() > 0) {
                    kept.add(p);
                    xs.add(vocabulary.encode(p.slow().tokens()));
                    ys.add(vocabulary.encode(p.fast().tokens()));
                } else {
                    skipped++;
                }
            }
            for (int from = 0; from < kept.size(); from += BATCH) {
                int to = Math.min(kept.size(), from + BATCH);
                VectorQuantizer.Assignment a = model.assignWithDistances(PairBatch.of(xs.subList(from, to),
                        ys.subList(from, to)));
                for (int i = from; i < to; i++) {
                    ProgramPair p = kept.get(i);
                    rows.add(new Row(split.getKey(), p.slow().problemId(), p.slow().submissionId(),
                            p.fast().submissionId(), p.speedup(), a.codes()[i - from], a.distances()[i - from]));
                }
            }
        }
        return new Report(bundle, pairsDir, model.config().codebookSize(), rows, skipped);
    }

    /** The rows as CSV with a header of {@link #COLUMNS} (RFC 4180, Commons CSV). */
    public static String csv(Report r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator('\n').build())) {
            for (Row row : r.rows()) {
                csv.printRecord(row.split(), row.problem(), row.slowId(), row.fastId(), row.speedup(), row.latent(),
                        row.distance());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The report as one JSON object: {@code bundle}, {@code pairs}, {@code codebookSize},
     * {@code skipped} and {@code rows}, an array of objects with the fields of {@link #COLUMNS}.
     */
    public static String json(Report r) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("bundle", r.bundle());
        top.put("pairs", r.pairsDir());
        top.put("codebookSize", r.codebookSize());
        top.put("skipped", r.skipped());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : r.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("split", row.split());
            m.put("problem", row.problem());
            m.put("slow_id", row.slowId());
            m.put("fast_id", row.fastId());
            m.put("speedup", row.speedup());
            m.put("latent", row.latent());
            m.put("distance", row.distance());
            rows.add(m);
        }
        top.put("rows", rows);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(top) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
