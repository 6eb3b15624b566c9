package org.editvq.experiments.planted;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.dataset.pairs.TestInput;
import org.editvq.evaluation.metrics.LatentPurity;
import org.editvq.inference.decode.ProgramDecoder;
import org.editvq.inference.suggest.LatentAssignments;
import org.editvq.inference.suggest.LatentProfiles;
import org.editvq.models.DecodeOptions;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.synth.EditCategory;
import org.editvq.synth.GroundTruth;
import org.editvq.synth.PlantedEditCorpus;
import org.editvq.synth.SynthProblems;
import org.editvq.synth.SynthSource;
import org.editvq.training.EditDecoding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How well a trained model's latents recover the edits planted in a synthetic corpus: every train and
 * valid pair is assigned its latent ({@link LatentAssignments}); the pairs whose two programs differ by
 * exactly one planted category are scored against that category ({@link LatentPurity}: NMI, purity and
 * their random floors). This is the measurement of the planted-corpus targets (issue #12: NMI ≥ 0.75,
 * ≥ 24 latents in use at K = 64).
 */
public final class PlantedLatents {
    private PlantedLatents() {
    }

    /**
     * What was measured.
     *
     * @param assignments   every pair and its latent
     * @param purity        latents against categories over the single-edit pairs
     * @param singleEdit    pairs that differ by exactly one planted edit
     * @param multiEdit     pairs that differ by two or more
     * @param noEdit        pairs whose programs made the same planted choices (a runtime difference of style
     *                      or measurement noise)
     * @param unknown       pairs with a program the ground truth does not list
     * @param latentsInUse  distinct latents assigned to any pair
     * @param singleEditLatents distinct latents assigned to a single-edit pair
     */
    public record Report(LatentAssignments.Report assignments, LatentPurity.Report purity, int singleEdit,
                         int multiEdit, int noEdit, int unknown, int latentsInUse, int singleEditLatents) {
    }

    /**
     * What a measurement reads, loaded once: the bundle's best weights, the pair dataset and the ground truth.
     *
     * @param bundle      the model
     * @param dataset     its pair dataset
     * @param truth       the rows of the ground truth file
     * @param bundleDir   where the bundle was read (for reports)
     * @param pairsDir    where the pairs were read
     * @param truthSource where the ground truth was read (named in errors)
     */
    public record Inputs(ModelBundle bundle, PairDataset dataset, List<GroundTruth> truth, Path bundleDir,
                         Path pairsDir, String truthSource) {
        public Inputs {
            truth = List.copyOf(truth);
        }
    }

    /**
     * Reads the best weights of {@code bundleDir}, the pair dataset {@code pairsDir} and {@code groundTruthCsv}
     * (the {@code ground_truth.csv} of {@code editvq synth}); a wrong folder is an error naming it.
     */
    public static Inputs load(Path bundleDir, Path pairsDir, Path groundTruthCsv) throws IOException {
        ModelBundle bundle = LatentProfiles.loadForPairs(bundleDir, pairsDir);
        return new Inputs(bundle, PairDatasetIO.read(pairsDir), PlantedEditCorpus.readGroundTruth(groundTruthCsv),
                bundleDir, pairsDir, groundTruthCsv.toString());
    }

    /**
     * Assigns the pairs of {@code pairsDir} under the best weights of {@code bundleDir} and scores them
     * against {@code groundTruthCsv} (the {@code ground_truth.csv} of {@code editvq synth}).
     *
     * @param seed seed of the random floor's permutations
     * @throws IllegalArgumentException naming the file when no pair's programs are in the ground truth
     */
    public static Report measure(Path bundleDir, Path pairsDir, Path groundTruthCsv, long seed) throws IOException {
        return measure(load(bundleDir, pairsDir, groundTruthCsv), seed);
    }

    /** {@link #measure(Path, Path, Path, long)} of inputs already loaded. */
    public static Report measure(Inputs in, long seed) {
        LatentAssignments.Report assignments = LatentAssignments.assign(in.bundle().model(), in.bundle().vocabulary(),
                LatentAssignments.splits(in.dataset()), in.bundleDir().toString(), in.pairsDir().toString());
        return evaluate(assignments, in.truth(), in.truthSource(), seed);
    }

    /** {@link #measure} of assignments already made. */
    public static Report evaluate(LatentAssignments.Report assignments, List<GroundTruth> truth, String source,
                                  long seed) {
        Map<String, GroundTruth> byId = new HashMap<>();
        for (GroundTruth g : truth) {
            byId.put(g.submissionId(), g);
        }
        List<Integer> latents = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Set<Integer> used = new TreeSet<>();
        int multi = 0;
        int none = 0;
        int unknown = 0;
        for (LatentAssignments.Row row : assignments.rows()) {
            used.add(row.latent());
            GroundTruth slow = byId.get(row.slowId());
            GroundTruth fast = byId.get(row.fastId());
            if (slow == null || fast == null) {
                unknown++;
                continue;
            }
            Set<EditCategory> differing = slow.differingEdits(fast);
            if (differing.size() == 1) {
                latents.add(row.latent());
                categories.add(differing.iterator().next().key());
            } else if (differing.isEmpty()) {
                none++;
            } else {
                multi++;
            }
        }
        if (latents.isEmpty()) {
            throw new IllegalArgumentException(source + ": none of the " + assignments.rows().size()
                    + " pairs differs by exactly one planted edit (" + unknown + " with programs it does not list);"
                    + " is it the ground_truth.csv of the corpus these pairs were built from?");
        }
        LatentPurity.Report purity = LatentPurity.evaluate(latents.stream().mapToInt(Integer::intValue).toArray(),
                categories, seed);
        return new Report(assignments, purity, latents.size(), multi, none, unknown, used.size(),
                new TreeSet<>(latents).size());
    }

