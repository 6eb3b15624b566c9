package org.editvq.experiments.planted;

import org.editvq.evaluation.metrics.LatentPurity;
import org.editvq.inference.suggest.LatentAssignments;
import org.editvq.synth.EditCategory;
import org.editvq.synth.GroundTruth;
import org.editvq.synth.PlantedEditCorpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
     * The planted category separating two programs when exactly one does, else empty.
     */
    public static Optional<String> singleEdit(GroundTruth slow, GroundTruth fast) {
        Set<EditCategory> differing = slow.differingEdits(fast);
        return differing.size() == 1 ? Optional.of(differing.iterator().next().key()) : Optional.empty();
    }

    /**
     * Assigns the pairs of {@code pairsDir} under the best weights of {@code bundleDir} and scores them
     * against {@code groundTruthCsv} (the {@code ground_truth.csv} of {@code editvq synth}).
     *
     * @param seed seed of the random floor's permutations
     * @throws IllegalArgumentException naming the file when no pair's programs are in the ground truth
     */
    public static Report measure(Path bundleDir, Path pairsDir, Path groundTruthCsv, long seed) throws IOException {
        List<GroundTruth> truth = PlantedEditCorpus.readGroundTruth(groundTruthCsv);
        return evaluate(LatentAssignments.assign(bundleDir, pairsDir), truth, groundTruthCsv.toString(), seed);
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
