package org.editvq.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A VQ model's codebook health as its training history last recorded it: codes in use and batch
 * perplexity of the last logged training window, and what z was worth at the last validation.
 *
 * @param step          step of the last training window with codebook statistics (-1: none)
 * @param codesUsed     distinct codes assigned in that window
 * @param perplexity    mean batch perplexity of the assignments in that window
 * @param evalStep      step of the last validation with the z check (-1: none)
 * @param nllOwnCode    validation negative log-likelihood per token under each pair's own code
 * @param nllOtherCode  the same under a random other code
 */
public record CodebookHealth(long step, int codesUsed, double perplexity, long evalStep, double nllOwnCode,
                             double nllOtherCode) {

    /** Reads the last entries of a bundle's history ({@link HistoryRecorder} format). */
    public static CodebookHealth of(List<Map<String, Object>> history) {
        long step = -1;
        int used = 0;
        double perplexity = Double.NaN;
        long evalStep = -1;
        double own = Double.NaN;
        double other = Double.NaN;
        for (Map<String, Object> e : history) {
            if ("train".equals(e.get("type")) && e.get("codesUsed") instanceof Number n) {
                step = ((Number) e.get("step")).longValue();
                used = n.intValue();
                perplexity = ((Number) e.get("perplexity")).doubleValue();
            } else if ("eval".equals(e.get("type")) && e.get("validNllOwnCode") instanceof Number n) {
                evalStep = ((Number) e.get("step")).longValue();
                own = n.doubleValue();
                other = ((Number) e.get("validNllOtherCode")).doubleValue();
            }
        }
        return new CodebookHealth(step, used, perplexity, evalStep, own, other);
    }

    /** {@code nllOtherCode − nllOwnCode}: nats per token the own code is worth (NaN when not measured). */
    public double latentGain() {
        return nllOtherCode - nllOwnCode;
    }

    /** One line for reports, e.g. "codebook at step 700: 12 of 16 codes used, batch perplexity 6.1; ...". */
    public String describe(int codebookSize) {
        StringBuilder sb = new StringBuilder();
        if (step >= 0) {
            sb.append(String.format(Locale.ROOT, "codebook at step %d: %d of %d codes used in the last logged window,"
                    + " batch perplexity %.2f", step, codesUsed, codebookSize, perplexity));
        } else {
            sb.append("codebook: no usage recorded in the history");
        }
        if (evalStep >= 0) {
            sb.append(String.format(Locale.ROOT, "; validation at step %d: %.3f nats/token under the pair's own code,"
                    + " %.3f under another (z is worth %.3f)", evalStep, nllOwnCode, nllOtherCode, latentGain()));
        }
        return sb.toString();
    }
}
