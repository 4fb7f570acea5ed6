package org.reluspec.lazy;

import org.reluspec.kernel.Vectors;
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
        double[] h = net.preActivations(x);
        double f = net.valueAt(h);
        double[] grad = net.gradientAt(h);
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

    /** @return whether a flipping step exists along the gradient */
    public boolean flips() {
        return Double.isFinite(eta);
    }
}
