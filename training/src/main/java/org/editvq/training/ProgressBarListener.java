package org.editvq.training;

import me.tongfei.progressbar.ProgressBar;
import org.editvq.core.progress.ProgressBars;
import org.editvq.models.StepStats;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A console progress bar over the planned steps: steps per second, ETA, and as extra message a
 * smoothed training loss, tokens per second and the last validation loss.
 */
public final class ProgressBarListener implements TrainingListener {
    private final PrintStream out;
    private final int width;
    private ProgressBar bar;
    private double smoothLoss = Double.NaN;
    private double smoothTps = Double.NaN;
    private String valid = "";

    /** A bar printed on {@code out} (usually System.err), as wide as the terminal. */
    public ProgressBarListener(PrintStream out) {
        this(out, 0);
    }

    /** A bar printed on {@code out} at most {@code width} characters wide (0 = the terminal's width). */
    public ProgressBarListener(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public void onStart(TrainingPlan plan) {
        // a redrawn bar on a terminal, a line every few seconds in a log file (ProgressBars)
        bar = ProgressBars.builder("train", out, ProgressBars.mode(), width).setInitialMax(plan.plannedSteps())
                .startsFrom(plan.startStep(), Duration.ZERO).showSpeed().setUnit(" steps", 1).build();
    }

    @Override
    public void onStep(long step, StepStats stats, double lr, double gradNorm, double tokensPerSecond) {
        smoothLoss = Double.isNaN(smoothLoss) ? stats.loss() : 0.95 * smoothLoss + 0.05 * stats.loss();
        smoothTps = Double.isNaN(smoothTps) ? tokensPerSecond : 0.95 * smoothTps + 0.05 * tokensPerSecond;
        if (bar != null) {
            bar.stepTo(step);
            bar.setExtraMessage(String.format(Locale.ROOT, " loss %.3f %,.0f tok/s%s", smoothLoss, smoothTps, valid));
        }
    }

    @Override
    public void onEvaluation(Evaluation e) {
        valid = String.format(Locale.ROOT, " valid %.3f", e.loss());
    }

    @Override
    public void onFinish(TrainingResult result) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
