package org.editvq.evaluation.projection;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PcaTest {
    private static final double EPS = 1e-12;

    @Test
    void handWorkedTwoDimensionalCase() {
        // Mean 0; sum x x^T = [[20, 16], [16, 20]], covariance / (n-1) = [[20, 16], [16, 20]] / 3:
        // eigenvalues 36/3 = 12 along (1,1)/sqrt2 and 4/3 along (1,-1)/sqrt2, ratio 12 / (40/3) = 0.9.
        double[][] x = {{3, 3}, {-3, -3}, {1, -1}, {-1, 1}};
        Pca pca = Pca.fit(x, 2);
        double r = Math.sqrt(0.5);
        assertArrayEquals(new double[] {0, 0}, pca.mean(), EPS);
        assertArrayEquals(new double[] {12, 4.0 / 3}, pca.explainedVariance(), 1e-12);
        assertArrayEquals(new double[] {0.9, 0.1}, pca.explainedVarianceRatio(), 1e-12);
        assertArrayEquals(new double[] {r, r}, pca.components()[0], 1e-12);
        // |components| tie: the first one is made positive.
        assertArrayEquals(new double[] {r, -r}, pca.components()[1], 1e-12);
        assertArrayEquals(new double[] {3 * Math.sqrt(2), 0}, pca.transform(new double[] {3, 3}), 1e-12);
        assertArrayEquals(new double[] {0, Math.sqrt(2)}, pca.transform(new double[] {1, -1}), 1e-12);
    }

    @Test
    void jacobiOnTridiagonalMatrix() {
        // [[2,-1,0],[-1,2,-1],[0,-1,2]]: eigenvalues 2+sqrt2, 2, 2-sqrt2 with vectors
        // (1,-sqrt2,1)/2, (1,0,-1)/sqrt2, (1,sqrt2,1)/2.
        double[] m = {2, -1, 0, -1, 2, -1, 0, -1, 2};
        double[][] v = new double[3][];
        double[] e = Pca.symmetricEigen(m, 3, v);
        double s2 = Math.sqrt(2);
        assertArrayEquals(new double[] {2 + s2, 2, 2 - s2}, e, 1e-12);
        // sign rule: largest |component| positive -> -sqrt2/2 is largest in the first vector, so it is flipped.
        assertArrayEquals(new double[] {-0.5, s2 / 2, -0.5}, v[0], 1e-12);
        assertArrayEquals(new double[] {1 / s2, 0, -1 / s2}, v[1], 1e-12);
        assertArrayEquals(new double[] {0.5, s2 / 2, 0.5}, v[2], 1e-12);
    }

    @Test
    void componentsAreOrthonormalEigenvectors() {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 120;
        int d = 15;
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = rnd.nextGaussian() * (j + 1) + (j % 3 == 0 ? row[0] : 0);
            }
        }
        Pca pca = Pca.fit(x, d);
        double[][] c = pca.components();
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += c[a][j] * c[b][j];
                }
                assertEquals(a == b ? 1 : 0, dot, 1e-10, "components " + a + "," + b);
            }
        }
        double[] var = pca.explainedVariance();
        for (int i = 1; i < d; i++) {
            assertTrue(var[i - 1] >= var[i], "descending");
        }
        // Variance of the projected data along axis i equals eigenvalue i; ratios sum to 1 with all components.
        double[][] t = pca.transform(x);
        for (int i = 0; i < d; i++) {
            double s = 0;
            for (double[] row : t) {
                s += row[i] * row[i];
            }
            assertEquals(var[i], s / (n - 1), 1e-9 * var[0]);
        }
        double sum = 0;
        for (double r : pca.explainedVarianceRatio()) {
            sum += r;
        }
        assertEquals(1, sum, 1e-12);
    }

    @Test
    void threeDimensionalSubspaceOfR10() {
        SplittableRandom rnd = new SplittableRandom(42);
        int d = 10;
        double[][] basis = new double[3][d];
        for (double[] b : basis) {
            for (int j = 0; j < d; j++) {
                b[j] = rnd.nextGaussian();
            }
        }
        double[] offset = new double[d];
        for (int j = 0; j < d; j++) {
            offset[j] = 5 * rnd.nextGaussian();
        }
        int n = 300;
        double[][] x = new double[n][d];
        for (double[] row : x) {
            double a = 3 * rnd.nextGaussian();
            double b = 2 * rnd.nextGaussian();
            double c = rnd.nextGaussian();
            for (int j = 0; j < d; j++) {
                row[j] = offset[j] + a * basis[0][j] + b * basis[1][j] + c * basis[2][j] + 1e-6 * rnd.nextGaussian();
            }
        }
        Pca pca = Pca.fit(x, 3);
        double[] ratio = pca.explainedVarianceRatio();
        assertEquals(1, ratio[0] + ratio[1] + ratio[2], 1e-9);
        // Each basis vector lies in the span of the components: its projection keeps its norm.
        double[][] c = pca.components();
        for (double[] b : basis) {
            double norm2 = 0;
            double proj2 = 0;
            for (double[] comp : c) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += comp[j] * b[j];
                }
                proj2 += dot * dot;
            }
            for (double v : b) {
                norm2 += v * v;
            }
            assertEquals(norm2, proj2, 1e-8 * norm2);
        }
        assertArrayEquals(new double[3], pca.transform(pca.mean()), 1e-9);
    }

    @Test
    void transformOfMeanIsZero() {
        double[][] x = {{1, 2, 3}, {4, 0, -1}, {2, 2, 2}, {7, 1, 0}};
        Pca pca = Pca.fit(x, 2);
        assertArrayEquals(new double[] {3.5, 1.25, 1}, pca.mean(), EPS);
        assertArrayEquals(new double[2], pca.transform(pca.mean()), 1e-12);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}}, 1));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}, {3, 4}}, 3));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}, {3, 4}}, 0));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}, {3}}, 1));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}, {3, Double.NaN}}, 1));
        Pca pca = Pca.fit(new double[][] {{1, 2}, {3, 4}}, 1);
        assertThrows(IllegalArgumentException.class, () -> pca.transform(new double[] {1, 2, 3}));
    }
}
