package org.editvq.evaluation.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The per-input breakdown of the evaluation (one JSONL line of {@link EfficiencyReport#writeJsonl}): for input x,
 * the mean and the maximum over its N samples of S_C, S_EH and S_ES, and S_D of the samples; all on the 0–1 scale.
 *
 * @param id                 identifier of the input
 * @param references         |R(x)|
 * @param avgCorrectness     mean S_C over the samples
 * @param maxCorrectness     max S_C over the samples
 * @param avgHardEfficiency  mean S_EH over the samples
 * @param maxHardEfficiency  max S_EH over the samples
 * @param avgSoftEfficiency  mean S_ES over the samples
 * @param maxSoftEfficiency  max S_ES over the samples
 * @param diversity          S_D(x) of the samples, the paper's equation 5
 * @param distinct           ours, not the paper's: distinct samples / N
 * @param samples            the scores of every sample, in generation order
 */
public record ExampleScores(String id, int references, double avgCorrectness, double maxCorrectness,
                            double avgHardEfficiency, double maxHardEfficiency, double avgSoftEfficiency,
                            double maxSoftEfficiency, double diversity, double distinct,
                            List<SampleScores> samples) {
    public ExampleScores {
        Objects.requireNonNull(id, "id");
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("example " + id + " has no sample scores");
        }
    }

    /** Aggregates the scores of the samples of one input: means, maxima, the given diversity and distinct share. */
    public static ExampleScores of(String id, int references, List<SampleScores> samples, double diversity,
                                   double distinct) {
        double sumC = 0;
        double sumH = 0;
        double sumS = 0;
        double maxC = 0;
        double maxH = 0;
        double maxS = 0;
        for (SampleScores s : samples) {
            sumC += s.correctness();
            sumH += s.hardEfficiency();
            sumS += s.softEfficiency();
            maxC = Math.max(maxC, s.correctness());
            maxH = Math.max(maxH, s.hardEfficiency());
            maxS = Math.max(maxS, s.softEfficiency());
        }
        int n = samples.size();
        return new ExampleScores(id, references, sumC / n, maxC, sumH / n, maxH, sumS / n, maxS, diversity, distinct,
                samples);
    }

    /** This input's value of every Table 1 column, in {@link Table1Row#COLUMNS} order. */
    public double[] columns() {
        return new double[]{avgCorrectness, avgHardEfficiency, avgSoftEfficiency, maxCorrectness, maxHardEfficiency,
            maxSoftEfficiency, diversity, distinct};
    }

    /** N, the number of samples. */
    public int sampleCount() {
        return samples.size();
    }
}
