package org.editvq.judge.gcj;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.editvq.core.data.Language;
import org.editvq.core.data.Submission;
import org.editvq.judge.JudgeConfig;
import org.editvq.judge.JudgeReport;
import org.editvq.judge.JudgeResult;
import org.editvq.judge.JudgeRun;
import org.editvq.judge.JudgeStatus;
import org.editvq.judge.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Judges a few real Mushroom Monster submissions read at run time from the shared googlejam4 tar
 * (skipped when it is absent; nothing of it is copied into the repository).
 */
@EnabledIf("corpusPresent")
class RealCorpusSampleTest {
    private static final Path TAR = org.editvq.dataset.corpus.SharedData.googlejam4()
            .orElse(Path.of("shared/data/googlejam4.tar"));

    static boolean corpusPresent() {
        return Files.isRegularFile(TAR);
    }

    @Test
    void realSubmissionsAreJudgedWithoutJudgeErrors(@TempDir Path outDir) throws IOException {
        List<Submission> subs = new ArrayList<>();
        try (InputStream file = Files.newInputStream(TAR);
             TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(file))) {
            TarArchiveEntry e;
            while ((e = tar.getNextTarEntry()) != null && subs.size() < 6) {
                String name = e.getName();
                if (e.isFile() && name.startsWith("googlejam4_src/1/") && name.endsWith(".java")) {
                    subs.add(Submission.unjudged("1", name, Language.JAVA,
                            new String(tar.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        assertTrue(subs.size() == 6, "folder 1 has at least 6 submissions");
        JudgeConfig config = JudgeConfig.defaults()
                .withTests(Map.of("1", GcjProblem.MUSHROOM_MONSTER.tests("1", 3, InputScale.LARGE)))
                .withRuns(0, 1, 1, 1.0).withLimits(Duration.ofSeconds(10), 256, 16 << 20).withParallelism(2);
        JudgeReport report = JudgeRun.run(subs, config, outDir, ProgressListener.silent());
        int accepted = 0;
        for (int i = 0; i < subs.size(); i++) {
            JudgeResult r = report.results().get(i);
            assertNotEquals(JudgeStatus.JUDGE_ERROR, r.status(), r.toString());
            if (subs.get(i).source().contains("new FileReader(")) {
                assertTrue(r.rewrites().contains("in:FileReader"), r.toString());
            }
            accepted += r.status() == JudgeStatus.ACCEPTED ? 1 : 0;
        }
        // on a 60-submission sample of this folder, 54 were accepted (docs/judge.md)
        assertTrue(accepted >= 3, "accepted " + accepted + " of 6: " + report.results());
    }
}
