package org.reluspec.lazy;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.kernel.TwoLayerNet;
import org.reluspec.kernel.Vectors;
import org.reluspec.linalg.Axpys;
import org.reluspec.linalg.RowDots;

/**
 * WUMA's network {@code f(x; a, W) = (1/sqrt m) sum_{s=1..m} a_s relu(w_s . x)}: no biases, output signs
 * {@code a_s in {-1, +1}} fixed (never trained), first layer {@code W} with rows {@code w_s} (flat {@code m x d}).
 * Immutable: training returns new instances.
 *
 * <p>A view over the verified kernel: pre-activations are {@link Vectors#dotFourWay}, the value is
 * {@code (1/sqrt m)} times {@link TwoLayerNet#outputFrom} over the signs, the input gradient is
 * {@link TwoLayerNet#inputGradientAt} over {@code a_s / sqrt m} (its bits, through {@link Axpys}, four rows per pass).
 *
 * <p>The input gradient uses the paper's convention {@code relu'(0) = 1[0 >= 0] = 1}:
 * {@code grad_x f = (1/sqrt m) sum_s a_s 1[w_s . x >= 0] w_s}.
 */
public final class LazyNetwork {

    private final int d;
    private final int m;
    private final double[] a;
    private final double[] w;
    private final double scale;
    /** {@code a_s / sqrt m}: the output layer as the kernel's {@link TwoLayerNet} reads it. */
    private final double[] outputWeights;
    /** Upper bounds on the rows' norms, computed on first use ({@link #rowNormBounds}). */
    private volatile double[] rowNormBounds;

    private LazyNetwork(int d, double[] a, double[] w) {
        this.d = d;
        this.m = a.length;
        this.a = a;
        this.w = w;
        this.scale = 1 / Math.sqrt(m);
        this.outputWeights = new double[m];
        for (int s = 0; s < m; s++) {
            outputWeights[s] = scale * a[s];
        }
    }

