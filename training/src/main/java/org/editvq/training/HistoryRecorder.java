package org.editvq.training;

import org.editvq.models.StepStats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the run's metrics as JSON-ready entries, written to the bundle's
 * {@code history.jsonl} with each checkpoint: one {@code "type":"train"} entry per log window
 * (means of loss parts, gradient norm, learning rate, time per step, tokens per second, codebook
 * diagnostics) and one {@code "type":"eval"} entry per validation.
 */
public final class HistoryRecorder implements TrainingListener {
    private final int window;
    private final List<Map<String, Object>> entries = new ArrayList<>();
    private int n;
    private double loss;
    private double reconstruction;
    private double codebook;
    private double commitment;
    private double kl;
    private double gradNorm;
    private double tokensPerSecond;
    private double perplexity;
    private double restarted;
    private double lr;
    private final java.util.BitSet codes = new java.util.BitSet();

    /**
     * @param window steps per training entry
     * @param past   entries of earlier sessions (from the bundle)
     */
    public HistoryRecorder(int window, List<Map<String, Object>> past) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1");
        }
        this.window = window;
        entries.addAll(past);
    }

    @Override
    public void onStart(TrainingPlan plan) {
        resetWindow();
    }

    @Override
    public void onStep(long step, StepStats s, double lr, double gradNorm, double tps) {
        n++;
        loss += s.loss();
        reconstruction += s.reconstruction();
        codebook += s.codebookLoss();
        commitment += s.commitmentLoss();
        kl += s.kl();
        this.gradNorm += gradNorm;
        tokensPerSecond += tps;
        perplexity += s.perplexity();
        restarted += s.codesRestarted();
        this.lr = lr;
        for (int c : s.codes()) {
            codes.set(c);
        }
        if (step % window == 0) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", "train");
            e.put("step", step);
            e.put("steps", n);
            e.put("loss", loss / n);
            e.put("reconstruction", reconstruction / n);
            e.put("codebookLoss", codebook / n);
            e.put("commitmentLoss", commitment / n);
            e.put("kl", kl / n);
            e.put("klWeight", s.klWeight());
            e.put("gradNorm", gradNorm(this.gradNorm / n));
            e.put("lr", lr);
            e.put("tokensPerSecond", tokensPerSecond / n);
            if (s.codes().length > 0) {
                e.put("perplexity", perplexity / n);
                e.put("codesUsed", codes.cardinality());
                e.put("codesRestarted", (long) restarted);
            }
            entries.add(e);
            resetWindow();
        }
    }

    private static Object gradNorm(double v) {
        return Double.isFinite(v) ? v : String.valueOf(v);
    }

    @Override
    public void onEvaluation(Evaluation ev) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "eval");
        e.put("step", ev.step());
        e.put("epoch", ev.epoch());
        e.put("validLoss", ev.loss());
        e.put("validReconstruction", ev.reconstruction());
        e.put("validTokenAccuracy", ev.tokenAccuracy());
        e.put("improved", ev.improved());
        e.put("bestValidLoss", ev.bestLoss());
        if (Double.isFinite(ev.ownCodeNll()) && Double.isFinite(ev.otherCodeNll())) {
            e.put("validNllOwnCode", ev.ownCodeNll());
            e.put("validNllOtherCode", ev.otherCodeNll());
            e.put("latentGain", ev.latentGain());
        }
        entries.add(e);
    }

    private void resetWindow() {
        n = 0;
        loss = 0;
        reconstruction = 0;
        codebook = 0;
        commitment = 0;
        kl = 0;
        gradNorm = 0;
        tokensPerSecond = 0;
        perplexity = 0;
        restarted = 0;
        codes.clear();
    }

    /** All entries so far, oldest first. */
    public List<Map<String, Object>> entries() {
        return List.copyOf(entries);
    }

    /** Drops entries recorded after {@code step} (entries of a session that was not checkpointed). */
    public void truncateAfter(long step) {
        entries.removeIf(e -> e.get("step") instanceof Number s && s.longValue() > step);
    }
}
