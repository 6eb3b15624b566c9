package org.editvq.experiments.planted;

import org.editvq.inference.suggest.LatentAssignments;
import org.editvq.synth.Choice;
import org.editvq.synth.EditCategory;
import org.editvq.synth.GroundTruth;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Latents against planted categories, on assignments and ground truth written by hand. */
class PlantedLatentsTest {

    private static GroundTruth program(String id, Choice input, Choice sums) {
        return new GroundTruth("range-sums", id, 1, "T", Map.of(EditCategory.INPUT, input,
                EditCategory.PREFIX_SUMS, sums));
    }

    private static LatentAssignments.Row row(String slow, String fast, int latent) {
        return new LatentAssignments.Row("train", "range-sums", slow, fast, 2.0, latent, 0.1);
    }

    @Test
    void scoresOnlyTheSingleEditPairsAndCountsTheRest() {
        List<GroundTruth> truth = List.of(program("ss", Choice.SLOW, Choice.SLOW),
                program("fs", Choice.FAST, Choice.SLOW), program("sf", Choice.SLOW, Choice.FAST),
                program("ff", Choice.FAST, Choice.FAST));
        // two input pairs on latent 3, two prefix-sum pairs on latent 5, one double edit on latent 9, one unknown,
        // one pair of the same choices
        LatentAssignments.Report assignments = new LatentAssignments.Report("b", "p", 64, List.of(
                row("ss", "fs", 3), row("sf", "ff", 3), row("ss", "sf", 5), row("fs", "ff", 5), row("ss", "ff", 9),
                row("ss", "elsewhere", 7), row("ff", "ff", 3)), 2);
        PlantedLatents.Report r = PlantedLatents.evaluate(assignments, truth, "gt.csv", 1);
        assertEquals(4, r.singleEdit());
        assertEquals(1, r.multiEdit());
        assertEquals(1, r.unknown());
        assertEquals(1, r.noEdit());
        assertEquals(4, r.latentsInUse());        // 3, 5, 7, 9
        assertEquals(2, r.singleEditLatents());   // 3, 5
        // latents and categories coincide: I = H = ln 2, NMI 1, purity 1
        assertEquals(1.0, r.purity().nmi(), 1e-12);
        assertEquals(1.0, r.purity().purity(), 1e-12);
        String text = PlantedLatents.text(r);
        assertTrue(text.contains("latents in use: 4 of 64 (2 on single-edit pairs)"), text);
        assertTrue(text.contains("7 pairs (2 too long, not assigned): 4 differ by exactly one planted edit, 1 by"
                + " more, 1 by none, 1 with programs the ground truth does not list"), text);

        // one input pair moved to latent 5: latent 5 holds {input, sums, sums}; hand-worked NMI
        LatentAssignments.Report mixed = new LatentAssignments.Report("b", "p", 64, List.of(
                row("ss", "fs", 3), row("sf", "ff", 5), row("ss", "sf", 5), row("fs", "ff", 5)), 0);
        PlantedLatents.Report m = PlantedLatents.evaluate(mixed, truth, "gt.csv", 1);
        // H(C) = ln 2; H(L) = -(1/4 ln 1/4 + 3/4 ln 3/4); I = H(C) - H(C|L) = ln 2 - 3/4 H(1/3, 2/3)
        double hL = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75));
        double hCgivenL = 0.75 * -(Math.log(1.0 / 3) / 3 + 2 * Math.log(2.0 / 3) / 3);
        double mi = Math.log(2) - hCgivenL;
        assertEquals(mi / ((hL + Math.log(2)) / 2), m.purity().nmi(), 1e-12);
        assertEquals(0.75, m.purity().purity(), 1e-12);
    }

    @Test
    void groundTruthOfAnotherCorpusIsAnErrorNamingTheFile() {
        LatentAssignments.Report assignments = new LatentAssignments.Report("b", "p", 16,
                List.of(row("a", "b", 1)), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlantedLatents.evaluate(
                assignments, List.of(program("ss", Choice.SLOW, Choice.SLOW)), "other/ground_truth.csv", 1));
        assertTrue(e.getMessage().startsWith("other/ground_truth.csv: none of the 1 pairs differs by exactly one"),
                e.getMessage());
    }

    @Test
    void plantedFixesFromAGroundTruthRowAreTheCorpusOwn() {
        org.editvq.synth.PlantedEditCorpus corpus = org.editvq.synth.PlantedEditCorpus.generate(
                new org.editvq.synth.SynthConfig(3, 5, 0.5, 11, false));
        int compared = 0;
        for (GroundTruth gt : corpus.groundTruth()) {
            Map<EditCategory, org.editvq.synth.SynthSource> own = corpus.plantedFixes(gt.submissionId());
            assertEquals(own, org.editvq.synth.PlantedEditCorpus.plantedFixes(gt));
            compared += own.size();
        }
        assertTrue(compared > 0, "no submission was slow on anything: nothing compared");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                org.editvq.synth.PlantedEditCorpus.plantedFixes(new GroundTruth("no-such-problem", "x-1", 1, "T",
                        Map.of(EditCategory.INPUT, Choice.SLOW))));
        assertEquals("no synthetic problem 'no-such-problem' (submission x-1)", e.getMessage());
    }
}