    /**
     * WUMA Definition 2.1's initialization: {@code a_s} iid uniform on {@code {-1, +1}}, then {@code w_{s,0}} iid
     * {@code N(0, I_d)} (variance 1, not {@code 1/d}), independent.
     *
     * @param d input dimension, at least 1
     * @param m width, at least 1
     * @param rng the stream: {@code m} booleans, then {@code m d} normals
     * @return {@code (a, W0)}
     */
    public static LazyNetwork initialize(int d, int m, UniformRandomProvider rng) {
        if (d < 1 || m < 1) {
            throw new IllegalArgumentException("need d >= 1 and m >= 1, got d = " + d + ", m = " + m);
        }
        double[] a = new double[m];
        for (int s = 0; s < m; s++) {
            a[s] = rng.nextBoolean() ? 1 : -1;
        }
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] w = new double[m * d];
        for (int k = 0; k < w.length; k++) {
            w[k] = g.sample();
        }
        return new LazyNetwork(d, a, w);
    }

    /**
     * @param a output signs, each {@code +-1} (kept)
     * @param w first layer, flat {@code m x d} (kept)
     * @return the network
     */
    public static LazyNetwork of(double[] a, double[] w) {
        if (a.length == 0 || w.length % a.length != 0 || w.length == 0) {
            throw new IllegalArgumentException("first layer of length " + w.length + " is not m x d for m = "
                    + a.length);
        }
        for (double as : a) {
            if (as != 1 && as != -1) {
                throw new IllegalArgumentException("output signs must be +-1, got " + as);
            }
        }
        return new LazyNetwork(w.length / a.length, a, w);
    }

    /**
     * @param newW a first layer of the same shape (kept)
     * @return the network with the same signs and first layer {@code newW}
     */
    public LazyNetwork withFirstLayer(double[] newW) {
        if (newW.length != w.length) {
            throw new IllegalArgumentException("first layer length " + newW.length + " != " + w.length);
        }
        return new LazyNetwork(d, a, newW);
    }

    /** @return input dimension */
    public int d() {
        return d;
    }

    /** @return width */
    public int m() {
        return m;
    }

    /** @return the output signs, live: do not modify */
    public double[] signs() {
        return a;
    }

    /** @return the first layer, flat {@code m x d}, live: do not modify */
    public double[] firstLayer() {
        return w;
    }

    /**
     * @param s neuron
     * @param x input
     * @return {@code w_s . x}
     */
    public double preActivation(int s, double[] x) {
        return Vectors.dotFourWay(w, s * d, x, 0, d);
    }

    /**
     * Upper bounds on {@code ||w_s||} for the forward-error bounds of BLAS products, computed once per network: every
     * flip step of a test set, one input at a time or all at once, needs them, and at {@code d = 784} they cost as much
     * as a product. ({@link LazySgd} changes its working array in place and makes a new view of it every step; it never
     * asks a view for these bounds.)
     *
     * @return the bounds, live: do not modify
     */
    double[] rowNormBounds() {
        double[] bounds = rowNormBounds;
        if (bounds == null) {
            bounds = RowReach.norms(w, m, d);
            rowNormBounds = bounds;
        }
        return bounds;
    }

    /**
     * The pre-activations of {@code n} inputs at once through BLAS: {@code h[s + j m] = w_s . x_j}. An entry within
     * twice the forward-error bound {@code gamma_d ||w_s|| ||x_j||} of zero is recomputed by {@link #preActivation},
     * so every sign (every ReLU mask) is the reference order's; the other entries round as BLAS rounds.
     *
     * @param xs the inputs, row-major {@code n x d} (BLAS reads the column-major {@code d x n} matrix {@code X^T})
     * @param n how many inputs
     * @param rowNorm upper bounds on {@code ||w_s||}
     * @param h receives the column-major {@code m x n} pre-activations
     */
    void preActivationsThroughBlas(double[] xs, int n, double[] rowNorm, double[] h) {
        org.reluspec.linalg.Blas.multiply("T", m, n, d, w, d, xs, h);
        // |fl(w.x) - w.x| <= gamma_d sum |w_k x_k| <= gamma_d ||w|| ||x|| for any summation order, so outside twice
        // that bound BLAS and the reference order agree on the sign
        double gamma = org.reluspec.linalg.Rounding.gamma(d);
        double[] xNorm = RowReach.norms(xs, n, d);
        for (int j = 0; j < n; j++) {
            double[] x = null;
            for (int s = 0; s < m; s++) {
                if (Math.abs(h[s + j * m]) <= 2.01 * gamma * rowNorm[s] * xNorm[j] + Double.MIN_NORMAL) {
                    if (x == null) {
                        x = java.util.Arrays.copyOfRange(xs, j * d, j * d + d);
                    }
                    h[s + j * m] = preActivation(s, x);
                }
            }
        }
    }

    /**
     * @param x input
     * @return {@code w_s . x} for every neuron
     */
    public double[] preActivations(double[] x) {
        double[] h = new double[m];
        RowDots.fourWay(w, m, d, x, h);   // the bits of preActivation(s, x), four rows at a time
        return h;
    }

    /**
     * {@link #preActivations} and {@link #gradientAt} of them, bit for bit, in one pass over {@code W}.
     *
     * @param x input
     * @param g receives {@code grad_x f(x)}, length {@code d}
     * @return {@code w_s . x} for every neuron
     */
    public double[] preActivationsAndGradient(double[] x, double[] g) {
        double[] h = new double[m];
        RowDots.fourWayAndGradient(w, m, d, x, outputWeights, h, g);
        return h;
    }

    /**
     * @param x input
     * @return {@code f(x; a, W)}
     */
    public double value(double[] x) {
        return valueAt(preActivations(x));
    }

    /**
     * @param h the pre-activations {@code w_s . x} (from {@link #preActivations})
     * @return {@code f(x)} without recomputing them
     */
    public double valueAt(double[] h) {
        return scale * TwoLayerNet.outputFrom(0.0, a, h, 0, m);
    }

    /**
     * @param h the pre-activations {@code w_s . x}
     * @return {@code grad_x f(x)} without recomputing them
     */
    public double[] gradientAt(double[] h) {
        double[] g = new double[d];
        Axpys.inputGradientAt(w, outputWeights, d, m, h, 0, g);
        return g;
    }

    /**
     * @param x input
     * @return {@code grad_x f(x; a, W) = (1/sqrt m) sum_s a_s 1[w_s . x >= 0] w_s}
     */
    public double[] gradient(double[] x) {
        return gradientAt(preActivations(x));
    }

    /** @return the output weights {@code a_s / sqrt m} of the equivalent biased network */
    double[] outputWeights() {
        return outputWeights.clone();
    }
}
