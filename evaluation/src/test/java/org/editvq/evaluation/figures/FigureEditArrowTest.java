package org.editvq.evaluation.figures;

import org.apache.commons.csv.CSVRecord;
import org.editvq.evaluation.figures.EditArrowFigure.LatentGroup;
import org.editvq.evaluation.projection.Pca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureEditArrowTest {

    /** Latents 12, 3, 40 with 10, 12, 8 pairs in 16-D; each latent moves its slow vectors along its own direction. */
    static List<LatentGroup> groups() {
        SplittableRandom rnd = new SplittableRandom(21);
        int d = 16;
        int[] latents = {12, 3, 40};
        int[] sizes = {10, 12, 8};
        List<LatentGroup> out = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            double[][] slow = new double[sizes[k]][d];
            double[][] fast = new double[sizes[k]][d];
            for (int i = 0; i < sizes[k]; i++) {
                for (int j = 0; j < d; j++) {
                    slow[i][j] = rnd.nextGaussian();
                    fast[i][j] = slow[i][j] + (j == k ? 4 : 0) + 0.1 * rnd.nextGaussian();
                }
            }
            out.add(new LatentGroup(latents[k], slow, fast));
        }
        return out;
    }

    @Test
    void writesPngAndCsvMatchingPca(@TempDir Path dir) throws IOException {
        List<LatentGroup> groups = groups();
        Path png = dir.resolve("sub/figure5.png");
        EditArrowFigure.Result result = EditArrowFigure.write(groups, png);
        assertEquals(30, result.arrows());
        assertEquals(dir.resolve("sub/figure5.csv"), result.csv());
        BufferedImage image = FigureTestSupport.readPng(png, EditArrowFigure.WIDTH, EditArrowFigure.HEIGHT);
        assertEquals(1500, image.getWidth());
        for (int panel = 0; panel < 3; panel++) {
            int colored = FigureTestSupport.colouredPixels(image, panel * 500 + 80, panel * 500 + 480, 50, 480);
            assertTrue(colored > 200, "panel " + panel + " has arrows: " + colored);
        }
        // The same PCA computed here, on the vectors stacked slow0, fast0, slow1, fast1, ... group by group.
        List<double[]> stacked = new ArrayList<>();
        for (LatentGroup g : groups) {
            for (int i = 0; i < g.pairs(); i++) {
                stacked.add(g.slow()[i]);
                stacked.add(g.fast()[i]);
            }
        }
        Pca pca = Pca.fit(stacked.toArray(new double[0][]), 3);
        assertArrayEquals(pca.explainedVarianceRatio(), result.explainedVarianceRatio(), 0.0);
        double sum = result.explainedVarianceRatio()[0] + result.explainedVarianceRatio()[1]
                + result.explainedVarianceRatio()[2];
        assertTrue(sum > 0 && sum <= 1 + 1e-12);
        List<CSVRecord> rows = FigureTestSupport.readCsv(result.csv());
        assertEquals(30, rows.size());
        assertEquals(List.of("latent", "pair", "slow_pc1", "slow_pc2", "slow_pc3", "fast_pc1", "fast_pc2", "fast_pc3"),
                rows.get(0).getParser().getHeaderNames());
        int r = 0;
        for (LatentGroup g : groups) {
            for (int i = 0; i < g.pairs(); i++, r++) {
                CSVRecord row = rows.get(r);
                assertEquals(g.latent(), Integer.parseInt(row.get("latent")));
                assertEquals(i, Integer.parseInt(row.get("pair")));
                double[] s = pca.transform(g.slow()[i]);
                double[] f = pca.transform(g.fast()[i]);
                for (int c = 0; c < 3; c++) {
                    assertEquals(s[c], Double.parseDouble(row.get("slow_pc" + (c + 1))), 0.0);
                    assertEquals(f[c], Double.parseDouble(row.get("fast_pc" + (c + 1))), 0.0);
                }
            }
        }
    }

    @Test
    void manyLatentsStillFit(@TempDir Path dir) throws IOException {
        SplittableRandom rnd = new SplittableRandom(2);
        List<LatentGroup> groups = new ArrayList<>();
        for (int k = 0; k < 25; k++) {
            double[][] s = new double[2][5];
            double[][] f = new double[2][5];
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 5; j++) {
                    s[i][j] = rnd.nextGaussian();
                    f[i][j] = rnd.nextGaussian();
                }
            }
            groups.add(new LatentGroup(k * 7, s, f));
        }
        EditArrowFigure.Result result = EditArrowFigure.write(groups, dir.resolve("many.png"));
        assertEquals(50, result.arrows());
        FigureTestSupport.readPng(result.png(), EditArrowFigure.WIDTH, EditArrowFigure.HEIGHT);
    }

    @Test
    void rejectsBadGroups(@TempDir Path dir) {
        double[][] one = {{1, 2, 3}};
        double[][] two = {{1, 2, 3}, {4, 5, 6}};
        assertThrows(IllegalArgumentException.class, () -> new LatentGroup(1, one, two));
        assertThrows(IllegalArgumentException.class, () -> new LatentGroup(1, new double[0][], new double[0][]));
        Path png = dir.resolve("bad.png");
        assertThrows(IllegalArgumentException.class, () -> EditArrowFigure.write(List.of(), png));
        // one pair: only 2 points
        assertThrows(IllegalArgumentException.class,
                () -> EditArrowFigure.write(List.of(new LatentGroup(1, one, one)), png));
        // duplicate latent
        assertThrows(IllegalArgumentException.class,
                () -> EditArrowFigure.write(List.of(new LatentGroup(1, two, two), new LatentGroup(1, two, two)), png));
        // dimension 2
        assertThrows(IllegalArgumentException.class, () -> EditArrowFigure.write(
                List.of(new LatentGroup(1, new double[][] {{1, 2}, {3, 4}}, new double[][] {{0, 1}, {2, 2}})), png));
        // ragged
        assertThrows(IllegalArgumentException.class, () -> EditArrowFigure.write(
                List.of(new LatentGroup(1, two, new double[][] {{1, 2, 3}, {4, 5}})), png));
        // non-finite
        assertThrows(IllegalArgumentException.class, () -> EditArrowFigure.write(
                List.of(new LatentGroup(1, two, new double[][] {{1, 2, 3}, {4, 5, Double.NaN}})), png));
        assertFalse(Files.exists(png));
    }
}
