package org.editvq.examples.cli;

import org.editvq.inference.suggest.OutputFiles;
import org.editvq.inference.suggest.Suggester;
import org.editvq.inference.suggest.SuggestionFormat;
import org.editvq.inference.suggest.SuggestionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code editvq suggest}: a program under every latent, identical outputs grouped, ranked, formatted,
 * parse-checked and shown as diffs; prints how many distinct outputs parse.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Decode a source file under each latent of a trained Edit-VQ-VAE and show the distinct"
                + " suggestions (ranked by log-likelihood per token, formatted with the user's names) as diffs;"
                + " outputs that do not parse are listed apart.")
public final class SuggestCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "model bundle folder")
    Path model;
    @Parameters(index = "0", description = "source file (.java or .py)")
    Path file;
    @Option(names = "--latents", defaultValue = "all", description = "all, or comma-separated latent indices (default: ${DEFAULT-VALUE})")
    String latents;
    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE})")
    String format;
    @Option(names = "--out", description = "write here (atomically) instead of standard output")
    Path out;
    @picocli.CommandLine.Mixin
    BeamOption beam = new BeamOption();
    @Option(names = "--max-length", defaultValue = "0", description = "most tokens per output; 0 = the model's limit (default: ${DEFAULT-VALUE})")
    int maxLength;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Override
    public Integer call() {
        try {
            int[] chosen = latents.equalsIgnoreCase("all") ? new int[0]
                    : Arrays.stream(latents.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
            SuggestionFormat how = SuggestionFormat.parse(format);
            SuggestionReport report = Suggester.suggest(model, file, new Suggester.Request(chosen, maxLength, threads.count(),
                    beam.width()));
            String text = how.render(report);
            if (out == null) {
                System.out.print(text);
            } else {
                OutputFiles.writeAtomically(out, text);
            }
            if (out != null || how != SuggestionFormat.TEXT) { // the text report's header says it already
                System.err.printf("editvq suggest: %d latents -> %s%s%n", report.latents().size(),
                        SuggestionFormat.parseRate(report), out == null ? "" : " -> " + out);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("editvq suggest: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("editvq suggest: " + e);
            return 1;
        }
    }
}
