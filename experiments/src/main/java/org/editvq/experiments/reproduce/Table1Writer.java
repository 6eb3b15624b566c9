package org.editvq.experiments.reproduce;

import org.editvq.evaluation.metrics.Bootstrap;
import org.editvq.evaluation.metrics.BootstrapConfig;
import org.editvq.evaluation.metrics.Interval;
import org.editvq.evaluation.metrics.Table1Row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Table 1 as Markdown (measured rows with 95% bootstrap intervals, each model's paired difference to the
 * copy-the-input baseline, then the paper's rows for comparison) and as CSV ({@code table1.csv}: every cell with
 * {@code _lo}/{@code _hi}; {@code table1_vs_copy.csv}: the paired differences).
 */
public final class Table1Writer {
    /** Columns of {@code table1.csv}. */
    public static final String CSV_HEADER = csvHeader();
    /** Columns of {@code table1_vs_copy.csv}. */
    public static final String DIFF_CSV_HEADER = "model,column,difference,lo,hi,excludes_zero";

    /**
     * The paper's Table 1 (Chen et al.), as far as it reports numbers: model, then avg S_C, S_EH,
     * S_ES, max S_C, S_EH, S_ES and S_D; blank where the paper gives none.
     */
    public static final List<String[]> PAPER = List.of(
            new String[]{"edit-vqvae", ".760", ".059", ".765", ".867", ".359", ".875", ".807"},
            new String[]{"vqvae", "did not converge", "", "", "", "", "", ""},
            new String[]{"edit-vae", "", "", "", ".785", ".027", ".789", ""},
            new String[]{"transformer", ".572", ".006", ".608", ".733", ".125", ".769", ".655"},
            new String[]{"transformer-star", ".575", ".015", ".611", ".769", ".242", ".808", ".684"});

    /** Why our S_ES cannot be compared with the paper's, printed beside every Table 1. */
    public static final String COMPARABILITY = "Comparability: our efficiency weights are w(y) = fastest runtime in "
            + "R(x) / runtime(y) <= 1 with the fastest reference weighted 1, so ΔBLEU can never exceed BLEU and our "
            + "S_ES <= S_C in every cell. Every cell of the paper has S_ES > S_C, so its BLEU/ΔBLEU setup (weights, "
            + "smoothing or tokenization) differed from ours: compare the paper's columns with ours by ranking "
            + "within a table, not by value. S_D is the paper's equation 5; `distinct` (distinct samples / N) is ours.";

    private Table1Writer() {
    }

    /** The intervals of one measured model. */
    record Intervals(Interval[] cells, Interval[] versusCopy) {
    }

