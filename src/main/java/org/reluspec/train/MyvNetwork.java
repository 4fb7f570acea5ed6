package org.reluspec.train;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.data.Dataset;
import org.reluspec.kernel.Activations;
import org.reluspec.kernel.TwoLayerNet;
import org.reluspec.linalg.RowDots;

/**
 * The network of MYV section 3: {@code N(x) = sum_{i=1..m} u_i relu(<w_i, x>)}, no biases, {@code u_i = +-1/sqrt(m)}
 * fixed, {@code w_i(0) ~ N(0, beta^2 I_d)} ({@code beta^2 = 1/d} is the paper's "Kaiming" initialization). Evaluation
 * is the kernel's ({@link TwoLayerNet}) with zero biases, which adds {@code +0.0} to each pre-activation and changes
 * nothing else.
 */
public final class MyvNetwork {

    private final int d;
    private final int m;
    private final double[] w;
    private final double[] u;
    private final double[] zeroBias;

    /**
     * @param d input dimension
     * @param m width
     * @param w flat {@code m x d} first-layer weights (kept, not copied: training updates it in place)
     * @param u output weights
     */
    public MyvNetwork(int d, int m, double[] w, double[] u) {
        if (w.length != m * d || u.length != m) {
            throw new IllegalArgumentException("weights must be m x d = " + m + " x " + d + " and u of length m");
        }
        this.d = d;
        this.m = m;
        this.w = w;
        this.u = u;
        this.zeroBias = new double[m];
    }

    /**
     * Draws, in this order, the {@code m} signs of {@code u} (one {@code nextBoolean} each) and then the {@code m*d}
     * normals of {@code w}, row by row.
     *
     * @param d input dimension
     * @param m width
     * @param beta standard deviation of the initialization ({@code 1/sqrt(d)} in MYV sections 3-5)
     * @param rng the stream
     * @return a freshly initialized network
     */
    public static MyvNetwork initialize(int d, int m, double beta, UniformRandomProvider rng) {
        double[] u = new double[m];
        double scale = 1 / Math.sqrt(m);
        for (int i = 0; i < m; i++) {
            u[i] = rng.nextBoolean() ? scale : -scale;
        }
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] w = new double[m * d];
        for (int k = 0; k < w.length; k++) {
            w[k] = beta * g.sample();
        }
        return new MyvNetwork(d, m, w, u);
    }

    /** @return a deep copy */
    public MyvNetwork copy() {
        return new MyvNetwork(d, m, w.clone(), u.clone());
    }

    /** @return input dimension */
    public int d() {
        return d;
    }

    /** @return width */
    public int m() {
        return m;
    }

    /** @return the first-layer weights, flat {@code m x d}, live */
    public double[] w() {
        return w;
    }

    /** @return the output weights, live */
    public double[] u() {
        return u;
    }

    /** @return a copy as a {@link BiasedNetwork} with zero biases and output weights {@code u} (for its exact tools) */
    public BiasedNetwork asBiased() {
        return new BiasedNetwork(d, m, w.clone(), new double[m], u.clone(), 0);
    }

    /** @return the (all zero) bias vector the kernel expects */
    double[] zeroBias() {
        return zeroBias;
    }

    /**
     * @param x input, length {@code d} at offset {@code off}
     * @param off offset
     * @return {@code N(x)}
     */
    public double output(double[] x, int off) {
        // four rows at a time with the kernel's bits: dotFrom(0, w_i, x) is TwoLayerNet.preActivation's dot(x, w_i)
        // + 0 (a sum started at +0.0 is never -0.0, so adding the zero bias changes nothing)
        double[] h = new double[m];
        RowDots.fromStart(zeroBias, w, m, d, x, off, h, 0);
        double out = 0.0;
        for (int i = 0; i < m; i++) {
            out += u[i] * Activations.relu(h[i]);
        }
        return out;
    }

    /**
     * @param i neuron
     * @param x input at offset {@code off}
     * @param off offset
     * @return {@code <w_i, x>}
     */
    public double preActivation(int i, double[] x, int off) {
        return TwoLayerNet.preActivation(w, zeroBias, d, i, x, off);
    }

    /**
     * @param x input, length {@code d}
     * @param out receives {@code dN(x)/dx = sum_i u_i 1[<w_i,x> >= 0] w_i}
     */
    public void inputGradient(double[] x, double[] out) {
        TwoLayerNet.inputGradient(w, zeroBias, u, d, m, x, out);
    }

    /**
     * @param data training set
     * @return the margin {@code min_j y_j N(x_j)} (negative when some example is misclassified)
     */
    public double margin(Dataset data) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < data.size(); j++) {
            min = Math.min(min, data.y()[j] * output(data.x(), j * d));
        }
        return min;
    }
}
