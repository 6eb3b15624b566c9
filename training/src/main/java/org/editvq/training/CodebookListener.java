package org.editvq.training;

import org.editvq.models.StepStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.BitSet;

/**
 * Watches codebook health from each step's {@link StepStats}: distinct codes used in the last
 * window of steps, mean batch perplexity of the code assignments, and dead codes restarted
 * (in the window and in total); logged every window. Does nothing for models without a codebook.
 */
public final class CodebookListener implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(CodebookListener.class);

    private final int window;
    private final int codebookSize;
    private final BitSet used = new BitSet();
    private double perplexitySum;
    private int steps;
    private long restartedInWindow;
    private long restartedTotal;
    private Summary last;

    /**
     * The codebook diagnostics of one window.
     *
     * @param step            last step of the window
     * @param codesUsed       distinct codes assigned in the window
     * @param codebookSize    K
     * @param meanPerplexity  mean over the window's steps of exp(entropy of the batch's codes)
     * @param restarted       dead codes restarted in the window
     * @param restartedTotal  dead codes restarted in this session
     */
    public record Summary(long step, int codesUsed, int codebookSize, double meanPerplexity, long restarted,
                          long restartedTotal) {
    }

    /**
     * @param window       steps per summary
     * @param codebookSize K (for the "used of K" message)
     */
    public CodebookListener(int window, int codebookSize) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1");
        }
        this.window = window;
        this.codebookSize = codebookSize;
    }

    @Override
    public void onStep(long step, StepStats stats, double lr, double gradNorm, double tokensPerSecond) {
        if (stats.codes().length == 0) {
            return;
        }
        for (int c : stats.codes()) {
            used.set(c);
        }
        perplexitySum += stats.perplexity();
        steps++;
        restartedInWindow += stats.codesRestarted();
        restartedTotal += stats.codesRestarted();
        if (step % window == 0) {
            last = new Summary(step, used.cardinality(), codebookSize, perplexitySum / steps, restartedInWindow,
                    restartedTotal);
            LOG.info("codebook at step {}: {} of {} codes used in the last {} steps, batch perplexity {}, "
                    + "{} dead codes restarted ({} in total)", step, last.codesUsed(), codebookSize, steps,
                    Trainer.fmt(last.meanPerplexity()), restartedInWindow, restartedTotal);
            used.clear();
            perplexitySum = 0;
            steps = 0;
            restartedInWindow = 0;
        }
    }

    /** The last completed window's summary (null before the first). */
    public Summary last() {
        return last;
    }
}
