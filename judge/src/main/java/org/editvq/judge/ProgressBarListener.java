package org.editvq.judge;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows judging progress as a console progress bar with the latest status; close it when done. */
public final class ProgressBarListener implements ProgressListener, AutoCloseable {
    private ProgressBar bar;

    @Override
    public synchronized void started(int total, int alreadyDone) {
        bar = new ProgressBarBuilder().setTaskName("judge").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build();
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
