package org.editvq.evaluation.figures;

import org.apache.commons.csv.CSVRecord;
import org.editvq.evaluation.figures.EmbeddingMapFigure.Method;
import org.editvq.evaluation.projection.Pca;
import org.editvq.evaluation.projection.Tsne;
import org.editvq.evaluation.projection.TsneConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureEmbeddingMapTest {

    /** 60 programs in 20-D, three clusters; runtimes 2 ms .. 2 s spread over the clusters. */
    static double[][] embeddings() {
        SplittableRandom rnd = new SplittableRandom(8);
        double[][] x = new double[60][20];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 20; j++) {
                x[i][j] = rnd.nextGaussian() + (j == i % 3 ? 6 : 0);
            }
        }
        return x;
    }

    static double[] runtimes() {
        double[] r = new double[60];
        for (int i = 0; i < r.length; i++) {
            r[i] = 2 * Math.pow(10, 3.0 * i / (r.length - 1));   // 2 .. 2000 ms
        }
        return r;
    }

    @Test
    void tsneMapMatchesTsne(@TempDir Path dir) throws IOException {
        double[][] x = embeddings();
        double[] r = runtimes();
        EmbeddingMapFigure.Result result = EmbeddingMapFigure.write(x, r, Method.TSNE, 5, "Figure 6", dir.resolve("map.png"));
        assertEquals(Method.TSNE, result.method());
        assertEquals(60, result.points());
        assertEquals(2, result.minRuntimeMs(), 1e-12);
        assertEquals(2000, result.maxRuntimeMs(), 1e-9);
        BufferedImage image = FigureTestSupport.readPng(result.png(), 800, 700);
        double[][] expected = Tsne.embed(x, TsneConfig.forPoints(60, 5));
        List<CSVRecord> rows = FigureTestSupport.readCsv(result.csv());
        assertEquals(List.of("x", "y", "runtime_ms"), rows.get(0).getParser().getHeaderNames());
        assertEquals(60, rows.size());
        for (int i = 0; i < 60; i++) {
            assertEquals(expected[i][0], Double.parseDouble(rows.get(i).get("x")), 0.0);
            assertEquals(expected[i][1], Double.parseDouble(rows.get(i).get("y")), 0.0);
            assertEquals(r[i], Double.parseDouble(rows.get(i).get("runtime_ms")), 0.0);
            assertEquals(expected[i][0], result.coordinates()[i][0], 0.0);
        }
        // The fastest and the slowest points are drawn in the end colours of the map, inside the plot area.
        int plotRight = EmbeddingMapFigure.BAR_LEFT - 20;
        assertTrue(FigureTestSupport.hasColour(image, ColorMaps.viridis(0).getRGB(), 70, plotRight, 45, 640));
        assertTrue(FigureTestSupport.hasColour(image, ColorMaps.viridis(1).getRGB(), 70, plotRight, 45, 640));
        assertTrue(FigureTestSupport.colouredPixels(image, EmbeddingMapFigure.BAR_LEFT, EmbeddingMapFigure.BAR_LEFT + 18,
                100, 600) > 18 * 400, "colour bar");
    }

    @Test
    void pcaMapMatchesPca(@TempDir Path dir) throws IOException {
        double[][] x = embeddings();
        EmbeddingMapFigure.Result result = EmbeddingMapFigure.write(x, runtimes(), Method.PCA, 0, "PCA",
                dir.resolve("pca.png"));
        FigureTestSupport.readPng(result.png(), EmbeddingMapFigure.WIDTH, EmbeddingMapFigure.HEIGHT);
        double[][] expected = Pca.fit(x, 2).transform(x);
        List<CSVRecord> rows = FigureTestSupport.readCsv(result.csv());
        for (int i = 0; i < 60; i++) {
            assertEquals(expected[i][0], Double.parseDouble(rows.get(i).get("x")), 0.0);
            assertEquals(expected[i][1], Double.parseDouble(rows.get(i).get("y")), 0.0);
        }
    }

    @Test
    void rejectsBadRuntimes(@TempDir Path dir) {
        double[][] x = embeddings();
        Path png = dir.resolve("bad.png");
        for (double bad : new double[] {Double.NaN, 0, -1, Double.POSITIVE_INFINITY}) {
            double[] r = runtimes();
            r[3] = bad;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> EmbeddingMapFigure.write(x, r, Method.PCA, 1, "t", png));
            assertTrue(e.getMessage().contains("index 3"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> EmbeddingMapFigure.write(x, new double[59], Method.PCA, 1, "t", png));
        assertThrows(IllegalArgumentException.class,
                () -> EmbeddingMapFigure.write(new double[][] {{1}, {2}}, new double[] {1, 2}, Method.PCA, 1, "t", png));
    }

    @Test
    void viridisStopsAndLogPosition() {
        assertEquals(new Color(0x44, 0x01, 0x54), ColorMaps.viridis(0));
        assertEquals(new Color(0xfd, 0xe7, 0x25), ColorMaps.viridis(1));
        assertEquals(new Color(0x21, 0x91, 0x8c), ColorMaps.viridis(0.5));
        assertEquals(ColorMaps.viridis(0), ColorMaps.viridis(-3));
        assertEquals(ColorMaps.viridis(1), ColorMaps.viridis(7));
        // halfway between #440154 and #482475: (68+72)/2 = 70, (1+36)/2 = 18.5 -> 19, (84+117)/2 = 100.5 -> 101
        assertEquals(new Color(70, 19, 101), ColorMaps.viridis(0.05));
        assertThrows(IllegalArgumentException.class, () -> ColorMaps.viridis(Double.NaN));
        assertEquals(0.5, EmbeddingMapFigure.colourPosition(10, 1, 100), 1e-12);
        assertEquals(0, EmbeddingMapFigure.colourPosition(1, 1, 100), 1e-12);
        assertEquals(0.5, EmbeddingMapFigure.colourPosition(3, 3, 3), 0.0);
        assertTrue(!ColorMaps.categorical(0).equals(ColorMaps.categorical(10)));
        assertThrows(IllegalArgumentException.class, () -> ColorMaps.categorical(-1));
    }

    @Test
    void tickAndMillisecondLabels() {
        assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0), Figures.ticks(0, 2, 4));
        assertEquals(List.of(-10.0, 0.0, 10.0, 20.0), Figures.ticks(-12, 21, 4));
        assertEquals("0.176", Figures.tickLabel(0.17562));
        assertEquals("20", Figures.tickLabel(20));
        assertEquals("-2.5", Figures.tickLabel(-2.5));
        assertEquals("1710", EmbeddingMapFigure.msLabel(1710.4));
        assertEquals("1000", EmbeddingMapFigure.msLabel(1000));
        assertEquals("10", EmbeddingMapFigure.msLabel(10));
        assertEquals("0.5", EmbeddingMapFigure.msLabel(0.5));
        assertEquals(Path.of("a/b/map.csv"), Figures.csvNextTo(Path.of("a/b/map.png")));
    }
}
