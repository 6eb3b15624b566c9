package org.editvq.examples.cli;

import org.editvq.experiments.planted.PlantedLatents;
import org.editvq.inference.suggest.LatentAssignments;
import org.editvq.inference.suggest.LatentProfiles;
import org.editvq.inference.suggest.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code editvq latents}: what the training pairs assigned to each latent have in common. */
@Command(name = "latents", mixinStandardHelpOptions = true,
        description = "Assign every training pair to its latent and show the codebook's health and, per latent, the"
                + " pairs, mean speedup, most frequent inserted/deleted token n-grams and example pairs (text, html);"
                + " or list every train and valid pair with its latent and distance to the code (csv, json).")
public final class LatentsCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "model bundle folder")
    Path model;
    @Option(names = "--pairs", required = true, description = "pair dataset folder (editvq pairs)")
    Path pairs;
    @Option(names = "--format", defaultValue = "text",
            description = "text, html (profiles per latent) or csv, json (one row per pair) (default: ${DEFAULT-VALUE})")
    String format;
    @Option(names = "--out", description = "write here (atomically) instead of standard output")
    Path out;
    @Option(names = "--planted", paramLabel = "GROUND_TRUTH_CSV",
            description = "the ground_truth.csv of the editvq synth corpus the pairs come from: report the latents"
                    + " in use and NMI / purity of the latents against the planted category of every pair that"
                    + " differs by exactly one planted edit, instead of the profiles (text only)")
    Path planted;
    @Option(names = "--recall", description = "with --planted: also decode every held-out test input under every"
            + " latent and report the planted edit recall (slow: one decode per test input)")
    boolean recall;
    @picocli.CommandLine.Mixin
    BeamOption beam = new BeamOption();

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    /** {@code --planted [--recall]}: the bundle, pairs and ground truth read once for both measurements. */
    private String plantedReport() throws java.io.IOException {
        PlantedLatents.Inputs in = PlantedLatents.load(model, pairs, planted);
        String text = PlantedLatents.text(PlantedLatents.measure(in, 1));
        return recall ? text + PlantedLatents.text(PlantedLatents.recall(in, beam.width(), threads.count())) : text;
    }

    @Override
    public Integer call() {
        try {
            if (planted != null && !format.equalsIgnoreCase("text")) {
                throw new IllegalArgumentException("--planted reports as text; use --format csv|json without it");
            }
            if (recall && planted == null) {
                throw new IllegalArgumentException("--recall needs --planted GROUND_TRUTH_CSV");
            }
            String text = planted != null ? plantedReport() : switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "text" -> LatentProfiles.text(LatentProfiles.profile(model, pairs));
                case "html" -> LatentProfiles.html(LatentProfiles.profile(model, pairs));
                case "csv" -> LatentAssignments.csv(LatentAssignments.assign(model, pairs));
                case "json" -> LatentAssignments.json(LatentAssignments.assign(model, pairs));
                default -> throw new IllegalArgumentException("unknown format " + format
                        + " (expected text, html, csv or json)");
            };
            if (out == null) {
                System.out.print(text);
            } else {
                OutputFiles.writeAtomically(out, text);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("editvq latents: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("editvq latents: " + e);
            return 1;
        }
    }
}
