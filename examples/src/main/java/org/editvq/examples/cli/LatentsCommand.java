package org.editvq.examples.cli;

import org.editvq.training.suggest.LatentProfiles;
import org.editvq.training.suggest.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code editvq latents}: what the training pairs assigned to each latent have in common. */
@Command(name = "latents", mixinStandardHelpOptions = true,
        description = "Assign every training pair to its latent and show, per latent, the pairs, mean speedup, most"
                + " frequent inserted/deleted token n-grams and example pairs.")
public final class LatentsCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "model bundle folder")
    Path model;
    @Option(names = "--pairs", required = true, description = "pair dataset folder (editvq pairs)")
    Path pairs;
    @Option(names = "--format", defaultValue = "text", description = "text or html (default: ${DEFAULT-VALUE})")
    String format;
    @Option(names = "--out", description = "write here (atomically) instead of standard output")
    Path out;

    @Override
    public Integer call() {
        try {
            boolean html = switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "text" -> false;
                case "html" -> true;
                default -> throw new IllegalArgumentException("unknown format " + format + " (expected text or html)");
            };
            LatentProfiles.Report report = LatentProfiles.profile(model, pairs);
            String text = html ? LatentProfiles.html(report) : LatentProfiles.text(report);
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
