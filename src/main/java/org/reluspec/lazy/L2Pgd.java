package org.reluspec.lazy;

import org.reluspec.kernel.Vectors;

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
        for (int t = 0; t < steps; t++) {
            // one pass of pre-activations serves the test and the gradient (it is most of a step's cost)
            double[] h = net.preActivations(x);
            if (stopWhenMisclassified && y * net.valueAt(h) <= 0) {
                return true;
            }
            double[] g = net.gradientAt(h);
            double gn = Math.sqrt(Vectors.squaredNorm(g));
            if (gn == 0) {
                break;
            }
            double dn = 0;
            for (int k = 0; k < x.length; k++) {
                x[k] -= y * alpha * g[k] / gn;
                dn += (x[k] - origin[k]) * (x[k] - origin[k]);
            }
            dn = Math.sqrt(dn);
            if (dn > r) {
                for (int k = 0; k < x.length; k++) {
                    x[k] = origin[k] + r / dn * (x[k] - origin[k]);
                }
            }
        }
        return y * net.value(x) <= 0;
    }
}
