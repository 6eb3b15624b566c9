package org.editvq.evaluation.figures;

import org.apache.commons.csv.CSVPrinter;
import org.editvq.evaluation.projection.Pca;
import org.editvq.evaluation.projection.Tsne;
import org.editvq.evaluation.projection.TsneConfig;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The paper's Figure 6: a 2-D map of program embeddings, each point coloured by its runtime.
 *
 * <p>The embeddings (n &times; d) are projected to 2-D by exact t-SNE ({@link Method#TSNE}, the default:
 * {@link TsneConfig#forPoints}(n, seed), i.e. perplexity 30 clamped to (n &minus; 1) / 3, 1000 iterations,
 * learning rate max(n / 12, 10)) or by PCA ({@link Method#PCA}, first two components; the seed is unused).
 * Each point is a dot coloured by log<sub>10</sub> of its runtime on {@link ColorMaps#viridis}, from the
 * fastest (dark purple) to the slowest (yellow); a colour bar on the right is labelled in milliseconds.
 * The PNG is {@value #WIDTH} &times; {@value #HEIGHT}.
 *
 * <p>A CSV with the same base name is written next to the PNG: {@code x,y,runtime_ms}, one row per input row
 * in input order.
 */
public final class EmbeddingMapFigure {
    /** Image width in pixels. */
    public static final int WIDTH = 800;
    /** Image height in pixels. */
    public static final int HEIGHT = 700;
    /** Left edge of the colour bar; the map lies to its left. */
    static final int BAR_LEFT = 690;
    private static final double PLOT_LEFT = 75;
    private static final double PLOT_TOP = 50;
    private static final double PLOT_WIDTH = 580;
    private static final double PLOT_HEIGHT = 580;

    private EmbeddingMapFigure() {
    }

    /** How the embeddings are brought to 2-D. */
    public enum Method {
        /** Exact t-SNE ({@link Tsne}). */
        TSNE,
        /** The first two principal components ({@link Pca}). */
        PCA
    }

    /**
     * What was drawn.
     *
     * @param method        projection used
     * @param coordinates   the 2-D point of each input row (n &times; 2, as in the CSV)
     * @param minRuntimeMs  fastest runtime (bottom of the colour bar)
     * @param maxRuntimeMs  slowest runtime (top of the colour bar)
     * @param png           the image
     * @param csv           the coordinates and runtimes
     */
    public record Result(Method method, double[][] coordinates, double minRuntimeMs, double maxRuntimeMs, Path png,
                         Path csv) {
        public Result {
            coordinates = copy(coordinates);
        }

        @Override
        public double[][] coordinates() {
            return copy(coordinates);
        }

        /** Number of points. */
        public int points() {
            return coordinates.length;
        }

        private static double[][] copy(double[][] m) {
            double[][] out = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                out[i] = m[i].clone();
            }
            return out;
        }
    }

    /**
     * Projects the embeddings and writes the PNG and its CSV.
     *
     * @param embeddings  n &times; d program embeddings, n &ge; 2 (and d &ge; 2 for PCA), finite
     * @param runtimesMs  runtime of each program in milliseconds, finite and &gt; 0
     * @param method      projection
     * @param seed        t-SNE initialization seed
     * @param title       figure title
     * @param png         output image; parent directories are created
     * @return the coordinates and runtime range
     * @throws IllegalArgumentException on mismatched lengths, invalid embeddings, or a runtime that is NaN,
     *                                  infinite or &le; 0 (the message names its index)
     * @throws IOException              when a file cannot be written
     */
    public static Result write(double[][] embeddings, double[] runtimesMs, Method method, long seed, String title,
                               Path png) throws IOException {
        if (embeddings == null || runtimesMs == null || method == null || title == null) {
            throw new IllegalArgumentException("embeddings, runtimes, method and title are required");
        }
        if (embeddings.length != runtimesMs.length) {
            throw new IllegalArgumentException(embeddings.length + " embeddings but " + runtimesMs.length + " runtimes");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < runtimesMs.length; i++) {
            double r = runtimesMs[i];
            if (!(r > 0) || Double.isInfinite(r)) {
                throw new IllegalArgumentException("runtime at index " + i + " must be finite and > 0 ms: " + r);
            }
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        double[][] xy = project(embeddings, method, seed);
        Path csvPath = Figures.csvNextTo(png);
        try (CSVPrinter out = Figures.csv(csvPath, "x", "y", "runtime_ms")) {
            for (int i = 0; i < xy.length; i++) {
                out.printRecord(xy[i][0], xy[i][1], runtimesMs[i]);
            }
        }
        draw(xy, runtimesMs, min, max, method, title, png);
        return new Result(method, xy, min, max, png, csvPath);
    }

    /** The 2-D coordinates {@link #write} plots. */
    static double[][] project(double[][] embeddings, Method method, long seed) {
        return switch (method) {
            case TSNE -> Tsne.embed(embeddings, TsneConfig.forPoints(embeddings.length, seed));
            case PCA -> {
                if (embeddings.length >= 1 && embeddings[0] != null && embeddings[0].length < 2) {
                    throw new IllegalArgumentException("PCA map needs embeddings of dimension >= 2");
                }
                yield Pca.fit(embeddings, 2).transform(embeddings);
            }
        };
    }

    /** Position on the colour map of a runtime: (log10 r &minus; log10 min) / (log10 max &minus; log10 min), 0.5 if equal. */
    static double colourPosition(double runtimeMs, double minMs, double maxMs) {
        double lo = Math.log10(minMs);
        double hi = Math.log10(maxMs);
        return hi > lo ? (Math.log10(runtimeMs) - lo) / (hi - lo) : 0.5;
    }

    private static void draw(double[][] xy, double[] runtimes, double min, double max, Method method, String title,
                             Path png) throws IOException {
        BufferedImage image = Figures.canvas(WIDTH, HEIGHT);
        Graphics2D g = Figures.graphics(image);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        Figures.centred(g, title, WIDTH / 2.0, 28);
        double[] xs = new double[xy.length];
        double[] ys = new double[xy.length];
        for (int i = 0; i < xy.length; i++) {
            xs[i] = xy[i][0];
            ys[i] = xy[i][1];
        }
        Figures.Frame frame = Figures.Frame.around(PLOT_LEFT, PLOT_TOP, PLOT_WIDTH, PLOT_HEIGHT, xs, ys);
        String axis = method == Method.TSNE ? "t-SNE " : "PC";
        frame.drawAxes(g, axis + "1", axis + "2");
        double r = xy.length > 1000 ? 2.5 : 4;
        for (int i = 0; i < xy.length; i++) {
            g.setColor(ColorMaps.viridis(colourPosition(runtimes[i], min, max)));
            g.fill(new Ellipse2D.Double(frame.px(xs[i]) - r, frame.py(ys[i]) - r, 2 * r, 2 * r));
        }
        colourBar(g, min, max);
        g.dispose();
        Figures.writePng(image, png);
    }

    /** Vertical gradient from min (bottom) to max (top) runtime with tick labels in ms at round log10 values. */
    private static void colourBar(Graphics2D g, double min, double max) {
        double top = PLOT_TOP + 30;
        double height = PLOT_HEIGHT - 60;
        double width = 18;
        for (int y = 0; y < (int) height; y++) {
            g.setColor(ColorMaps.viridis(1 - (y + 0.5) / height));
            g.fill(new Rectangle2D.Double(BAR_LEFT, top + y, width, 1));
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(BAR_LEFT, top, width, (int) height));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        double lo = Math.log10(min);
        double hi = Math.log10(max);
        if (hi > lo) {
            for (double t : Figures.ticks(lo, hi, 5)) {
                double y = top + (int) height * (1 - (t - lo) / (hi - lo));
                g.draw(new Line2D.Double(BAR_LEFT + width, y, BAR_LEFT + width + 4, y));
                g.drawString(msLabel(Math.pow(10, t)), (float) (BAR_LEFT + width + 6), (float) (y + fm.getAscent() / 2.0 - 1));
            }
        } else {
            g.drawString(msLabel(min), (float) (BAR_LEFT + width + 6), (float) (top + height / 2));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        Figures.centred(g, "runtime (ms, log)", BAR_LEFT + width / 2, top - 12);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        Figures.centred(g, String.format(Locale.ROOT, "%s \u2013 %s ms", msLabel(min), msLabel(max)),
                BAR_LEFT + width / 2, top + height + 18);
    }

    /** Milliseconds without exponent notation: whole numbers from 100 ms up, three significant digits below. */
    static String msLabel(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : Figures.tickLabel(ms);
    }
}
