package org.editvq.core.metrics;

import java.util.List;

/**
 * One row of the paper's Table 1: the per-input means and maxima over N samples of correctness (S_C), hard
 * efficiency (S_EH) and soft efficiency (S_ES), and diversity (S_D), each averaged over the test inputs. All values
 * are on the 0–1 scale, as in the paper (e.g. .760).
 *
 * @param examples          number of test inputs averaged
 * @param avgCorrectness    mean over inputs of the mean S_C over samples
 * @param avgHardEfficiency mean over inputs of the mean S_EH over samples
 * @param avgSoftEfficiency mean over inputs of the mean S_ES over samples
 * @param maxCorrectness    mean over inputs of the max S_C over samples
 * @param maxHardEfficiency mean over inputs of the max S_EH over samples
 * @param maxSoftEfficiency mean over inputs of the max S_ES over samples
 * @param diversity         mean over inputs of S_D
 */
public record Table1Row(int examples, double avgCorrectness, double avgHardEfficiency, double avgSoftEfficiency,
                        double maxCorrectness, double maxHardEfficiency, double maxSoftEfficiency,
                        double diversity) {
    public Table1Row {
        if (examples < 1) {
            throw new IllegalArgumentException("a Table 1 row averages at least one example: " + examples);
        }
    }

    /** The row averaging the given per-input scores. */
    public static Table1Row average(List<ExampleScores> perExample) {
        if (perExample.isEmpty()) {
            throw new IllegalArgumentException("no examples to average");
        }
        double[] sum = new double[7];
        for (ExampleScores e : perExample) {
            sum[0] += e.avgCorrectness();
            sum[1] += e.avgHardEfficiency();
            sum[2] += e.avgSoftEfficiency();
            sum[3] += e.maxCorrectness();
            sum[4] += e.maxHardEfficiency();
            sum[5] += e.maxSoftEfficiency();
            sum[6] += e.diversity();
        }
        int n = perExample.size();
        return new Table1Row(n, sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n, sum[6] / n);
    }

    /** Column headers matching {@link #format()}. */
    public static String header() {
        return "avg S_C | avg S_EH | avg S_ES | max S_C | max S_EH | max S_ES | S_D";
    }

    /** The row as the paper prints it: three decimals, e.g. {@code .760 | .012 | ...}. */
    public String format() {
        double[] v = {avgCorrectness, avgHardEfficiency, avgSoftEfficiency, maxCorrectness, maxHardEfficiency,
                maxSoftEfficiency, diversity};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            String s = BleuScore.fixed(v[i], 3);
            sb.append(s.startsWith("0.") ? s.substring(1) : s);
        }
        return sb.toString();
    }
}