    static void write(List<Reproduction.ModelOutcome> rows, Path markdown, Path csv, Path diffCsv, int samples,
                      BootstrapConfig bootstrap) throws IOException {
        List<Optional<Intervals>> intervals = intervals(rows, bootstrap);
        Files.writeString(markdown, markdown(rows, samples, bootstrap), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        StringBuilder diff = new StringBuilder(DIFF_CSV_HEADER).append('\n');
        for (int k = 0; k < rows.size(); k++) {
            Reproduction.ModelOutcome m = rows.get(k);
            sb.append(m.model()).append(',');
            if (m.report() == null) {
                sb.append(",".repeat(2 + 3 * Table1Row.COLUMNS.size() + 2)).append("failed: ")
                        .append(m.failure().replace(',', ';').replace('\n', ' '));
            } else {
                Table1Row r = m.report().row();
                sb.append(r.examples()).append(',').append(samples);
                for (Interval i : intervals.get(k).orElseThrow().cells()) {
                    sb.append(',').append(f6(i.estimate())).append(',').append(f6(i.lo())).append(',')
                            .append(f6(i.hi()));
                }
                sb.append(',').append(m.training() == null ? "" : Long.toString(m.training().step()));
                double loss = validLoss(m);
                sb.append(',').append(Double.isNaN(loss) ? "" : String.format(Locale.ROOT, "%.4f", loss));
                sb.append(",ok");
                Interval[] vs = intervals.get(k).orElseThrow().versusCopy();
                if (vs != null) {
                    for (int c = 0; c < vs.length; c++) {
                        diff.append(m.model()).append(',').append(Table1Row.CSV_COLUMNS.get(c)).append(',')
                                .append(f6(vs[c].estimate())).append(',').append(f6(vs[c].lo())).append(',')
                                .append(f6(vs[c].hi())).append(',').append(vs[c].excludesZero()).append('\n');
                    }
                }
            }
            sb.append('\n');
        }
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
        Files.writeString(diffCsv, diff.toString(), StandardCharsets.UTF_8);
    }

    /** The Markdown text of Table 1: the measured rows with intervals, the differences to copy-input, the paper's. */
    public static String markdown(List<Reproduction.ModelOutcome> rows, int samples, BootstrapConfig bootstrap) {
        List<Optional<Intervals>> intervals = intervals(rows, bootstrap);
        StringBuilder sb = new StringBuilder();
        int inputs = rows.stream().filter(r -> r.report() != null).mapToInt(r -> r.report().row().examples())
                .findFirst().orElse(0);
        sb.append("Measured: ").append(inputs).append(" test inputs, ").append(samples)
                .append(" samples each (scores on the 0-1 scale). Each cell: the mean over test inputs and its ")
                .append(Math.round(bootstrap.level() * 100)).append("% percentile bootstrap interval (")
                .append(bootstrap.resamples()).append(" resamples of the test inputs, seed ").append(bootstrap.seed())
                .append(").\n\n");
        sb.append("| model | ").append(String.join(" | ", Table1Row.COLUMNS)).append(" | steps | valid loss |\n");
        sb.append("|---|").append("---|".repeat(Table1Row.COLUMNS.size() + 2)).append('\n');
        for (int k = 0; k < rows.size(); k++) {
            Reproduction.ModelOutcome m = rows.get(k);
            sb.append("| ").append(m.model()).append(" | ");
            if (m.report() == null) {
                sb.append("failed: ").append(m.failure()).append(" |").append(" |".repeat(Table1Row.COLUMNS.size() + 1))
                        .append('\n');
                continue;
            }
            for (Interval i : intervals.get(k).orElseThrow().cells()) {
                sb.append(i.format()).append(" | ");
            }
            sb.append(m.training() == null ? "-" : Long.toString(m.training().step()));
            double loss = validLoss(m);
            sb.append(" | ").append(Double.isNaN(loss) ? "-" : String.format(Locale.ROOT, "%.3f", loss));
            sb.append(" |\n");
        }
        sb.append("\nDifference to ").append(Reproduction.COPY).append(" (paired bootstrap over the same resampled test"
                + " inputs; **bold** where the interval excludes 0):\n\n");
        sb.append("| model | ").append(String.join(" | ", Table1Row.COLUMNS)).append(" |\n");
        sb.append("|---|").append("---|".repeat(Table1Row.COLUMNS.size())).append('\n');
        for (int k = 0; k < rows.size(); k++) {
            Optional<Intervals> i = intervals.get(k);
            if (i.isEmpty() || i.get().versusCopy() == null) {
                continue;
            }
            sb.append("| ").append(rows.get(k).model()).append(" |");
            for (Interval d : i.get().versusCopy()) {
                String cell = (d.estimate() > 0 ? "+" : "") + d.format();
                sb.append(' ').append(d.excludesZero() ? "**" + cell + "**" : cell).append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n').append(COMPARABILITY).append('\n');
        sb.append("\nThe paper's Table 1 (64 samples; blank where it reports no number; no intervals given):\n\n");
        sb.append("| model | avg S_C | avg S_EH | avg S_ES | max S_C | max S_EH | max S_ES | S_D |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (String[] p : PAPER) {
            sb.append("| ").append(String.join(" | ", p)).append(" |\n");
        }
        return sb.toString();
    }

    /** Per row: the cells' intervals and the paired differences to copy-input (null for copy-input itself). */
    static List<Optional<Intervals>> intervals(List<Reproduction.ModelOutcome> rows, BootstrapConfig config) {
        Bootstrap bootstrap = new Bootstrap(config);
        Reproduction.ModelOutcome copy = rows.stream()
                .filter(r -> r.model().equals(Reproduction.COPY) && r.report() != null).findFirst().orElse(null);
        List<Optional<Intervals>> out = new ArrayList<>();
        for (Reproduction.ModelOutcome m : rows) {
            if (m.report() == null) {
                out.add(Optional.empty());
                continue;
            }
            Interval[] cells = bootstrap.table1(m.report().perExample());
            Interval[] vs = copy == null || m == copy ? null
                    : bootstrap.table1Difference(m.report().perExample(), copy.report().perExample());
            out.add(Optional.of(new Intervals(cells, vs)));
        }
        return out;
    }

    /** Best validation loss of the model's run, else its last one (a run shorter than the validation interval). */
    private static double validLoss(Reproduction.ModelOutcome m) {
        if (m.training() == null) {
            return Double.NaN;
        }
        return Double.isNaN(m.training().bestValidLoss()) ? m.training().lastValidLoss() : m.training().bestValidLoss();
    }

    private static String f6(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static String csvHeader() {
        StringBuilder sb = new StringBuilder("model,test_inputs,samples");
        for (String c : Table1Row.CSV_COLUMNS) {
            sb.append(',').append(c).append(',').append(c).append("_lo,").append(c).append("_hi");
        }
        return sb.append(",train_steps,valid_loss,status").toString();
    }
}
