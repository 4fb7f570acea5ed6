package org.reluspec.lazy;

import org.reluspec.kernel.Vectors;
import org.reluspec.linalg.Blas;

/**
 * L2 projected gradient ascent on the loss of a {@link LazyNetwork} (Algorithm 1's inner loop, after Madry et al.):
 * {@code steps} normalized steps of size {@code 2.5 r / steps} against {@code y grad f}, each followed by the projection
 * onto {@code ||x' - x|| <= r}. Used by adversarial training ({@link LazySgd}) and by robust-accuracy evaluation.
 */
public final class L2Pgd {

    private L2Pgd() {
    }

    /**
     * @param net the network
     * @param x the example, replaced by the adversarial point
     * @param y its label
     * @param r the radius
     * @param steps ascent steps, at least 1
     * @param stopWhenMisclassified stop as soon as {@code y f(x') <= 0} (an attack); keep ascending otherwise (training)
     * @return whether the returned point is misclassified, {@code y f(x') <= 0}
     */
    public static boolean attack(LazyNetwork net, double[] x, double y, double r, int steps,
                                 boolean stopWhenMisclassified) {
        double[] origin = x.clone();
        double alpha = 2.5 * r / steps;
        double[] g = new double[net.d()];
        for (int t = 0; t < steps; t++) {
            // one pass over W gives the pre-activations for the test and the gradient (most of a step's cost)
            double[] h = net.preActivationsAndGradient(x, g);
            if (stopWhenMisclassified && y * net.valueAt(h) <= 0) {
                return true;
            }
            double gn = Math.sqrt(Vectors.squaredNorm(g));
            if (gn == 0) {
                break;
            }
            stepAndProject(x, origin, g, gn, 0, x.length, y * alpha, r);
        }
        return y * net.value(x) <= 0;
    }

    /**
     * {@code x <- x - y alpha g / ||g||}, then back onto the sphere of radius {@code r} around {@code origin} if it
     * left the ball, on {@code x[o .. o + d - 1]} (the same offset in all three arrays). Each coordinate rounds as
     * {@code ((y alpha) g_k) / ||g||}, left to right, as the ascent always has.
     */
    private static void stepAndProject(double[] x, double[] origin, double[] g, double gn, int o, int d,
                                       double yAlpha, double r) {
        double dn = 0;
        for (int k = o; k < o + d; k++) {
            x[k] -= yAlpha * g[k] / gn;
            dn += (x[k] - origin[k]) * (x[k] - origin[k]);
        }
        dn = Math.sqrt(dn);
        if (dn > r) {
            for (int k = o; k < o + d; k++) {
                x[k] = origin[k] + r / dn * (x[k] - origin[k]);
            }
        }
    }

    /**
     * {@link #attack} without stopping (adversarial training), for a whole batch at once through BLAS: per step the
     * pre-activations of every example are one product ({@link LazyNetwork#preActivationsThroughBlas}, so every ReLU
     * mask is the reference order's) and the gradients {@code W^T C} another, with {@code C} the active neurons'
     * output weights. Each example then takes the same normalized step and projection as in {@link #attack}; only the
     * products' rounding differs (BLAS sums in its own order).
     *
     * @param net the network
     * @param xs the examples, row-major {@code n x d}, replaced by the adversarial points
     * @param n how many
     * @param ys their labels
     * @param r the radius
     * @param steps ascent steps, at least 1
     * @param rowNorm upper bounds on the rows' norms {@code ||w_s||}
     */
    static void ascendThroughBlas(LazyNetwork net, double[] xs, int n, double[] ys, double r, int steps,
                                  double[] rowNorm) {
        int d = net.d();
        int m = net.m();
        double[] v = net.outputWeights();
        double[] origin = xs.clone();
        double[] h = new double[m * n];
        double[] c = new double[m * n];
        double[] g = new double[d * n];
        boolean[] stopped = new boolean[n];
        double alpha = 2.5 * r / steps;
        for (int t = 0; t < steps; t++) {
            net.preActivationsThroughBlas(xs, n, rowNorm, h);
            for (int j = 0; j < n; j++) {
                for (int s = 0; s < m; s++) {
                    c[s + j * m] = h[s + j * m] >= 0.0 ? v[s] : 0.0;
                }
            }
            // g_j = sum_s c_sj w_s: W is row-major m x d, which BLAS reads as the column-major d x m W^T
            Blas.get().dgemm("N", "N", d, n, m, 1.0, net.firstLayer(), d, c, m, 0.0, g, d);
            for (int j = 0; j < n; j++) {
                if (stopped[j]) {
                    continue;
                }
                double gn = Math.sqrt(Vectors.dot(g, j * d, g, j * d, d));
                if (gn == 0) {
                    stopped[j] = true;   // as attack's break: a zero gradient ends this example's ascent
                    continue;
                }
                stepAndProject(xs, origin, g, gn, j * d, d, ys[j] * alpha, r);
            }
        }
    }
}
