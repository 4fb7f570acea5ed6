package org.reluspec.lazy;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.kernel.Vectors;

/**
 * Searches that try to falsify WUMA's "simultaneously for all W in the ball" and "for all delta" statements. Every
 * candidate is a point of the ball (or of the delta ball) and is evaluated exactly, so the best value found is a valid
 * bound on the extremum the claim speaks of (a lower bound of a supremum, an upper bound of an infimum); nothing
 * certifies that the search finds the extremum.
 */
public final class BallSearch {

    private BallSearch() {
    }

    /**
     * Candidates for the largest smallest-flipping step {@code |eta*(W)|}: {@code W0}; the extreme point that pushes
     * {@code |f(x)|} up ({@link LazyBall#extremePoint}); the point that moves every active neuron against the
     * gradient ({@link #gradientShrinking}); and their mixture (each row moves by {@code V} along the normalized sum of
     * both directions).
     *
     * @param ball the lazy ball
     * @param x the input
     * @return the largest {@code |eta*|} over the candidates (and the step found there)
     */
    public static FlipStep largestFlipStep(LazyBall ball, double[] x) {
        LazyNetwork w0 = ball.center();
        FlipStep at0 = FlipStep.minimal(w0, x);
        double sign = Math.signum(at0.value()) == 0 ? 1 : Math.signum(at0.value());
        double[][] candidates = {ball.extremePoint(x, sign), gradientShrinking(ball, x, 1),
            mixture(ball, x, sign)};
        FlipStep best = at0;
        for (double[] w : candidates) {
            FlipStep f = FlipStep.minimal(w0.withFirstLayer(w), x);
            if (Math.abs(f.eta()) > Math.abs(best.eta())) {
                best = f;
            }
        }
        return best;
    }

    /**
     * Candidates for the smallest {@code ||grad_x f(x; a, W)||}: {@code W0} and {@code rounds} rounds of
     * {@link #gradientShrinking}, each re-aimed at the gradient of the previous round's point.
     *
     * @param ball the lazy ball
     * @param x the input
     * @return the smallest gradient norm found
     */
    public static double smallestGradientNorm(LazyBall ball, double[] x) {
        double best = Math.sqrt(Vectors.squaredNorm(ball.center().gradient(x)));
        for (int round = 1; round <= 3; round++) {
            double[] w = gradientShrinking(ball, x, round);
            best = Math.min(best, Math.sqrt(Vectors.squaredNorm(ball.center().withFirstLayer(w).gradient(x))));
        }
        return best;
    }

    /**
     * Every neuron active at {@code x} moves by {@code V} against {@code a_s} times the gradient direction, which
     * lowers {@code ||grad f||} by up to {@code V k / sqrt m} for {@code k} active neurons (neurons may switch on the
     * way; the result is evaluated exactly). With {@code rounds > 1} the direction is re-aimed at the gradient of the
     * previous round's point.
     *
     * @param ball the lazy ball
     * @param x the input
     * @param rounds at least 1
     * @return a first layer inside the ball
     */
    public static double[] gradientShrinking(LazyBall ball, double[] x, int rounds) {
        LazyNetwork w0 = ball.center();
        int d = w0.d();
        double[] a = w0.signs();
        double[] w = w0.firstLayer().clone();
        double[] direction = w0.gradient(x);
        for (int round = 0; round < rounds; round++) {
            double norm = Math.sqrt(Vectors.squaredNorm(direction));
            if (norm == 0) {
                break;
            }
            w = w0.firstLayer().clone();
            for (int s = 0; s < w0.m(); s++) {
                if (w0.preActivation(s, x) >= 0) {
                    Vectors.axpy(-a[s] * ball.radius() / norm, direction, 0, w, s * d, d);
                }
            }
            ball.project(w);
            direction = w0.withFirstLayer(w).gradient(x);
        }
        return w;
    }

    private static double[] mixture(LazyBall ball, double[] x, double sign) {
        LazyNetwork w0 = ball.center();
        int d = w0.d();
        double[] a = w0.signs();
        double[] g = w0.gradient(x);
        double gn = Math.sqrt(Vectors.squaredNorm(g));
        double xn = Math.sqrt(Vectors.squaredNorm(x));
        double[] w = w0.firstLayer().clone();
        double[] step = new double[d];
        for (int s = 0; s < w0.m(); s++) {
            boolean active = w0.preActivation(s, x) >= 0;
            for (int k = 0; k < d; k++) {
                step[k] = sign * a[s] * x[k] / xn - (active && gn > 0 ? a[s] * g[k] / gn : 0);
            }
            double sn = Math.sqrt(Vectors.squaredNorm(step));
            if (sn > 0) {
                Vectors.axpy(ball.radius() / sn, step, 0, w, s * d, d);
            }
        }
        ball.project(w);
        return w;
    }

    /**
     * Candidates for {@code sup_{||delta|| <= r} max_t ||grad f(x + t delta) - grad f(x)||} (the segment maximum,
     * {@link GradientChange#maxOnSegment}, covers every shorter delta on the same ray): {@code +-r} along the gradient,
     * {@code -r} along {@code x}, {@code randomDirections} uniform directions, and "aligned" directions: for one output
     * sign {@code sigma} and a window {@code tau}, {@code u} = the sum of {@code w_s} over active neurons with
     * {@code a_s = sigma}, {@code g_s <= tau}, minus that over inactive ones with {@code a_s = sigma},
     * {@code g_s >= -tau}. Moving against {@code u} switches those neurons off and on, and each changes the gradient
     * by about {@code sigma} times the move, so the changes add up (mixing both signs would cancel them). Windows
     * {@code tau = r sqrt(d) {1/4, 1/2, 1, 2}}.
     *
     * @param net the network
     * @param x the input
     * @param r the radius
     * @param randomDirections how many random directions
     * @param rng draws the random directions
     * @return the largest gradient change found
     */
    public static double largestGradientChange(LazyNetwork net, double[] x, double r, int randomDirections,
                                               UniformRandomProvider rng) {
        int d = net.d();
        double[] g = net.gradient(x);
        double best = 0;
        best = Math.max(best, change(net, x, g, r));
        best = Math.max(best, change(net, x, scaled(g, -1), r));
        best = Math.max(best, change(net, x, scaled(x, -1), r));
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int i = 0; i < randomDirections; i++) {
            double[] u = new double[d];
            for (int k = 0; k < d; k++) {
                u[k] = gauss.sample();
            }
            best = Math.max(best, change(net, x, u, r));
        }
        double[] h = net.preActivations(x);
        double[] w = net.firstLayer();
        double[] a = net.signs();
        for (double sign : new double[] {1, -1}) {
            for (double factor : new double[] {0.25, 0.5, 1, 2}) {
                double tau = factor * r * Math.sqrt(d);
                double[] u = new double[d];
                for (int s = 0; s < net.m(); s++) {
                    if (a[s] == sign && h[s] >= 0 && h[s] <= tau) {
                        Vectors.axpy(1, w, s * d, u, 0, d);
                    } else if (a[s] == sign && h[s] < 0 && h[s] >= -tau) {
                        Vectors.axpy(-1, w, s * d, u, 0, d);
                    }
                }
                best = Math.max(best, change(net, x, scaled(u, -1), r));
            }
        }
        return best;
    }

    private static double change(LazyNetwork net, double[] x, double[] direction, double r) {
        double norm = Math.sqrt(Vectors.squaredNorm(direction));
        if (norm == 0) {
            return 0;
        }
        return GradientChange.maxOnSegment(net, x, scaled(direction, r / norm));
    }

    private static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = factor * v[k];
        }
        return out;
    }
}
