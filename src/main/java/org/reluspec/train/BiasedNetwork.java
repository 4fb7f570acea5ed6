package org.reluspec.train;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.kernel.TwoLayerNet;
import org.reluspec.kernel.Vectors;
import org.reluspec.linalg.Axpys;
import org.reluspec.linalg.RowDots;

/**
 * The network of the papers' experiments: {@code N(x) = sum_j v_j relu(<w_j, x> + b_j) + c}, biases in both layers,
 * every parameter trainable. MYV appendix E trains it with PyTorch-style initializations; the theorems' network
 * ({@link MyvNetwork}) is the special case {@code b = 0}, {@code c = 0}, {@code v = u} fixed.
 *
 * <p>A view over the verified kernel: a pre-activation is {@link Vectors#dotFrom} from the bias (the bias first, the
 * order this network has always summed in), the output {@link TwoLayerNet#outputFrom} from {@code c}, the input
 * gradient {@link TwoLayerNet#inputGradientAt} (its bits, through {@link Axpys}, four rows per pass).
 */
public final class BiasedNetwork {

    final int d;
    final int m;
    final double[] w;
    final double[] b;
    final double[] v;
    double c;

    BiasedNetwork(int d, int m, double[] w, double[] b, double[] v, double c) {
        this.d = d;
        this.m = m;
        this.w = w;
        this.b = b;
        this.v = v;
        this.c = c;
    }

    /**
     * PyTorch's default {@code nn.Linear} initialization, {@code U(-1/sqrt(fan_in), 1/sqrt(fan_in))} for weights and
     * biases of both layers, divided by {@code divisor} (MYV E.2 and E.4 use 1 and 3). Draws {@code w}, {@code b},
     * {@code v}, {@code c} in this order, one {@code nextDouble} each.
     *
     * @param d input dimension
     * @param m width
     * @param divisor the factor the paper divides the default initialization by
     * @param rng the stream
     * @return the network
     */
    public static BiasedNetwork pytorchDefault(int d, int m, double divisor, UniformRandomProvider rng) {
        return pytorchDefault(d, m, divisor, divisor, rng);
    }

    /**
     * As {@link #pytorchDefault(int, int, double, UniformRandomProvider)} with separate divisors for the first layer
     * (weights and biases) and the output layer (MYV Figure 4 divides the first layer only).
     *
     * @param d input dimension
     * @param m width
     * @param firstDivisor divisor of the first layer
     * @param secondDivisor divisor of the output layer
     * @param rng the stream
     * @return the network
     */
    public static BiasedNetwork pytorchDefault(int d, int m, double firstDivisor, double secondDivisor,
                                               UniformRandomProvider rng) {
        double a1 = 1 / Math.sqrt(d) / firstDivisor;
        double a2 = 1 / Math.sqrt(m) / secondDivisor;
        double[] w = uniform(m * d, a1, rng);
        double[] b = uniform(m, a1, rng);
        double[] v = uniform(m, a2, rng);
        double c = (2 * rng.nextDouble() - 1) * a2;
        return new BiasedNetwork(d, m, w, b, v, c);
    }

    /**
     * MYV E.3's initialization: first layer {@code N(0, variance I_d)}, first-layer biases PyTorch default (the text
     * does not say), output weights uniform on {@code {-1, +1}}, output bias 0. Draws {@code w} (normals), {@code b},
     * then {@code v} (one {@code nextBoolean} each).
     *
     * @param d input dimension
     * @param m width
     * @param variance variance of the first-layer weights (1/3 or 1/36 in E.3)
     * @param rng the stream
     * @return the network
     */
    public static BiasedNetwork gaussianFirstLayer(int d, int m, double variance, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double sd = Math.sqrt(variance);
        double[] w = new double[m * d];
        for (int k = 0; k < w.length; k++) {
            w[k] = sd * g.sample();
        }
        double[] b = uniform(m, 1 / Math.sqrt(d), rng);
        double[] v = new double[m];
        for (int j = 0; j < m; j++) {
            v[j] = rng.nextBoolean() ? 1 : -1;
        }
        return new BiasedNetwork(d, m, w, b, v, 0);
    }

    private static double[] uniform(int n, double a, UniformRandomProvider rng) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = (2 * rng.nextDouble() - 1) * a;
        }
        return out;
    }

    /**
     * @param w flat {@code m x d} first layer (kept, not copied)
     * @param b biases
     * @param v output weights
     * @param c output bias
     * @return the network
     */
    public static BiasedNetwork of(double[] w, double[] b, double[] v, double c) {
        if (v.length == 0 || w.length % v.length != 0 || b.length != v.length) {
            throw new IllegalArgumentException("w must be m x d, b and v of length m");
        }
        return new BiasedNetwork(w.length / v.length, v.length, w, b, v, c);
    }

    /** @return the first-layer weights, flat {@code m x d}, live */
    public double[] firstLayer() {
        return w;
    }

    /** @return the biases, live */
    public double[] biases() {
        return b;
    }

    /** @return the output weights, live */
    public double[] outputWeights() {
        return v;
    }

    /** @return the output bias */
    public double outputBias() {
        return c;
    }

    /** @return input dimension */
    public int d() {
        return d;
    }

    /** @return width */
    public int m() {
        return m;
    }

    /**
     * @param x input at {@code off}
     * @param off offset
     * @return {@code <w_j, x> + b_j} for every neuron
     */
    public double[] preActivations(double[] x, int off) {
        double[] h = new double[m];
        RowDots.fromStart(b, w, m, d, x, off, h, 0);   // the bits of preActivation(j, x, off), four rows at a time
        return h;
    }

    /**
     * @param j neuron
     * @param x input at {@code off}
     * @param off offset
     * @return {@code <w_j, x> + b_j}
     */
    public double preActivation(int j, double[] x, int off) {
        return Vectors.dotFrom(b[j], w, j * d, x, off, d);
    }

    /**
     * @param x input at {@code off}
     * @param off offset
     * @return {@code N(x)}
     */
    public double output(double[] x, int off) {
        return TwoLayerNet.outputFrom(c, v, preActivations(x, off), 0, m);
    }

    /**
     * @param x input
     * @param out receives {@code dN/dx = sum_j v_j 1[<w_j,x> + b_j >= 0] w_j}
     */
    public void inputGradient(double[] x, double[] out) {
        Axpys.inputGradientAt(w, v, d, m, preActivations(x, 0), 0, out);
    }

    /**
     * The smallest {@code t} in {@code (0, tMax]} with {@code sign N(x + t e) != sign N(x)} (reaching {@code N = 0}, the
     * decision boundary, counts), exactly: along the ray,
     * {@code N} is piecewise linear with a breakpoint where a pre-activation changes sign, so the walk solves one
     * linear equation per segment.
     *
     * @param x start point
     * @param e direction (not necessarily unit; the result is in units of {@code e})
     * @param tMax search limit
     * @return the flip distance, or {@code +infinity} when the sign does not change within {@code tMax}
     */
    public double flipDistance(double[] x, double[] e, double tMax) {
        double[] a = new double[m];   // pre-activation at x
        double[] s = new double[m];   // its slope along e
        for (int j = 0; j < m; j++) {
            a[j] = preActivation(j, x, 0);
            s[j] = Vectors.dot(w, j * d, e, 0, d);
        }
        return new RayWalk(a, s, tMax).flipDistance(v, c, tMax);
    }
}
