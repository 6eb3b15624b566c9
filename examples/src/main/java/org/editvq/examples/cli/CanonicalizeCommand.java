package org.editvq.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.editvq.canonicalizer.CanonicalizedFile;
import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationProblem;
import org.editvq.core.data.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code editvq canonicalize}: prints the canonical tokens of each file on its own line (line N for file N,
 * an empty line for a file that failed); problems go to standard error, naming the file.
 */
@Command(name = "canonicalize", mixinStandardHelpOptions = true,
        description = {"Print the canonical tokens of each FILE, one line per file, tokens separated by spaces.",
                "A file that fails prints an empty line; its problems go to standard error and the exit code is 1.",
                "Files are read as corpus readers read them: UTF-8, else windows-1252 or ISO-8859-1, NUL characters",
                "removed (each noted on standard error)."})
public final class CanonicalizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--language", required = true, description = "Source language: ${COMPLETION-CANDIDATES}.")
    Language language;

    @Option(names = "--mode", defaultValue = "GENERIC",
            description = "generic (v, f, T) or indexed (v0, f0, T0, ...); default: ${DEFAULT-VALUE}.")
    CanonicalizationMode mode;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Source files to canonicalize.")
    List<Path> files;

    @Override
    public Integer call() {
        List<CanonicalizedFile> results = Canonicalizers.canonicalizeFiles(language, mode, files);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (CanonicalizedFile file : results) {
            out.println(file.result().text());
            for (String note : file.notes()) {
                err.println(file.file() + ": note: " + note);
            }
            if (!file.result().ok()) {
                failed++;
                for (CanonicalizationProblem problem : file.result().problems()) {
                    err.println(file.file() + ":" + problem);
                }
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }
}
