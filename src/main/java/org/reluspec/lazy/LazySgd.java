package org.reluspec.lazy;

import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.data.Dataset;
import org.reluspec.kernel.Losses;
import org.reluspec.kernel.Vectors;
import org.reluspec.linalg.Blas;
import org.reluspec.linalg.DenseProducts;
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
 * <p>
 * With {@link DenseProducts#BLAS} the batch's pre-activations and the weight update are two matrix products through
 * {@link Blas}. A pre-activation that BLAS puts within twice the forward-error bound
 * {@code gamma_d ||w_s|| ||x||} of zero is recomputed in the reference order, so every ReLU mask is the one the
 * reference path would take from the same weights; the values themselves round differently, so the two paths give
 * different (equally valid) trajectories. A weight coordinate whose input coordinate is 0 in the whole batch stays
 * bit-identical through either path.
 *
 * @param eta learning rate
 * @param batchSize examples per step, at least 1
 * @param maxSteps step budget
 * @param c0 the lazy constant {@code C0}: {@code V = C0 / sqrt m}
 * @param mode how the ball is enforced
 * @param attackRadius PGD radius, 0 for standard training
 * @param attackSteps PGD steps (ignored when {@code attackRadius = 0})
 * @param products how the batch products are computed
 */
public record LazySgd(double eta, int batchSize, int maxSteps, double c0, Mode mode, double attackRadius,
                      int attackSteps, DenseProducts products) {

    /** Lazy SGD on the reference products. */
    public LazySgd(double eta, int batchSize, int maxSteps, double c0, Mode mode, double attackRadius,
                   int attackSteps) {
        this(eta, batchSize, maxSteps, c0, mode, attackRadius, attackSteps, DenseProducts.REFERENCE);
    }

    /**
     * @param how the products to use
     * @return this training with those products
     */
    public LazySgd with(DenseProducts how) {
        return new LazySgd(eta, batchSize, maxSteps, c0, mode, attackRadius, attackSteps, how);
    }

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
        java.util.Objects.requireNonNull(products, "products");
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
        double[] w = init.firstLayer().clone();
        double[] next = new double[w.length];
        double[][] xs = new double[batchSize][d];
        double[] ys = new double[batchSize];
        double[][] hs = new double[batchSize][m];
        double[] coefficients = new double[batchSize];
        // BLAS workspace: the batch (column-major d x B), G and H (column-major m x B), and ||w_{s,0}||
        double[] xb = products == DenseProducts.BLAS ? new double[batchSize * d] : null;
        double[] gb = products == DenseProducts.BLAS ? new double[m * batchSize] : null;
        double[] hb = products == DenseProducts.BLAS ? new double[m * batchSize] : null;
        double[] rowBound = products == DenseProducts.BLAS ? rowNorms(init) : null;
        // an upper bound on max_s ||w_s - w_{s,0}|| for the current weights
        double[] reach = {0};
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
            if (products == DenseProducts.BLAS) {
                blasStep(current, xs, hs, xb, gb, hb, rowBound, reach, coefficients, ys, next);
            } else {
                referenceStep(current, xs, hs, coefficients, ys, next);
            }
            // the BLAS path checks finiteness and measures the distance to W0 in one pass, in its own order
            double blasDistance = products == DenseProducts.BLAS ? finiteDistance(next, init.firstLayer(), d) : 0;
            if (!(blasDistance < Double.POSITIVE_INFINITY)) {
                throw new ArithmeticException("lazy SGD diverged at step " + step + " (eta = " + eta + ")");
            }
            if (products == DenseProducts.REFERENCE) {
                for (double v : next) {
                    if (!Double.isFinite(v)) {
                        throw new ArithmeticException("lazy SGD diverged at step " + step + " (eta = " + eta + ")");
                    }
                }
            }
            if (mode == Mode.PROJECT) {
                ball.project(next);
                // the projection leaves every row within V, up to the rounding of w0 + shrink (w - w0)
                reach[0] = ball.radius() * (1 + 1e-9);
            } else {
                double distance = products == DenseProducts.BLAS ? blasDistance : ball.distance(next);
                if (!(distance <= ball.radius())) {
                    return new Result(current, ball, step, true);
                }
                reach[0] = distance;
            }
            double[] swap = w;
            w = next;
            next = swap;
            org.reluspec.util.StepProgress.report("lazy SGD", step + 1, "max row distance to W0", reach[0]);
        }
        return new Result(init.withFirstLayer(w), ball, maxSteps, false);
    }

    /** Row by row over the whole batch, so that each row of W and of the update stays in cache. */
    private void referenceStep(LazyNetwork current, double[][] xs, double[][] hs, double[] coefficients, double[] ys,
                               double[] next) {
        int m = current.m();
        int d = current.d();
        double[] a = current.signs();
        for (int s = 0; s < m; s++) {
            for (int b = 0; b < batchSize; b++) {
                hs[b][s] = current.preActivation(s, xs[b]);
            }
        }
        coefficients(current, hs, ys, coefficients);
        for (int s = 0; s < m; s++) {
            for (int b = 0; b < batchSize; b++) {
                if (hs[b][s] >= 0) {
                    Vectors.axpy(coefficients[b] * a[s], xs[b], 0, next, s * d, d);
                }
            }
        }
    }

    private void coefficients(LazyNetwork current, double[][] hs, double[] ys, double[] coefficients) {
        double scale = 1 / Math.sqrt(current.m());
        for (int b = 0; b < batchSize; b++) {
            double q = ys[b] * current.valueAt(hs[b]);
            coefficients[b] = -eta / batchSize * Losses.logisticDerivative(q) * ys[b] * scale;
        }
    }

    /**
     * {@code H = W X^T} and {@code next += G^T X} (G the masked coefficients) as two BLAS products. The weights are
     * row-major {@code m x d}, which BLAS reads as the column-major {@code d x m} matrix {@code W^T}.
     */
    private void blasStep(LazyNetwork current, double[][] xs, double[][] hs, double[] xb, double[] gb, double[] hb,
                          double[] rowBound, double[] reach, double[] coefficients, double[] ys, double[] next) {
        int m = current.m();
        int d = current.d();
        int n = batchSize;
        double[] a = current.signs();
        for (int b = 0; b < n; b++) {
            System.arraycopy(xs[b], 0, xb, b * d, d);
        }
        // ||w_s|| <= ||w_{s,0}|| + max_s ||w_s - w_{s,0}||
        double[] norms = new double[m];
        for (int s = 0; s < m; s++) {
            norms[s] = rowBound[s] + reach[0] * (1 + 1e-12);
        }
        current.preActivationsThroughBlas(xb, n, norms, hb);
        for (int b = 0; b < n; b++) {
            System.arraycopy(hb, b * m, hs[b], 0, m);
        }
        coefficients(current, hs, ys, coefficients);
        for (int b = 0; b < n; b++) {
            for (int s = 0; s < m; s++) {
                gb[s + b * m] = hs[b][s] >= 0 ? coefficients[b] * a[s] : 0.0;
            }
        }
        Blas.get().dgemm("N", "T", d, m, n, 1.0, xb, d, gb, m, 1.0, next, d);
    }

    /**
     * @return {@code max_s ||w_s - w0_s||} summed with four accumulators per row, or infinity when a weight is not
     *         finite
     */
    private static double finiteDistance(double[] w, double[] w0, int d) {
        double max = 0;
        for (int row = 0; row < w.length; row += d) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int k = 0;
            for (; k + 3 < d; k += 4) {
                double e0 = w[row + k] - w0[row + k];
                double e1 = w[row + k + 1] - w0[row + k + 1];
                double e2 = w[row + k + 2] - w0[row + k + 2];
                double e3 = w[row + k + 3] - w0[row + k + 3];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            for (; k < d; k++) {
                double e = w[row + k] - w0[row + k];
                s0 += e * e;
            }
            double sq = (s0 + s1) + (s2 + s3);
            if (!(sq < Double.POSITIVE_INFINITY)) {
                return Double.POSITIVE_INFINITY;   // NaN or infinity somewhere in the row
            }
            max = Math.max(max, Math.sqrt(sq));
        }
        return max;
    }

    private static double[] rowNorms(LazyNetwork net) {
        double[] out = new double[net.m()];
        for (int s = 0; s < net.m(); s++) {
            out[s] = Math.sqrt(Vectors.squaredNorm(java.util.Arrays.copyOfRange(net.firstLayer(), s * net.d(),
                    (s + 1) * net.d()))) * (1 + 1e-12);
        }
        return out;
    }
}