    /**
     * Planted edit recall of a model on the held-out test inputs of a pair dataset: for each test input and each
     * category it is slow on, whether some latent's suggestion equals, token for token, the input with exactly
     * that planted edit applied (rendered by the generator from the ground truth, canonicalized).
     *
     * @param inputs   test inputs decoded (those the model accepts and the ground truth lists)
     * @param fixes    (input, category) pairs whose fix differs from the input
     * @param found    of those, the ones some latent produced
     * @param distinct distinct suggestions (the unchanged input included) summed over the inputs
     * @param foundFixes {@code submission:category} of every fix found
     */
    public record Recall(int inputs, int fixes, int found, int distinct, List<String> foundFixes) {
        public Recall {
            foundFixes = List.copyOf(foundFixes);
        }

        /** found / fixes (0 without fixes). */
        public double rate() {
            return fixes == 0 ? 0 : (double) found / fixes;
        }
    }

    /**
     * Decodes every test input of {@code pairsDir} under every latent of the bundle's best weights (the default
     * edit decoding, greedy or a beam of {@code beamWidth}) and measures the planted edit recall against
     * {@code groundTruthCsv}.
     */
    public static Recall recall(Path bundleDir, Path pairsDir, Path groundTruthCsv, int beamWidth, int threads)
            throws IOException {
        return recall(load(bundleDir, pairsDir, groundTruthCsv), beamWidth, threads);
    }

    /** {@link #recall(Path, Path, Path, int, int)} of inputs already loaded. */
    public static Recall recall(Inputs in, int beamWidth, int threads) {
        Map<String, GroundTruth> byId = new HashMap<>();
        for (GroundTruth g : in.truth()) {
            byId.put(g.submissionId(), g);
        }
        ModelBundle bundle = in.bundle();
        int inputs = 0;
        int fixes = 0;
        int distinct = 0;
        List<String> found = new ArrayList<>();
        for (TestInput test : in.dataset().test()) {
            GroundTruth truth = byId.get(test.input().submissionId());
            if (truth == null || test.input().length() > bundle.config().maxSourceLength()) {
                continue;
            }
            Canonicalizer canonicalizer = Canonicalizers.forLanguage(SynthProblems.byId(truth.problemId())
                    .orElseThrow(() -> new IllegalArgumentException(in.truthSource() + ": no synthetic problem '"
                            + truth.problemId() + "'")).language());
            List<String> input = test.input().tokens();
            ProgramDecoder.Result decoded = ProgramDecoder.decode(bundle.model(), bundle.vocabulary(), canonicalizer,
                    test.input().submissionId(), input, new ProgramDecoder.Request(new int[0], 1,
                            DecodeOptions.greedy(bundle.config().maxTargetLength()).withBeamWidth(beamWidth), 0,
                            threads, EditDecoding.DEFAULT));
            Set<List<String>> outputs = new HashSet<>();
            decoded.outputs().forEach(o -> outputs.add(o.tokens()));
            inputs++;
            distinct += outputs.size();
            for (Map.Entry<EditCategory, List<String>> fix : canonicalFixes(PlantedEditCorpus.plantedFixes(truth),
                    canonicalizer, input).entrySet()) {
                fixes++;
                if (outputs.contains(fix.getValue())) {
                    found.add(test.input().submissionId() + ":" + fix.getKey().key());
                }
            }
        }
        return new Recall(inputs, fixes, found.size(), distinct, found);
    }

    /**
     * The planted fixes of one input as canonical tokens, those a recall counts: the ones that canonicalize
     * and differ from the input. The rule of every planted recall (this class and the demo).
     */
    public static Map<EditCategory, List<String>> canonicalFixes(Map<EditCategory, SynthSource> fixes,
                                                                 Canonicalizer canonicalizer, List<String> input) {
        Map<EditCategory, List<String>> out = new java.util.EnumMap<>(EditCategory.class);
        for (Map.Entry<EditCategory, SynthSource> fix : fixes.entrySet()) {
            CanonicalizationResult c = canonicalizer.canonicalize(fix.getValue().text(), CanonicalizationMode.GENERIC);
            if (c.ok() && !c.tokens().equals(input)) {
                out.put(fix.getKey(), c.tokens());
            }
        }
        return out;
    }

    /** The recall as text. */
    public static String text(Recall r) {
        return String.format(Locale.ROOT, "planted edit recall on %d held-out test inputs: %d of %d planted fixes"
                        + " produced by some latent (%.0f%%); %.1f distinct suggestions per input%s%n", r.inputs(),
                r.found(), r.fixes(), 100 * r.rate(), r.inputs() == 0 ? 0.0 : (double) r.distinct() / r.inputs(),
                r.foundFixes().isEmpty() ? "" : "; found: " + String.join(", ", r.foundFixes()));
    }

    /** The report as text: the counts, NMI and purity against their floors, and the contingency table. */
    public static String text(Report r) {
        LatentPurity.Report p = r.purity();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d pairs (%d too long, not assigned): %d differ by exactly one planted"
                        + " edit, %d by more, %d by none, %d with programs the ground truth does not list%n",
                r.assignments().rows().size(), r.assignments().skipped(), r.singleEdit(), r.multiEdit(), r.noEdit(),
                r.unknown()));
        sb.append(String.format(Locale.ROOT, "latents in use: %d of %d (%d on single-edit pairs)%n",
                r.latentsInUse(), r.assignments().codebookSize(), r.singleEditLatents()));
        sb.append(String.format(Locale.ROOT, "single-edit pairs: NMI %.3f (random %.3f), purity %.3f (random %.3f)%n",
                p.nmi(), p.randomNmi(), p.purity(), p.randomPurity()));
        sb.append(p.tableText());
        return sb.toString();
    }
}
