package org.editvq.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus, pairs and train commands on a small messy corpus: per-problem submission ids, Python 2 and 3
 * mixed, fewer eligible inputs than the default 100 test inputs.
 */
class RealWorldCommandsTest {

    /** Six Python 3 programs per problem, alike but for one constant, ids 1..6 in both problems, plus a Python 2 one. */
    private static Path corpus(Path tmp) throws IOException {
        StringBuilder csv = new StringBuilder("problem_id,submission_id,language,runtime_ms,source\n");
        for (String problem : new String[]{"2008/round1A/a", "2013/round1B/a"}) {
            for (int i = 1; i <= 6; i++) {
                String source = "import sys\nn = int(sys.stdin.readline())\ntotal = 0\nfor i in range(n):\n"
                        + "    total += i * i\nextra = [k for k in range(" + i + ")]\nprint(total + len(extra))\n";
                csv.append('"').append(problem).append("\",\"").append(i).append("\",python,")
                        .append(100 * Math.pow(1.5, i)).append(",\"").append(source).append("\"\n");
            }
            csv.append('"').append(problem).append("\",\"7\",python,50,\"n = input()\nprint n\n\"\n");
        }
        Path file = tmp.resolve("messy.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void perProblemIdsKeepBothProblems(@TempDir Path tmp) throws IOException {
        CliRun run = CliRun.of("corpus", "--corpus", corpus(tmp).toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("loaded:      14 submissions in 2 problems"), run.out());
    }

    @Test
    void pairsFailsClearlyWhenTestInputsTakeEverythingAndTrainNamesTheEmptySplit(@TempDir Path tmp) throws IOException {
        Path csv = corpus(tmp);
        Path out = tmp.resolve("pairs");
        // every eligible input held out (the default share cap of 0.2 lifted): no training pair remains
        CliRun all = CliRun.of("pairs", "--corpus", csv.toString(), "--out", out.toString(), "--max-test-share", "1");
        assertEquals(1, all.code(), all.out() + all.err());
        assertTrue(all.err().contains("the training split is empty") && all.err().contains("--test-inputs"), all.err());
        // the Python 2 files are listed with file and line
        assertTrue(all.out().contains("not canonicalized: 2008/round1A/a 7:2:1: Python 2 syntax is not supported"
                + " (line 2: print statement)"), all.out());

        CliRun train = CliRun.of("train", "--model", "edit-vqvae", "--pairs", out.toString(), "--out",
                tmp.resolve("model").toString(), "--preset", "smoke", "--no-progress");
        assertEquals(2, train.code());
        assertTrue(train.err().contains(out.resolve("train.jsonl") + ": no training pairs"), train.err());
        assertTrue(train.err().contains("fewer --test-inputs"), train.err());
        assertFalse(train.err().contains("vocabSize"), train.err());

        // the defaults (100 test inputs requested, at most 20% of the 14 eligible inputs) leave training data
        CliRun some = CliRun.of("pairs", "--corpus", csv.toString(), "--out", tmp.resolve("pairs2").toString());
        assertEquals(0, some.code(), some.out() + some.err());
        int trainPairs = some.lines().stream().filter(l -> l.startsWith("trainPairs: ")).findFirst()
                .map(l -> Integer.parseInt(l.substring("trainPairs: ".length()))).orElseThrow();
        assertTrue(trainPairs > 0, some.out());
    }

    @Test
    void trainOnAMissingDatasetNamesWhatIsMissingAndHowToBuildIt(@TempDir Path tmp) throws IOException {
        Path absent = tmp.resolve("nothing");
        CliRun none = CliRun.of("train", "--model", "edit-vqvae", "--pairs", absent.toString(), "--out",
                tmp.resolve("model").toString(), "--preset", "smoke", "--no-progress");
        assertEquals(2, none.code());
        assertTrue(none.err().contains(absent + ": no such folder; build a pair dataset with: editvq pairs"), none.err());

        Path half = Files.createDirectories(tmp.resolve("half"));
        Files.writeString(half.resolve("manifest.json"), "{}");
        CliRun partial = CliRun.of("train", "--model", "edit-vqvae", "--pairs", half.toString(), "--out",
                tmp.resolve("model").toString(), "--preset", "smoke", "--no-progress");
        assertEquals(2, partial.code());
        assertTrue(partial.err().contains(half.resolve("train.jsonl") + ": missing"), partial.err());
    }
}
