package org.reluspec.lazy;

import org.reluspec.kernel.Vectors;
import org.reluspec.linalg.Blas;
import org.reluspec.linalg.DenseProducts;
import org.reluspec.train.RayWalk;

/**
 * The smallest single gradient step that flips the sign (WUMA Theorem 3.1's attack {@code delta = eta grad_x f(x)}):
 * along {@code x + eta grad f(x)} the network is piecewise linear in {@code eta}, so walking the breakpoints gives the
 * exact smallest {@code |eta|} with {@code sign f(x + delta) != sign f(x)} (reaching 0 counts). The step goes against
 * the sign of {@code f(x)}: {@code sign(eta) = -sign f(x)}, as in the proof.
 *
 * @param value {@code f(x)}
 * @param gradientNorm {@code ||grad_x f(x)||}
 * @param eta the signed smallest flipping step, {@code +-infinity} when the sign never changes on that side
 * @param perturbationNorm {@code ||delta|| = |eta| ||grad f(x)||}
 */
public record FlipStep(double value, double gradientNorm, double eta, double perturbationNorm) {

    /** A search limit in units of {@code ||delta||}: inputs live on the unit sphere, so 1e6 is "never". */
    private static final double MAX_PERTURBATION = 1e6;

    /**
     * @param net the network
     * @param x the input
     * @return the exact smallest flipping step along the gradient
     */
    public static FlipStep minimal(LazyNetwork net, double[] x) {
        double[] grad = new double[net.d()];
        double[] h = net.preActivationsAndGradient(x, grad);
        double f = net.valueAt(h);
        double gn = Math.sqrt(Vectors.squaredNorm(grad));
        if (f == 0) {
            return new FlipStep(0, gn, 0, 0);
        }
        if (gn == 0) {
            return new FlipStep(f, 0, -Math.signum(f) * Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        double direction = -Math.signum(f);
        double[] unit = new double[grad.length];
        for (int k = 0; k < unit.length; k++) {
            unit[k] = direction * grad[k] / gn;
        }
        double[] slope = net.preActivations(unit);
        double t = new RayWalk(h, slope, MAX_PERTURBATION).flipDistance(net.outputWeights(), 0, MAX_PERTURBATION);
        return new FlipStep(f, gn, direction * t / gn, t);
    }

    /**
     * The smallest flipping step at every example of a set. On {@link DenseProducts#REFERENCE} this is
     * {@link #minimal} at each example; through {@link DenseProducts#BLAS} the pre-activations, gradients and slopes of
     * the whole set are three BLAS products (pre-activations within twice the forward-error bound of zero recomputed
     * in the reference order, so the gradient masks are the reference's), then each example's breakpoint walk.
     *
     * @param net the network
     * @param set the examples
     * @param products how the products are computed
     * @return one step per example, in order
     */
    public static FlipStep[] minimalAll(LazyNetwork net, org.reluspec.data.Dataset set, DenseProducts products) {
        int n = set.size();
        FlipStep[] out = new FlipStep[n];
        if (products == DenseProducts.REFERENCE) {
            for (int j = 0; j < n; j++) {
                out[j] = minimal(net, set.example(j));
            }
            return out;
        }
        int m = net.m();
        int d = net.d();
        double[] w = net.firstLayer();
        double[] a = net.signs();
        double scale = 1 / Math.sqrt(m);
        double[] rowNorm = net.rowNormBounds();
        double[] h = new double[m * n];
        net.preActivationsThroughBlas(set.x(), n, rowNorm, h);
        double[] mask = new double[m * n];
        for (int j = 0; j < n; j++) {
            for (int s = 0; s < m; s++) {
                mask[s + j * m] = h[s + j * m] >= 0 ? scale * a[s] : 0.0;
            }
        }
        // gradients: column j of G (d x n) = W^T mask_j
        double[] g = new double[d * n];
        Blas.multiply("N", d, n, m, w, d, mask, g);
        double[] f = new double[n];
        double[] gn = new double[n];
        double[] units = new double[d * n];
        for (int j = 0; j < n; j++) {
            f[j] = net.valueAt(java.util.Arrays.copyOfRange(h, j * m, j * m + m));
            gn[j] = Math.sqrt(Vectors.squaredNorm(java.util.Arrays.copyOfRange(g, j * d, j * d + d)));
            double direction = -Math.signum(f[j]);
            for (int k = 0; k < d; k++) {
                units[j * d + k] = gn[j] == 0 ? 0 : direction * g[j * d + k] / gn[j];
            }
        }
        double[] slope = new double[m * n];
        Blas.multiply("T", m, n, d, w, d, units, slope);
        double[] v = net.outputWeights();
        for (int j = 0; j < n; j++) {
            if (f[j] == 0) {
                out[j] = new FlipStep(0, gn[j], 0, 0);
            } else if (gn[j] == 0) {
                out[j] = new FlipStep(f[j], 0, -Math.signum(f[j]) * Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
            } else {
                double t = new RayWalk(java.util.Arrays.copyOfRange(h, j * m, j * m + m),
                        java.util.Arrays.copyOfRange(slope, j * m, j * m + m), MAX_PERTURBATION)
                        .flipDistance(v, 0, MAX_PERTURBATION);
                out[j] = new FlipStep(f[j], gn[j], -Math.signum(f[j]) * t / gn[j], t);
            }
        }
        return out;
    }

    /** @return whether a flipping step exists along the gradient */
    public boolean flips() {
        return Double.isFinite(eta);
    }
}
