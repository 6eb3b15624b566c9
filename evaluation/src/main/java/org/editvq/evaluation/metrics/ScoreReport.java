package org.editvq.evaluation.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of scoring files ({@link FileScoring}): the metric's signature and either one corpus score or one score
 * per segment.
 *
 * @param metric    metric name ({@code BLEU} or {@code deltaBLEU})
 * @param signature reproducibility signature of the settings
 * @param corpus    the corpus score, null for a per-segment report
 * @param segments  per-segment scores (empty for a corpus report)
 */
public record ScoreReport(String metric, String signature, BleuScore corpus, List<BleuScore> segments) {
    /** Decimals of the bare score lines. */
    public static final int SCORE_DECIMALS = 6;

    public ScoreReport {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(signature, "signature");
        segments = List.copyOf(segments);
        if (corpus != null && !segments.isEmpty()) {
            throw new IllegalArgumentException("a report holds a corpus score or segment scores, not both");
        }
    }

    /** Whether this report holds one score per segment. */
    public boolean perSegment() {
        return corpus == null;
    }

    /**
     * What the command line prints on standard output. Corpus report: the signature, sacrebleu's detail line, then
     * the score alone (0–100, {@value #SCORE_DECIMALS} decimals) on the last line. Per-segment report: one score
     * alone per line, nothing else (the signature goes to standard error, see {@link #signature()}).
     */
    public List<String> outputLines() {
        List<String> lines = new ArrayList<>();
        if (perSegment()) {
            for (BleuScore s : segments) {
                lines.add(BleuScore.fixed(s.score(), SCORE_DECIMALS));
            }
        } else {
            lines.add(signature);
            lines.add(corpus.format(metric));
            lines.add(BleuScore.fixed(corpus.score(), SCORE_DECIMALS));
        }
        return lines;
    }
}
