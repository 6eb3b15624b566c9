package org.editvq.evaluation.metrics;

import java.util.List;

/**
 * One row of the paper's Table 1: the per-input means and maxima over N samples of correctness (S_C), hard
 * efficiency (S_EH) and soft efficiency (S_ES), the diversity S_D of equation 5, and our extra column
 * {@code distinct} (distinct samples / N, not in the paper), each averaged over the test inputs. All values are on
 * the 0–1 scale, as in the paper (e.g. .760).
 *
 * @param examples          number of test inputs averaged
 * @param avgCorrectness    mean over inputs of the mean S_C over samples
 * @param avgHardEfficiency mean over inputs of the mean S_EH over samples
 * @param avgSoftEfficiency mean over inputs of the mean S_ES over samples
 * @param maxCorrectness    mean over inputs of the max S_C over samples
 * @param maxHardEfficiency mean over inputs of the max S_EH over samples
 * @param maxSoftEfficiency mean over inputs of the max S_ES over samples
 * @param diversity         mean over inputs of S_D (equation 5)
 * @param distinct          mean over inputs of distinct samples / N (ours)
 */
public record Table1Row(int examples, double avgCorrectness, double avgHardEfficiency, double avgSoftEfficiency,
                        double maxCorrectness, double maxHardEfficiency, double maxSoftEfficiency,
                        double diversity, double distinct) {
    /** The columns in order: the paper's seven, then ours. */
    public static final List<String> COLUMNS = List.of("avg S_C", "avg S_EH", "avg S_ES", "max S_C", "max S_EH",
            "max S_ES", "S_D", "distinct");
    /** The columns as CSV names, in {@link #COLUMNS} order. */
    public static final List<String> CSV_COLUMNS = List.of("avg_correctness", "avg_hard_efficiency",
            "avg_soft_efficiency", "max_correctness", "max_hard_efficiency", "max_soft_efficiency", "diversity",
            "distinct");

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
        double[] sum = new double[COLUMNS.size()];
        for (ExampleScores e : perExample) {
            double[] v = e.columns();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        int n = perExample.size();
        return new Table1Row(n, sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n, sum[6] / n,
                sum[7] / n);
    }

    /** The values in {@link #COLUMNS} order. */
    public double[] values() {
        return new double[]{avgCorrectness, avgHardEfficiency, avgSoftEfficiency, maxCorrectness, maxHardEfficiency,
            maxSoftEfficiency, diversity, distinct};
    }

    /** Column headers matching {@link #format()}. */
    public static String header() {
        return String.join(" | ", COLUMNS);
    }

    /** The row as the paper prints it: three decimals, e.g. {@code .760 | .012 | ...}. */
    public String format() {
        double[] v = values();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            sb.append(paperStyle(v[i]));
        }
        return sb.toString();
    }

    /** Three decimals without the leading zero, as the paper prints scores: {@code .760}, {@code 1.000}. */
    public static String paperStyle(double value) {
        String s = BleuScore.fixed(value, 3);
        if (s.startsWith("0.")) {
            return s.substring(1);
        }
        return s.startsWith("-0.") ? "-" + s.substring(2) : s;
    }
}
