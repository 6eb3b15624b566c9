package org.editvq.evaluation.projection;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsneTest {

    /** Three Gaussian clusters of {@code per} points in 50-D, centres 30 apart on different axes, unit noise. */
    static double[][] clusters(int per, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int d = 50;
        double[][] x = new double[3 * per][d];
        for (int i = 0; i < x.length; i++) {
            int c = i / per;
            for (int j = 0; j < d; j++) {
                x[i][j] = rnd.nextGaussian() + (j == c ? 30 : 0);
            }
        }
        return x;
    }

    @Test
    void binarySearchReachesTargetPerplexity() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[][] x = new double[12][4];
        for (double[] row : x) {
            for (int j = 0; j < 4; j++) {
                row[j] = rnd.nextGaussian() * (j + 1);
            }
        }
        double[] dist = Tsne.squaredDistances(x, 4);
        for (double target : new double[] {2, 3.5, 5}) {
            for (int self = 0; self < x.length; self++) {
                double[] row = java.util.Arrays.copyOfRange(dist, self * 12, self * 12 + 12);
                double[] p = new double[12];
                double beta = Tsne.calibrate(row, self, target, p);
                assertEquals(0, p[self]);
                double sum = 0;
                double h = 0;
                double norm = 0;
                for (int j = 0; j < 12; j++) {
                    if (j != self) {
                        norm += Math.exp(-beta * row[j]);
                    }
                }
                for (int j = 0; j < 12; j++) {
                    sum += p[j];
                    if (p[j] > 0) {
                        h -= p[j] * Math.log(p[j]);
                    }
                    if (j != self) {
                        assertEquals(Math.exp(-beta * row[j]) / norm, p[j], 1e-12, "Gaussian conditional");
                    }
                }
                assertEquals(1, sum, 1e-12);
                assertEquals(target, Math.exp(h), 1e-3, "perplexity of point " + self);
            }
        }
    }

    @Test
    void perplexityIsClampedForSmallN() {
        assertEquals(30, Tsne.effectivePerplexity(30, 1000));
        assertEquals(3, Tsne.effectivePerplexity(30, 10));
        assertEquals(1, Tsne.effectivePerplexity(30, 2));
        assertEquals(5, Tsne.effectivePerplexity(5, 100));
    }

    @Test
    void jointProbabilitiesAreSymmetricAndSumToOne() {
        double[][] x = clusters(5, 1);
        double[] p = Tsne.jointProbabilities(x, 50, 4);
        int n = x.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(0, p[i * n + i]);
            for (int j = 0; j < n; j++) {
                assertEquals(p[i * n + j], p[j * n + i]);
                sum += p[i * n + j];
            }
        }
        assertEquals(1, sum, 1e-9);
    }

    @Test
    void gradientMatchesFiniteDifferencesOfKl() {
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 7;
        for (int k : new int[] {2, 3}) {
            double[][] x = new double[n][3];
            for (double[] row : x) {
                for (int j = 0; j < 3; j++) {
                    row[j] = rnd.nextGaussian();
                }
            }
            double[] p = Tsne.jointProbabilities(x, 3, 2);
            double[] y = new double[n * k];
            for (int i = 0; i < y.length; i++) {
                y[i] = rnd.nextGaussian();
            }
            double[] grad = new double[n * k];
            Tsne.gradient(p, y, n, k, 1, grad);
            double h = 1e-6;
            for (int i = 0; i < y.length; i++) {
                double[] plus = y.clone();
                double[] minus = y.clone();
                plus[i] += h;
                minus[i] -= h;
                double numeric = (kl(p, plus, n, k) - kl(p, minus, n, k)) / (2 * h);
                assertEquals(numeric, grad[i], 1e-6, "k=" + k + " coordinate " + i);
            }
        }
    }

    /** KL(P || Q) with Student-t Q, written directly from the definition. */
    private static double kl(double[] p, double[] y, int n, int k) {
        double z = 0;
        double[] w = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double s = 0;
                    for (int c = 0; c < k; c++) {
                        s += Math.pow(y[i * k + c] - y[j * k + c], 2);
                    }
                    w[i * n + j] = 1 / (1 + s);
                    z += w[i * n + j];
                }
            }
        }
        double kl = 0;
        for (int i = 0; i < n * n; i++) {
            if (p[i] > 0) {
                kl += p[i] * Math.log(p[i] / (w[i] / z));
            }
        }
        return kl;
    }

    @Test
    void separatesThreeClusters() {
        int per = 25;
        double[][] x = clusters(per, 5);
        double[][] y = Tsne.embed(x, TsneConfig.forPoints(x.length, 1));
        assertEquals(3 * per, y.length);
        assertEquals(2, y[0].length);
        for (int i = 0; i < y.length; i++) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < y.length; j++) {
                double d = Math.hypot(y[i][0] - y[j][0], y[i][1] - y[j][1]);
                if (j != i && d < bestD) {
                    bestD = d;
                    best = j;
                }
            }
            assertEquals(i / per, best / per, "nearest neighbour of point " + i + " is in another cluster");
        }
        // Mean distance between points of different clusters over mean distance within clusters.
        double within = 0;
        double between = 0;
        int nw = 0;
        int nb = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = i + 1; j < y.length; j++) {
                double d = Math.hypot(y[i][0] - y[j][0], y[i][1] - y[j][1]);
                if (i / per == j / per) {
                    within += d;
                    nw++;
                } else {
                    between += d;
                    nb++;
                }
            }
        }
        assertTrue((between / nb) / (within / nw) > 3, "between/within = " + (between / nb) / (within / nw));
        // Centred output.
        double mx = 0;
        double my = 0;
        for (double[] p : y) {
            mx += p[0];
            my += p[1];
        }
        assertEquals(0, mx / y.length, 1e-9);
        assertEquals(0, my / y.length, 1e-9);
    }

    @Test
    void seedDeterminesOutput() {
        double[][] x = clusters(10, 9);
        TsneConfig config = new TsneConfig(2, 5, 300, 10, 17);
        double[][] a = Tsne.embed(x, config);
        double[][] b = Tsne.embed(x, config);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0.0);
        }
        double[][] c = Tsne.embed(x, new TsneConfig(2, 5, 300, 10, 18));
        boolean differs = false;
        for (int i = 0; i < a.length; i++) {
            differs |= a[i][0] != c[i][0] || a[i][1] != c[i][1];
        }
        assertTrue(differs, "another seed gives another embedding");
        double[][] three = Tsne.embed(x, new TsneConfig(3, 5, 50, 10, 17));
        assertEquals(3, three[0].length);
        for (double[] row : three) {
            for (double v : row) {
                assertFalse(Double.isNaN(v));
            }
        }
    }

    @Test
    void configValidation() {
        assertThrows(IllegalArgumentException.class, () -> new TsneConfig(0, 30, 1000, 200, 1));
        assertThrows(IllegalArgumentException.class, () -> new TsneConfig(2, 0.5, 1000, 200, 1));
        assertThrows(IllegalArgumentException.class, () -> new TsneConfig(2, Double.NaN, 1000, 200, 1));
        assertThrows(IllegalArgumentException.class, () -> new TsneConfig(2, 30, 0, 200, 1));
        assertThrows(IllegalArgumentException.class, () -> new TsneConfig(2, 30, 1000, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TsneConfig(2, 30, 1000, Double.POSITIVE_INFINITY, 1));
        assertEquals(new TsneConfig(2, 30, 1000, 200, 4), TsneConfig.defaults(4));
        assertEquals(250, TsneConfig.forPoints(3000, 4).learningRate(), 1e-12);
        assertEquals(10, TsneConfig.forPoints(75, 4).learningRate(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Tsne.embed(new double[][] {{1}}, TsneConfig.defaults(1)));
    }

    /** 3,000 points of dimension 128 with the default settings: run with -Dbench.excluded=none -Dgroups=bench. */
    @Test
    @Tag("bench")
    void threeThousandPointsBenchmark() {
        SplittableRandom rnd = new SplittableRandom(1);
        double[][] x = new double[3000][128];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 128; j++) {
                x[i][j] = rnd.nextGaussian() + (j == i % 10 ? 8 : 0);
            }
        }
        long start = System.nanoTime();
        double[][] y = Tsne.embed(x, TsneConfig.defaults(1));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("t-SNE 3000 x 128, 1000 iterations: %.1f s%n", seconds);
        assertEquals(3000, y.length);
        assertTrue(seconds < 60, "took " + seconds + " s");
    }
}
