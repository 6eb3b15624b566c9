package org.editvq.evaluation.figures;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shared plumbing of the figure writers: headless mode, files, axes drawn with Java2D. */
final class Figures {
    private Figures() {
    }

    /** Makes AWT headless unless the caller chose otherwise (before any AWT class is touched). */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The CSV written next to a PNG: same directory, same base name, extension .csv. */
    static Path csvNextTo(Path png) {
        String name = png.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return png.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".csv");
    }

    static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    static CSVPrinter csv(Path file, String... header) throws IOException {
        createParent(file);
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').build());
    }

    static BufferedImage canvas(int width, int height) {
        headless();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    static void writePng(BufferedImage image, Path png) throws IOException {
        createParent(png);
        if (!ImageIO.write(image, "png", png.toFile())) {
            throw new IOException("no PNG writer available for " + png);
        }
    }

    /** Draws text centred horizontally on x with its baseline at y. */
    static void centred(Graphics2D g, String text, double x, double y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) y);
    }

    /** Draws text rotated 90&deg; counter-clockwise, centred vertically on y, baseline at x. */
    static void vertical(Graphics2D g, String text, double x, double y) {
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, x, y);
        centred(g, text, x, y);
        g.setTransform(saved);
    }

    /** Round tick positions (1, 2, 5 &times; 10^k steps) inside [lo, hi], about {@code target} of them. */
    static List<Double> ticks(double lo, double hi, int target) {
        List<Double> out = new ArrayList<>();
        if (!(hi > lo)) {
            out.add(lo);
            return out;
        }
        double raw = (hi - lo) / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * mag;
            if (step >= raw) {
                break;
            }
        }
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out;
    }

    static String tickLabel(double v) {
        String s = String.format(Locale.ROOT, "%.3g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }

    /** A rectangular plot area mapping data [xmin, xmax] &times; [ymin, ymax] to pixels. */
    record Frame(double left, double top, double width, double height, double xmin, double xmax, double ymin,
                 double ymax) {
        /** A frame around the data range padded by 5% on each side (a zero range gets &plusmn;1). */
        static Frame around(double left, double top, double width, double height, double[] xs, double[] ys) {
            double[] xr = padded(xs);
            double[] yr = padded(ys);
            return new Frame(left, top, width, height, xr[0], xr[1], yr[0], yr[1]);
        }

        private static double[] padded(double[] v) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double x : v) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            if (!(hi > lo)) {
                return new double[] {lo - 1, lo + 1};
            }
            double pad = 0.05 * (hi - lo);
            return new double[] {lo - pad, hi + pad};
        }

        double px(double x) {
            return left + (x - xmin) / (xmax - xmin) * width;
        }

        double py(double y) {
            return top + height - (y - ymin) / (ymax - ymin) * height;
        }

        /** Draws the box, ticks with labels and the axis titles. */
        void drawAxes(Graphics2D g, String xTitle, String yTitle) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1f));
            g.draw(new java.awt.geom.Rectangle2D.Double(left, top, width, height));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            FontMetrics fm = g.getFontMetrics();
            for (double t : ticks(xmin, xmax, 5)) {
                double x = px(t);
                g.draw(new java.awt.geom.Line2D.Double(x, top + height, x, top + height + 4));
                centred(g, tickLabel(t), x, top + height + 6 + fm.getAscent());
            }
            double labelWidth = 0;
            for (double t : ticks(ymin, ymax, 5)) {
                double y = py(t);
                g.draw(new java.awt.geom.Line2D.Double(left - 4, y, left, y));
                String s = tickLabel(t);
                labelWidth = Math.max(labelWidth, fm.stringWidth(s));
                g.drawString(s, (float) (left - 6 - fm.stringWidth(s)), (float) (y + fm.getAscent() / 2.0 - 1));
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            centred(g, xTitle, left + width / 2, top + height + 22 + fm.getAscent() + 4);
            vertical(g, yTitle, left - labelWidth - 14, top + height / 2);
        }
    }
}
