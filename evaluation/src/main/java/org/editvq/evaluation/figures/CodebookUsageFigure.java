package org.editvq.evaluation.figures;

import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Codebook usage: a bar chart (XChart) of how many training pairs each codebook entry 0..K&minus;1 is assigned,
 * titled with the caller's title, the number of used codes and the usage perplexity.
 *
 * <p>Usage perplexity: with p<sub>k</sub> = count<sub>k</sub> / &Sigma; count, H = &minus;&Sigma;<sub>k: p<sub>k</sub>
 * &gt; 0</sub> p<sub>k</sub> ln p<sub>k</sub> (natural log) and perplexity = exp(H), the effective number of
 * codes in use: K for uniform usage of K codes, 1 when every pair uses the same code.
 *
 * <p>The PNG is {@value #WIDTH} &times; {@value #HEIGHT}; a CSV with the same base name is written next to it:
 * {@code code,count,share}.
 */
public final class CodebookUsageFigure {
    /** Image width in pixels. */
    public static final int WIDTH = 1000;
    /** Image height in pixels. */
    public static final int HEIGHT = 500;

    private CodebookUsageFigure() {
    }

    /**
     * What was drawn.
     *
     * @param codes       K, the codebook size
     * @param usedCodes   entries with at least one pair
     * @param assignments total pairs
     * @param perplexity  exp of the entropy (nats) of the normalized counts
     * @param png         the image
     * @param csv         the counts
     */
    public record Result(int codes, int usedCodes, long assignments, double perplexity, Path png, Path csv) {
    }

    /**
     * The usage perplexity exp(&minus;&Sigma; p<sub>k</sub> ln p<sub>k</sub>) of the normalized counts (see the class
     * comment).
     *
     * @param countsPerCode non-negative counts, not all zero
     * @return a value in [1, number of used codes]
     */
    public static double perplexity(int[] countsPerCode) {
        long total = check(countsPerCode);
        double h = 0;
        for (int c : countsPerCode) {
            if (c > 0) {
                double p = (double) c / total;
                h -= p * Math.log(p);
            }
        }
        return Math.exp(h);
    }

    private static long check(int[] counts) {
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("need the count of at least one codebook entry");
        }
        long total = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] < 0) {
                throw new IllegalArgumentException("count of code " + k + " is negative: " + counts[k]);
            }
            total += counts[k];
        }
        if (total == 0) {
            throw new IllegalArgumentException("no pairs assigned to any of the " + counts.length + " codes");
        }
        return total;
    }

    /**
     * Writes the bar chart and its CSV.
     *
     * @param countsPerCode pairs assigned to each code 0..K&minus;1, non-negative, not all zero
     * @param title         caller's title; " \u2014 U/K codes used, perplexity P" is appended
     * @param png           output image; parent directories are created
     * @return used codes and perplexity
     * @throws IllegalArgumentException on empty, negative or all-zero counts
     * @throws IOException              when a file cannot be written
     */
    public static Result write(int[] countsPerCode, String title, Path png) throws IOException {
        long total = check(countsPerCode);
        if (title == null) {
            throw new IllegalArgumentException("title is required");
        }
        int k = countsPerCode.length;
        int used = 0;
        for (int c : countsPerCode) {
            if (c > 0) {
                used++;
            }
        }
        double perplexity = perplexity(countsPerCode);
        Path csvPath = Figures.csvNextTo(png);
        try (CSVPrinter out = Figures.csv(csvPath, "code", "count", "share")) {
            for (int i = 0; i < k; i++) {
                out.printRecord(i, countsPerCode[i], (double) countsPerCode[i] / total);
            }
        }
        Figures.headless();
        String full = String.format(Locale.ROOT, "%s \u2014 %d/%d codes used, perplexity %.2f", title, used, k, perplexity);
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(full)
                .xAxisTitle("codebook entry").yAxisTitle("training pairs").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.9);
        chart.getStyler().setXAxisMaxLabelCount(Math.min(k, 40));
        if (k > 40) {
            chart.getStyler().setXAxisLabelRotation(90);
        }
        List<Integer> codes = new ArrayList<>(k);
        List<Integer> counts = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            codes.add(i);
            counts.add(countsPerCode[i]);
        }
        chart.addSeries("pairs", codes, counts);
        Figures.createParent(png);
        try (OutputStream out = Files.newOutputStream(png)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        return new Result(k, used, total, perplexity, png, csvPath);
    }
}
