package org.editvq.judge;

import me.tongfei.progressbar.ProgressBar;
import org.editvq.core.progress.ProgressBars;

/** Shows judging progress as a console progress bar with the latest status; close it when done. */
public final class ProgressBarListener implements ProgressListener, AutoCloseable {
    private ProgressBar bar;

    @Override
    public synchronized void started(int total, int alreadyDone) {
        // a redrawn bar on a terminal, a line every few seconds in a log file (ProgressBars)
        bar = ProgressBars.builder("judge", System.err).setInitialMax(total).build();
        bar.stepTo(alreadyDone);
    }

    @Override
    public synchronized void finished(JudgeResult result, int done, int total) {
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(result.submissionId() + " " + result.status());
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
