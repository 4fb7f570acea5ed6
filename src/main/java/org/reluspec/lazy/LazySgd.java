package org.reluspec.lazy;

import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.data.Dataset;
import org.reluspec.kernel.Losses;
import org.reluspec.kernel.Vectors;
import org.reluspec.util.Checks;

/**
 * WUMA's training (section 5): SGD on the logistic loss {@code L(y f(x)) = ln(1 + e^{-y f(x)})} over the first layer
 * only ({@code a} fixed), from {@code W0}, with the lazy ball {@code B_{2,inf}(W0, C0/sqrt m)} enforced one of two ways:
 * <ul>
 *   <li>{@link Mode#STOP_ON_EXIT} (section 5.1): training stops as soon as a step would leave the ball, and the last
 *       iterate inside is returned;</li>
 *   <li>{@link Mode#PROJECT} (section 5.2, Algorithm 1): every step is followed by the projection onto the ball.</li>
 * </ul>
 * With {@code attackRadius > 0} each example of a batch is first replaced by an {@link L2Pgd} adversarial example within
 * {@code ||delta|| <= attackRadius} ({@code attackSteps} ascent steps of size {@code 2.5 attackRadius / attackSteps},
 * Algorithm 1's rule after Madry et al.). Batches are drawn with replacement from {@code rng}.
 *
 * @param eta learning rate
 * @param batchSize examples per step, at least 1
 * @param maxSteps step budget
 * @param c0 the lazy constant {@code C0}: {@code V = C0 / sqrt m}
 * @param mode how the ball is enforced
 * @param attackRadius PGD radius, 0 for standard training
 * @param attackSteps PGD steps (ignored when {@code attackRadius = 0})
 */
public record LazySgd(double eta, int batchSize, int maxSteps, double c0, Mode mode, double attackRadius,
                      int attackSteps) {

    /** How the lazy ball is enforced. */
    public enum Mode {
        /** Stop at the first step that would leave the ball (section 5.1). */
        STOP_ON_EXIT,
        /** Project onto the ball after every step (Algorithm 1). */
        PROJECT
    }

    /** Validates the hyperparameters. */
    public LazySgd {
        Checks.requirePositiveFinite(eta, "eta");
        Checks.requireAtLeast(batchSize, 1, "batchSize");
        Checks.requireAtLeast(maxSteps, 0, "maxSteps");
        Checks.requirePositiveFinite(c0, "C0");
        if (!(attackRadius >= 0 && attackRadius < Double.POSITIVE_INFINITY)) {
            throw new org.reluspec.util.ReluSpecArgumentException(
                    org.reluspec.util.Violation.PARAMETER_OUT_OF_RANGE, "attackRadius", attackRadius, "[0, infinity)");
        }
        if (attackRadius > 0) {
            Checks.requireAtLeast(attackSteps, 1, "attackSteps");
        }
    }

    /**
     * @param net the final network
     * @param ball the lazy ball around the initialization
     * @param steps steps taken
     * @param stoppedAtBoundary whether {@link Mode#STOP_ON_EXIT} stopped because the next step left the ball
     */
    public record Result(LazyNetwork net, LazyBall ball, int steps, boolean stoppedAtBoundary) {
    }

    /**
     * @param init {@code (a, W0)}
     * @param data training set (labels +-1)
     * @param rng batch (and nothing else) stream
     * @return the trained network
     * @throws ArithmeticException when a weight becomes NaN or infinite
     */
    public Result train(LazyNetwork init, Dataset data, UniformRandomProvider rng) {
        if (data.d() != init.d()) {
            throw new IllegalArgumentException("data dimension " + data.d() + " != network dimension " + init.d());
        }
        LazyBall ball = LazyBall.lazyRegime(init, c0);
        int d = init.d();
        int m = init.m();
        double[] a = init.signs();
        double scale = 1 / Math.sqrt(m);
        double[] w = init.firstLayer().clone();
        double[] next = new double[w.length];
        double[][] xs = new double[batchSize][d];
        double[] ys = new double[batchSize];
        double[][] hs = new double[batchSize][m];
        double[] coefficients = new double[batchSize];
        for (int step = 0; step < maxSteps; step++) {
            LazyNetwork current = init.withFirstLayer(w);
            System.arraycopy(w, 0, next, 0, w.length);
            for (int b = 0; b < batchSize; b++) {
                int j = rng.nextInt(data.size());
                ys[b] = data.y()[j];
                System.arraycopy(data.x(), j * d, xs[b], 0, d);
                if (attackRadius > 0) {
                    L2Pgd.attack(current, xs[b], ys[b], attackRadius, attackSteps, false);
                }
            }
            // Row by row over the whole batch, so that each row of W and of the update stays in cache while the
            // batch uses it. Every number is computed by the same operations in the same order as example by
            // example: each pre-activation is one LazyNetwork.dot, and each weight receives the batch's terms in
            // batch order.
            for (int s = 0; s < m; s++) {
                for (int b = 0; b < batchSize; b++) {
                    hs[b][s] = current.preActivation(s, xs[b]);
                }
            }
            for (int b = 0; b < batchSize; b++) {
                double q = ys[b] * current.valueAt(hs[b]);
                coefficients[b] = -eta / batchSize * Losses.logisticDerivative(q) * ys[b] * scale;
            }
            for (int s = 0; s < m; s++) {
                for (int b = 0; b < batchSize; b++) {
                    if (hs[b][s] >= 0) {
                        Vectors.axpy(coefficients[b] * a[s], xs[b], 0, next, s * d, d);
                    }
                }
            }
            for (double v : next) {
                if (!Double.isFinite(v)) {
                    throw new ArithmeticException("lazy SGD diverged at step " + step + " (eta = " + eta + ")");
                }
            }
            if (mode == Mode.PROJECT) {
                ball.project(next);
            } else if (!ball.contains(next)) {
                return new Result(current, ball, step, true);
            }
            double[] swap = w;
            w = next;
            next = swap;
        }
        return new Result(init.withFirstLayer(w), ball, maxSteps, false);
    }
}
