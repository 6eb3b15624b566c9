package org.editvq.training.reproduce;

import org.editvq.core.metrics.Table1Row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Table 1 as Markdown (measured rows, then the paper's for comparison) and as CSV.
 */
public final class Table1Writer {
    /** CSV columns. */
    public static final String CSV_HEADER = "model,test_inputs,samples,avg_correctness,avg_hard_efficiency,"
            + "avg_soft_efficiency,max_correctness,max_hard_efficiency,max_soft_efficiency,diversity,"
            + "train_steps,valid_loss,status";

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

    private Table1Writer() {
    }

    static void write(List<Reproduction.ModelOutcome> rows, Path markdown, Path csv, int samples) throws IOException {
        Files.writeString(markdown, markdown(rows, samples), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (Reproduction.ModelOutcome m : rows) {
            sb.append(m.model()).append(',');
            if (m.report() == null) {
                sb.append(",,,,,,,,,,,").append("failed: ").append(m.failure().replace(',', ';').replace('\n', ' '));
            } else {
                Table1Row r = m.report().row();
                sb.append(r.examples()).append(',').append(samples);
                for (double v : values(r)) {
                    sb.append(',').append(String.format(Locale.ROOT, "%.6f", v));
                }
                sb.append(',').append(m.training() == null ? "" : Long.toString(m.training().step()));
                double loss = validLoss(m);
                sb.append(',').append(Double.isNaN(loss) ? "" : String.format(Locale.ROOT, "%.4f", loss));
                sb.append(",ok");
            }
            sb.append('\n');
        }
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
    }

    /** The Markdown text of Table 1: the measured rows, then the paper's. */
    public static String markdown(List<Reproduction.ModelOutcome> rows, int samples) {
        StringBuilder sb = new StringBuilder();
        int inputs = rows.stream().filter(r -> r.report() != null).mapToInt(r -> r.report().row().examples())
                .findFirst().orElse(0);
        sb.append("Measured: ").append(inputs).append(" test inputs, ").append(samples)
                .append(" samples each (scores on the 0-1 scale).\n\n");
        sb.append("| model | avg S_C | avg S_EH | avg S_ES | max S_C | max S_EH | max S_ES | S_D | steps |"
                + " valid loss |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Reproduction.ModelOutcome m : rows) {
            sb.append("| ").append(m.model()).append(" | ");
            if (m.report() == null) {
                sb.append("failed: ").append(m.failure()).append(" | | | | | | | | |\n");
                continue;
            }
            sb.append(m.report().row().format());
            sb.append(" | ").append(m.training() == null ? "-" : Long.toString(m.training().step()));
            double loss = validLoss(m);
            sb.append(" | ").append(Double.isNaN(loss) ? "-" : String.format(Locale.ROOT, "%.3f", loss));
            sb.append(" |\n");
        }
        sb.append("\nThe paper's Table 1 (64 samples; blank where it reports no number):\n\n");
        sb.append("| model | avg S_C | avg S_EH | avg S_ES | max S_C | max S_EH | max S_ES | S_D |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (String[] p : PAPER) {
            sb.append("| ").append(String.join(" | ", p)).append(" |\n");
        }
        return sb.toString();
    }

    /** Best validation loss of the model's run, else its last one (a run shorter than the validation interval). */
    private static double validLoss(Reproduction.ModelOutcome m) {
        if (m.training() == null) {
            return Double.NaN;
        }
        return Double.isNaN(m.training().bestValidLoss()) ? m.training().lastValidLoss() : m.training().bestValidLoss();
    }

    private static double[] values(Table1Row r) {
        return new double[]{r.avgCorrectness(), r.avgHardEfficiency(), r.avgSoftEfficiency(), r.maxCorrectness(),
            r.maxHardEfficiency(), r.maxSoftEfficiency(), r.diversity()};
    }
}
