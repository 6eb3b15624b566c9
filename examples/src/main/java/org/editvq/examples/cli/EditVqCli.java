package org.editvq.examples.cli;

import org.editvq.core.manifest.EditVqVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code editvq} command line. Each subcommand parses its options and makes one library
 * call; the work itself lives in the library modules.
 */
@Command(name = "editvq", mixinStandardHelpOptions = true, versionProvider = EditVqCli.Version.class,
        description = "Learn discrete categories of performance-improving code edits (Edit-VQ-VAE).",
        subcommands = {
                CommandLine.HelpCommand.class,
                DemoCommand.class,
                CorpusCommand.class,
                CanonicalizeCommand.class,
                JudgeCommand.class,
                PairsCommand.class,
                StatsCommand.class,
                ScoreCommand.class,
                ReproduceCommand.class,
                TrainCommand.class,
                DecodeCommand.class,
                SuggestCommand.class,
                LatentsCommand.class,
                BenchCommand.class,
                SynthCommand.class,
        })
public final class EditVqCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Entry point: runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line without exiting the JVM (for tests); returns the exit code. */
    public static int execute(String... args) {
        return new CommandLine(new EditVqCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Prints the editvq version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"editvq " + EditVqVersion.VERSION};
        }
    }
}
