package org.editvq.models.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Layer normalization over the last dimension: {@code y = γ ⊙ (x − μ)/√(σ² + ε) + β}.
 * Shapes: x, y [N, d]; γ, β [d].
 *
 * <p>Fused: one bulk copy in, one pass per statistic, one bulk copy out. As ND4J ops the same
 * computation took about ten native calls each way, whose fixed cost dominated at decoding
 * sizes (N = 64) and was a large share at training sizes.
 */
public final class LayerNorm {
    private static final double EPS = 1e-5;
    private final Param gain;
    private final Param bias;
    private final int width;

    /** What backward needs: the output, the normalized input and 1/σ per row. */
    public record Saved(INDArray y, double[] xhat, double[] rstd) {
    }

    /** Registers {@code name.g} (ones) and {@code name.b} (zeros). */
    public LayerNorm(ParamSet params, String name, int width) {
        this.width = width;
        this.gain = params.constant(name + ".g", 1.0, width);
        this.bias = params.constant(name + ".b", 0.0, width);
    }

    /** Normalizes x [N, d]. */
    public Saved forward(Arena arena, INDArray x) {
        int n = (int) x.size(0);
        int d = width;
        double[] xs = Kernels.read(x, new double[n * d]);
        double[] g = Kernels.read(gain.value(), new double[d]);
        double[] b = Kernels.read(bias.value(), new double[d]);
        double[] rstd = new double[n];
        double[] ys = new double[n * d];
        for (int r = 0; r < n; r++) {
            int o = r * d;
            double mean = 0;
            for (int j = 0; j < d; j++) {
                mean += xs[o + j];
            }
            mean /= d;
            double var = 0;
            for (int j = 0; j < d; j++) {
                double c = xs[o + j] - mean;
                xs[o + j] = c;
                var += c * c;
            }
            double inv = 1.0 / Math.sqrt(var / d + EPS);
            rstd[r] = inv;
            for (int j = 0; j < d; j++) {
                double h = xs[o + j] * inv;
                xs[o + j] = h;
                ys[o + j] = h * g[j] + b[j];
            }
        }
        INDArray y = arena.alloc(n, d);
        Kernels.write(ys, y);
        return new Saved(y, xs, rstd);
    }

    /** Accumulates dγ, dβ and returns dx [N, d]. */
    public INDArray backward(Arena arena, Saved s, INDArray dy) {
        int n = (int) dy.size(0);
        int d = width;
        double[] dys = Kernels.read(dy, new double[n * d]);
        double[] g = Kernels.read(gain.value(), new double[d]);
        double[] dGain = new double[d];
        double[] dBias = new double[d];
        double[] xs = s.xhat();
        double[] dx = new double[n * d];
        for (int r = 0; r < n; r++) {
            int o = r * d;
            double meanG = 0;
            double meanGx = 0;
            for (int j = 0; j < d; j++) {
                double dyj = dys[o + j];
                dGain[j] += dyj * xs[o + j];
                dBias[j] += dyj;
                double gj = dyj * g[j];
                meanG += gj;
                meanGx += gj * xs[o + j];
            }
            meanG /= d;
            meanGx /= d;
            double inv = s.rstd()[r];
            for (int j = 0; j < d; j++) {
                dx[o + j] = inv * (dys[o + j] * g[j] - meanG - xs[o + j] * meanGx);
            }
        }
        addTo(gain.grad(), dGain);
        addTo(bias.grad(), dBias);
        INDArray out = arena.alloc(n, d);
        Kernels.write(dx, out);
        return out;
    }

    private static void addTo(INDArray target, double[] delta) {
        double[] current = Kernels.read(target, new double[delta.length]);
        for (int i = 0; i < delta.length; i++) {
            current[i] += delta[i];
        }
        Kernels.write(current, target);
    }
}
