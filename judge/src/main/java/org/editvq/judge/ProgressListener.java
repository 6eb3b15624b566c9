package org.editvq.judge;

/**
 * Hears about a judging run's progress. Called from worker threads: implementations must be
 * thread-safe and quick.
 */
public interface ProgressListener {
    /**
     * Judging begins.
     *
     * @param total        submissions in the run
     * @param alreadyDone  of them, finished in an earlier (resumed) run and skipped
     */
    void started(int total, int alreadyDone);

    /**
     * One submission is finished and journaled.
     *
     * @param result the result
     * @param done   finished so far, skipped ones included
     * @param total  submissions in the run
     */
    void finished(JudgeResult result, int done, int total);

    /** A listener that ignores everything. */
    static ProgressListener silent() {
        return new ProgressListener() {
            @Override
            public void started(int total, int alreadyDone) {
            }

            @Override
            public void finished(JudgeResult result, int done, int total) {
            }
        };
    }
}
