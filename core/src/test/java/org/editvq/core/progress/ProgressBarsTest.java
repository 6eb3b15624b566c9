package org.editvq.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;

class ProgressBarsTest {

    @Test
    void modeFollowsTheConsoleUnlessTheEnvironmentSaysOtherwise() {
        assertEquals(ProgressBars.Mode.BAR, ProgressBars.mode(null, true));
        assertEquals(ProgressBars.Mode.LINES, ProgressBars.mode(null, false));
        assertEquals(ProgressBars.Mode.LINES, ProgressBars.mode(" ", false));
        assertEquals(ProgressBars.Mode.LINES, ProgressBars.mode("Lines", true));
        assertEquals(ProgressBars.Mode.BAR, ProgressBars.mode("bar", false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgressBars.mode("fancy", true));
        assertTrue(e.getMessage().contains(ProgressBars.ENV) && e.getMessage().contains("fancy"), e.getMessage());
    }

    @Test
    void outsideATerminalEveryUpdateIsOneLineWithoutCarriageReturns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ProgressBar bar = ProgressBars.builder("work", out, ProgressBars.Mode.LINES, 60).setInitialMax(10).build()) {
            bar.stepTo(4);
            bar.refresh();
            bar.stepTo(10);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), text);
        List<String> lines = text.lines().toList();
        assertTrue(lines.size() >= 2 && lines.size() <= 4, text); // the refresh, the final state, maybe the start
        assertTrue(lines.stream().allMatch(l -> l.startsWith("work") && l.length() <= 60), text);
        assertTrue(lines.get(lines.size() - 1).contains("10/10"), text);
        assertTrue(lines.stream().anyMatch(l -> l.contains("4/10")), text);
    }
}
