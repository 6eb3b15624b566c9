package org.editvq.evaluation.figures;

import org.apache.commons.csv.CSVPrinter;
import org.editvq.evaluation.projection.Pca;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The paper's Figure 5: how the edit encoder's program vectors move from the slow to the fast program of
 * pairs assigned to a few latents.
 *
 * <p>For each group (one latent) the caller gives z<sub>slow</sub> = f(x) and z<sub>fast</sub> = f(y) of its pairs.
 * All slow and fast vectors of all groups are stacked and one {@link Pca} with 3 components is fitted on them;
 * every pair becomes an arrow from its projected slow vector to its projected fast vector (a dot marks the
 * slow end, the head the fast end), one colour per latent ({@link ColorMaps#categorical}, in the order of the
 * groups). The PNG ({@value #WIDTH} &times; {@value #HEIGHT}) shows three 2-D projections side by side
 * (PC1-PC2, PC1-PC3, PC2-PC3), axes titled with each component's explained-variance ratio, and a legend
 * "latent 12 (n=40)" under the panels.
 *
 * <p>A CSV with the same base name is written next to the PNG, one row per pair:
 * {@code latent,pair,slow_pc1,slow_pc2,slow_pc3,fast_pc1,fast_pc2,fast_pc3} (pair = index within its group).
 */
public final class EditArrowFigure {
    /** Image width in pixels. */
    public static final int WIDTH = 1500;
    /** Image height in pixels. */
    public static final int HEIGHT = 600;
    private static final int TITLE_HEIGHT = 36;
    private static final int PANEL_HEIGHT = 500;
    private static final int[][] PLANES = {{0, 1}, {0, 2}, {1, 2}};

    private EditArrowFigure() {
    }

    /**
     * The program vectors of the pairs assigned to one latent.
     *
     * @param latent codebook index
     * @param slow   f(x) of each pair's slow program (m &times; d, m &ge; 1)
     * @param fast   f(y) of each pair's fast program, same shape as {@code slow}
     */
    public record LatentGroup(int latent, double[][] slow, double[][] fast) {
        public LatentGroup {
            if (slow == null || fast == null || slow.length == 0) {
                throw new IllegalArgumentException("latent " + latent + ": needs at least one pair");
            }
            if (slow.length != fast.length) {
                throw new IllegalArgumentException("latent " + latent + ": " + slow.length + " slow vectors but "
                        + fast.length + " fast vectors");
            }
            slow = copy(slow);
            fast = copy(fast);
        }

        /** Number of pairs. */
        public int pairs() {
            return slow.length;
        }

        @Override
        public double[][] slow() {
            return copy(slow);
        }

        @Override
        public double[][] fast() {
            return copy(fast);
        }

        private static double[][] copy(double[][] m) {
            double[][] out = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                out[i] = m[i] == null ? null : m[i].clone();
            }
            return out;
        }
    }

    /**
     * What was drawn.
     *
     * @param explainedVarianceRatio PC1..PC3's share of the total variance of all stacked vectors
     * @param arrows                 number of arrows (pairs) drawn
     * @param png                    the image
     * @param csv                    the projected coordinates
     */
    public record Result(double[] explainedVarianceRatio, int arrows, Path png, Path csv) {
        public Result {
            explainedVarianceRatio = explainedVarianceRatio.clone();
        }

        @Override
        public double[] explainedVarianceRatio() {
            return explainedVarianceRatio.clone();
        }
    }

    /**
     * Projects the groups with one 3-component PCA and writes the PNG and its CSV.
     *
     * @param groups at least one group, distinct latents, all vectors of one dimension d &ge; 3, finite values,
     *               at least 2 pairs in total (PCA to 3-D needs 3 points)
     * @param png    output image; parent directories are created
     * @return the explained ratios and number of arrows
     * @throws IllegalArgumentException on invalid groups
     * @throws IOException              when a file cannot be written
     */
    public static Result write(List<LatentGroup> groups, Path png) throws IOException {
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("no latent groups");
        }
        Set<Integer> seen = new HashSet<>();
        List<double[]> stacked = new ArrayList<>();
        for (LatentGroup g : groups) {
            if (!seen.add(g.latent())) {
                throw new IllegalArgumentException("latent " + g.latent() + " appears in two groups");
            }
            double[][] slow = g.slow();
            double[][] fast = g.fast();
            for (int i = 0; i < slow.length; i++) {
                stacked.add(slow[i]);
                stacked.add(fast[i]);
            }
        }
        double[][] all = stacked.toArray(new double[0][]);
        if (all.length < 3) {
            throw new IllegalArgumentException("need at least 2 pairs in total for a 3-D PCA, got " + all.length / 2);
        }
        int d = all[0] == null ? 0 : all[0].length;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == null || all[i].length != d) {
                throw new IllegalArgumentException("all program vectors must have the same dimension: vector " + i
                        + " has " + (all[i] == null ? "none" : all[i].length) + ", the first " + d);
            }
        }
        if (d < 3) {
            throw new IllegalArgumentException("program vectors need dimension >= 3 for a 3-D PCA: " + d);
        }
        Pca pca = Pca.fit(all, 3);
        double[] ratio = pca.explainedVarianceRatio();
        List<double[][]> slowPc = new ArrayList<>();
        List<double[][]> fastPc = new ArrayList<>();
        for (LatentGroup g : groups) {
            slowPc.add(pca.transform(g.slow()));
            fastPc.add(pca.transform(g.fast()));
        }
        Path csvPath = Figures.csvNextTo(png);
        try (CSVPrinter out = Figures.csv(csvPath, "latent", "pair", "slow_pc1", "slow_pc2", "slow_pc3", "fast_pc1",
                "fast_pc2", "fast_pc3")) {
            for (int k = 0; k < groups.size(); k++) {
                for (int i = 0; i < slowPc.get(k).length; i++) {
                    double[] s = slowPc.get(k)[i];
                    double[] f = fastPc.get(k)[i];
                    out.printRecord(groups.get(k).latent(), i, s[0], s[1], s[2], f[0], f[1], f[2]);
                }
            }
        }
        int arrows = draw(groups, slowPc, fastPc, ratio, all.length, png);
        return new Result(ratio, arrows, png, csvPath);
    }

    private static int draw(List<LatentGroup> groups, List<double[][]> slowPc, List<double[][]> fastPc,
                            double[] ratio, int vectors, Path png) throws IOException {
        BufferedImage image = Figures.canvas(WIDTH, HEIGHT);
        Graphics2D g = Figures.graphics(image);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        Figures.centred(g, "Edit encoder: z_slow = f(x) \u2192 z_fast = f(y), PCA of " + vectors + " program vectors",
                WIDTH / 2.0, 24);
        int arrows = 0;
        int panelWidth = WIDTH / PLANES.length;
        for (int p = 0; p < PLANES.length; p++) {
            int a = PLANES[p][0];
            int b = PLANES[p][1];
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int k = 0; k < groups.size(); k++) {
                for (double[][] m : List.of(slowPc.get(k), fastPc.get(k))) {
                    for (double[] row : m) {
                        xs.add(row[a]);
                        ys.add(row[b]);
                    }
                }
            }
            Figures.Frame frame = Figures.Frame.around(p * panelWidth + 75, TITLE_HEIGHT + 10, panelWidth - 95,
                    PANEL_HEIGHT - 70, xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray());
            frame.drawAxes(g, axisTitle(a, ratio[a]), axisTitle(b, ratio[b]));
            java.awt.Shape clip = g.getClip();
            g.clip(new java.awt.geom.Rectangle2D.Double(frame.left(), frame.top(), frame.width(), frame.height()));
            for (int k = 0; k < groups.size(); k++) {
                g.setColor(ColorMaps.categorical(k));
                double[][] s = slowPc.get(k);
                double[][] f = fastPc.get(k);
                for (int i = 0; i < s.length; i++) {
                    arrow(g, frame.px(s[i][a]), frame.py(s[i][b]), frame.px(f[i][a]), frame.py(f[i][b]));
                    if (p == 0) {
                        arrows++;
                    }
                }
            }
            g.setClip(clip);
        }
        legend(g, groups);
        g.dispose();
        Figures.writePng(image, png);
        return arrows;
    }

    private static String axisTitle(int component, double ratio) {
        return String.format(Locale.ROOT, "PC%d (%.1f%% of variance)", component + 1, 100 * ratio);
    }

    /** A line from (x0, y0) to (x1, y1) with a dot at the start and a filled head at the end. */
    private static void arrow(Graphics2D g, double x0, double y0, double x1, double y1) {
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.fill(new Ellipse2D.Double(x0 - 2, y0 - 2, 4, 4));
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 1e-9) {
            return;
        }
        double head = Math.min(8, 0.4 * len + 3);
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        double bx = x1 - ux * head;
        double by = y1 - uy * head;
        g.draw(new Line2D.Double(x0, y0, bx, by));
        Path2D tip = new Path2D.Double();
        tip.moveTo(x1, y1);
        tip.lineTo(bx - uy * head * 0.45, by + ux * head * 0.45);
        tip.lineTo(bx + uy * head * 0.45, by - ux * head * 0.45);
        tip.closePath();
        g.fill(tip);
    }

    /** Legend entries left to right under the panels, wrapping; entries that do not fit are summarised. */
    private static void legend(Graphics2D g, List<LatentGroup> groups) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics fm = g.getFontMetrics();
        double x = 75;
        double y = TITLE_HEIGHT + PANEL_HEIGHT + 8;
        double rowHeight = 22;
        for (int k = 0; k < groups.size(); k++) {
            String label = "latent " + groups.get(k).latent() + " (n=" + groups.get(k).pairs() + ")";
            double w = 30 + fm.stringWidth(label) + 24;
            if (x + w > WIDTH - 20) {
                if (y + 2 * rowHeight > HEIGHT) {
                    g.setColor(Color.BLACK);
                    g.drawString("\u2026 +" + (groups.size() - k) + " more", (float) x,
                            (float) (y + rowHeight / 2 + fm.getAscent() / 2.0 - 1));
                    return;
                }
                x = 75;
                y += rowHeight;
            }
            g.setColor(ColorMaps.categorical(k));
            arrow(g, x, y + rowHeight / 2, x + 24, y + rowHeight / 2);
            g.setColor(Color.BLACK);
            g.drawString(label, (float) (x + 30), (float) (y + rowHeight / 2 + fm.getAscent() / 2.0 - 1));
            x += w;
        }
    }
}
