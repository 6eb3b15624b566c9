package org.editvq.training;

import org.editvq.models.StepStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs (SLF4J, INFO) one line per window of steps: mean loss and reconstruction, learning rate,
 * mean gradient norm and mean tokens per second. The plain-text alternative to
 * {@link ProgressBarListener} for logs and batch jobs.
 */
public final class LoggingListener implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingListener.class);

    private final int window;
    private long planned;
    private int n;
    private double loss;
    private double reconstruction;
    private double gradNorm;
    private double tokensPerSecondSum;

    /** Logs every {@code window} steps. */
    public LoggingListener(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1");
        }
        this.window = window;
    }

    @Override
    public void onStart(TrainingPlan plan) {
        planned = plan.plannedSteps();
    }

    @Override
    public void onStep(long step, StepStats stats, double lr, double norm, double tokensPerSecond) {
        n++;
        loss += stats.loss();
        reconstruction += stats.reconstruction();
        gradNorm += norm;
        tokensPerSecondSum += tokensPerSecond;
        if (step % window == 0) {
            LOG.info("step {}/{}: loss {} (reconstruction {}), lr {}, grad norm {}, {} tokens/s", step, planned,
                    Trainer.fmt(loss / n), Trainer.fmt(reconstruction / n), Trainer.fmt(lr), Trainer.fmt(gradNorm / n),
                    Math.round(tokensPerSecondSum / n));
            n = 0;
            loss = 0;
            reconstruction = 0;
            gradNorm = 0;
            tokensPerSecondSum = 0;
        }
    }
}
