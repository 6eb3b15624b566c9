package org.editvq.judge;

import org.editvq.core.data.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one timing test (generous tolerances; the machine is shared): twice the work measures about
 * twice the CPU time, and judging the same program twice agrees within the reported spread.
 */
class TimingHonestyTest {
    private static final long WORK = 120_000_000L; // about 0.1-0.2 s of dependent multiply-adds

    @Test
    void doubleWorkMeasuresAboutDoubleCpuAndRepeatsAgree(@TempDir Path outDir) throws IOException {
        List<Submission> subs = List.of(
                TestPrograms.java("single", TestPrograms.busy("Single", WORK)),
                TestPrograms.java("double", TestPrograms.busy("Double", 2 * WORK)),
                TestPrograms.java("single-again", TestPrograms.busy("SingleAgain", WORK)));
        JudgeConfig config = TestPrograms.fastConfig().withRuns(1, 5, 9, 0.05)
                .withLimits(java.time.Duration.ofSeconds(10), 128, 1 << 20).withParallelism(1);
        JudgeReport report = JudgeRun.run(subs, config, outDir, ProgressListener.silent());
        JudgeResult single = report.results().get(0);
        JudgeResult twice = report.results().get(1);
        JudgeResult again = report.results().get(2);
        for (JudgeResult r : report.results()) {
            assertEquals(JudgeStatus.ACCEPTED, r.status(), r.toString());
            assertTrue(r.runs() >= 5 && r.runs() <= 9, r.toString());
        }
        double ratio = twice.runtimeMs() / single.runtimeMs();
        assertTrue(ratio > 1.6 && ratio < 2.5, "double work took " + ratio + "x: " + single + " / " + twice);
        double relativeDifference = Math.abs(again.runtimeMs() - single.runtimeMs()) / single.runtimeMs();
        double allowed = 0.10 + 2 * (single.runtimeSpread() + again.runtimeSpread());
        assertTrue(relativeDifference <= allowed, String.format(
                "same program measured %.1f ms and %.1f ms (difference %.3f, allowed %.3f)", single.runtimeMs(),
                again.runtimeMs(), relativeDifference, allowed));
    }
}
