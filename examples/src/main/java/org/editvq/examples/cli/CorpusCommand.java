package org.editvq.examples.cli;

import org.editvq.dataset.corpus.Corpora;
import org.editvq.dataset.corpus.CorpusSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code editvq corpus --corpus SPEC [--out FILE.csv]}: loads a corpus, prints what was loaded and
 * skipped (by reason) and the submissions per problem; with {@code --out}, exports the corpus to
 * editvq's normalized CSV. One library call: {@link Corpora#inspect(String, Path)}.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Load a corpus and report what was loaded and skipped; optionally export it as normalized CSV.",
                "SPEC is [format:]PATH[?runtimes=FILE.csv], format one of tree, codenet, gcj, normalized "
                        + "(detected from PATH when omitted). See docs/corpora.md."})
public final class CorpusCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "SPEC",
            description = "The corpus: a folder or .tar with one folder per problem, a CodeNet folder, "
                    + "a gcj-dataset .csv or a normalized .csv; append ?runtimes=FILE.csv to join runtimes.")
    String corpus;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Export the loaded corpus to this normalized CSV.")
    Path out;

    @Override
    public Integer call() {
        try {
            CorpusSummary summary = Corpora.inspect(corpus, out);
            System.out.print(summary.render());
            if (out != null) {
                System.out.println("wrote " + summary.loaded() + " submissions to " + out);
            }
            return 0;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("editvq corpus: " + describe(e));
            return 2;
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": " + (n.getReason() != null ? n.getReason() : "no such file or folder");
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
