package org.editvq.evaluation.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The evaluation of "Learning to Improve Code Efficiency" (Chen et al., 2022), equations 1–5, for an input x with
 * reference set R(x) (faster programs y with runtimes t(y)) and N generated samples ŷ. Let t* = min over R(x) of
 * t(y) and w(y) = t* / t(y) ∈ (0, 1] the efficiency weight of a reference (1 for the fastest).
 * <ol>
 *   <li>correctness S_C(ŷ, x) = BLEU(ŷ, R(x)): sentence BLEU against all references;</li>
 *   <li>hard efficiency S_EH(ŷ, x) = max of w(y) over references y equal to ŷ token for token, 0 when none is;</li>
 *   <li>soft efficiency S_ES(ŷ, x) = ΔBLEU(ŷ, R(x)) with weights w(y);</li>
 *   <li>diversity (the paper's equation 5) S_D(x) = (1/|R(x)|) Σ_{y ∈ R(x)} max_{ŷ} BLEU(ŷ, y): how well the N
 *       samples recover each reference, with sentence BLEU against y as the only reference;</li>
 *   <li>ours, not the paper's: {@code distinct}(x) = |distinct samples| / N;</li>
 *   <li>per input the mean and the max over the N samples of S_C, S_EH, S_ES, then every column averaged over the
 *       test inputs ({@link Table1Row}).</li>
 * </ol>
 * Every score is on the 0–1 scale of the paper's Table 1 (BLEU / 100). Instances are immutable and thread-safe.
 */
public final class EfficiencyMetrics {
    private final EfficiencyMetricsConfig config;
    private final Bleu bleu;
    private final DeltaBleu deltaBleu;

    /** The metrics with the given settings. */
    public EfficiencyMetrics(EfficiencyMetricsConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.bleu = new Bleu(config.bleu());
        this.deltaBleu = new DeltaBleu(new DeltaBleuConfig(config.bleu(), config.galleyCompat()));
    }

    /** The metrics with {@link EfficiencyMetricsConfig#defaults()}. */
    public EfficiencyMetrics() {
        this(EfficiencyMetricsConfig.defaults());
    }

    /** The settings. */
    public EfficiencyMetricsConfig config() {
        return config;
    }

    /** The efficiency weights w(y) = (fastest runtime in R(x)) / t(y), in the order of {@code references}. */
    public static double[] efficiencyWeights(List<TimedReference> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("the reference set R(x) is empty");
        }
        double fastest = Double.POSITIVE_INFINITY;
        for (TimedReference r : references) {
            fastest = Math.min(fastest, r.runtimeMs());
        }
        double[] weights = new double[references.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = fastest / references.get(i).runtimeMs();
        }
        return weights;
    }

    /** Equation 1: S_C(ŷ, x), sentence BLEU of {@code sample} against all of R(x), on the 0–1 scale. */
    public double correctness(List<String> sample, List<TimedReference> references) {
        return unit(bleu.sentenceScore(sample, tokensOf(references)));
    }

    /** Equation 2: S_EH(ŷ, x), the weight w(y) of a reference y equal to {@code sample}; 0 when none is. */
    public static double hardEfficiency(List<String> sample, List<TimedReference> references) {
        double[] weights = efficiencyWeights(references);
        double best = 0;
        for (int i = 0; i < weights.length; i++) {
            if (references.get(i).tokens().equals(sample)) {
                best = Math.max(best, weights[i]);
            }
        }
        return best;
    }

    /** Equation 3: S_ES(ŷ, x), sentence ΔBLEU of {@code sample} against R(x) weighted by w(y), on the 0–1 scale. */
    public double softEfficiency(List<String> sample, List<TimedReference> references) {
        return unit(deltaBleu.sentenceScore(sample, weighted(references)));
    }

    /**
     * The paper's equation 5: S_D(x), for each reference y the best sentence BLEU of any sample against y alone,
     * averaged over R(x), on the 0–1 scale.
     */
    public double diversity(List<? extends List<String>> samples, List<TimedReference> references) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        if (references.isEmpty()) {
            throw new IllegalArgumentException("the reference set R(x) is empty");
        }
        List<NgramCounts> counted = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (List<String> s : samples) {
            if (seen.add(List.copyOf(s))) { // the max over samples needs each distinct sample once
                counted.add(NgramCounts.of(s, config.bleu().maxOrder()));
            }
        }
        double sum = 0;
        for (TimedReference y : references) {
            Bleu.ReferenceSet single = bleu.references(List.of(y.tokens()));
            double best = 0;
            for (NgramCounts c : counted) {
                best = Math.max(best, unit(bleu.score(bleu.segmentStats(c, single))));
            }
            sum += best;
        }
        return sum / references.size();
    }

    /** Ours, not the paper's: the number of distinct samples over the number of samples. */
    public static double distinct(List<? extends List<String>> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        Set<List<String>> distinct = new HashSet<>();
        for (List<String> s : samples) {
            distinct.add(List.copyOf(s));
        }
        return (double) distinct.size() / samples.size();
    }

    /** The scores of every sample of one input, their means and maxima, the diversity S_D and {@code distinct}. */
    public ExampleScores scoreExample(EfficiencyExample example) {
        List<TimedReference> refs = example.references();
        double[] weights = efficiencyWeights(refs);
        Bleu.ReferenceSet plain = bleu.references(tokensOf(refs));
        List<WeightedReference> weightedRefs = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            weightedRefs.add(new WeightedReference(refs.get(i).tokens(), weights[i]));
        }
        DeltaBleu.ReferenceSet weightedSet = deltaBleu.references(weightedRefs);
        List<SampleScores> scores = new ArrayList<>(example.samples().size());
        for (List<String> sample : example.samples()) {
            NgramCounts counted = NgramCounts.of(sample, config.bleu().maxOrder());
            double c = unit(bleu.score(bleu.segmentStats(counted, plain)));
            double h = hardEfficiency(sample, refs);
            double s = unit(deltaBleu.score(deltaBleu.segmentStats(counted, weightedSet)));
            scores.add(new SampleScores(c, h, s));
        }
        return ExampleScores.of(example.id(), refs.size(), scores, diversity(example.samples(), refs),
                distinct(example.samples()));
    }

    /** Scores every input and averages the columns over inputs (Table 1's rows). */
    public EfficiencyReport evaluate(List<EfficiencyExample> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no test examples to evaluate");
        }
        List<ExampleScores> perExample = new ArrayList<>(examples.size());
        for (EfficiencyExample e : examples) {
            perExample.add(scoreExample(e));
        }
        return new EfficiencyReport(Table1Row.average(perExample), perExample);
    }

    /**
     * The score on the 0–1 scale. A perfect match computes exp(log 100) = 100.00000000000004 (as in sacrebleu);
     * values above 1 by such rounding are reported as 1.
     */
    private static double unit(BleuScore score) {
        return Math.min(1.0, score.fraction());
    }

    private static List<List<String>> tokensOf(List<TimedReference> references) {
        List<List<String>> out = new ArrayList<>(references.size());
        for (TimedReference r : references) {
            out.add(r.tokens());
        }
        return out;
    }

    private static List<WeightedReference> weighted(List<TimedReference> references) {
        double[] weights = efficiencyWeights(references);
        List<WeightedReference> out = new ArrayList<>(references.size());
        for (int i = 0; i < weights.length; i++) {
            out.add(new WeightedReference(references.get(i).tokens(), weights[i]));
        }
        return out;
    }
}
