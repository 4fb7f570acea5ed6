package org.reluspec.lazy;

import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.data.Dataset;
import org.reluspec.kernel.Losses;
import org.reluspec.linalg.Axpys;
import org.reluspec.linalg.Blas;
import org.reluspec.linalg.DenseProducts;
import org.reluspec.linalg.RowDots;
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
 * <p>
 * Both paths decide "inside the ball" without measuring every row after every step: {@link RowReach} carries a
 * rigorous bound on each row's distance through the steps, and only rows it cannot prove inside are measured (every
 * row, from a kept copy of the iterate, when {@link Mode#STOP_ON_EXIT} may stop; the rows at risk, in place, under
 * {@link Mode#PROJECT}). A skipped measurement would have found the row inside, so the trajectory and the stopping
 * step are the ones of measuring every row, bit for bit.
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

    /** Rows of {@code W} multiplied with every example of a batch before the next rows are read (8 x 784 doubles: 50 kB). */
    private static final int ROWS_AT_ONCE = 8;

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
        boolean blas = products == DenseProducts.BLAS;
        int d = init.d();
        int m = init.m();
        int n = batchSize;
        double[] w0 = init.firstLayer();
        double[] w = w0.clone();
        double[] next = null;
        double[][] xs = new double[n][d];
        double[] ys = new double[n];
        double[][] hs = new double[n][m];
        double[] coefficients = new double[n];
        // the batch (column-major d x B), G and H (column-major m x B), the batch's Gram matrix
        double[] xb = new double[n * d];
        double[] gb = new double[m * n];
        double[] hb = blas ? new double[m * n] : null;
        double[] gram = new double[n * n];
        double[] rowNorm = new double[m];
        int[] mask = new int[m];
        RowReach reach = new RowReach(RowReach.norms(w0, m, d), ball.radius(), d);
        for (int step = 0; step < maxSteps; step++) {
            LazyNetwork current = init.withFirstLayer(w);
            if (blas) {
                for (int s = 0; s < m; s++) {
                    rowNorm[s] = reach.normBound(s);
                }
            }
            drawBatch(current, data, rng, xs, ys, xb, blas ? rowNorm : null);
            for (int b = 0; b < n; b++) {
                System.arraycopy(xs[b], 0, xb, b * d, d);
            }
            if (blas) {
                current.preActivationsThroughBlas(xb, n, rowNorm, hb);
                for (int b = 0; b < n; b++) {
                    System.arraycopy(hb, b * m, hs[b], 0, m);
                }
            } else {
                for (int s = 0; s < m; s += ROWS_AT_ONCE) {   // these rows stay in the cache for the whole batch
                    for (int b = 0; b < n; b++) {
                        RowDots.fourWay(current.firstLayer(), s, Math.min(s + ROWS_AT_ONCE, m), d, xs[b], hs[b]);
                    }
                }
            }
            coefficients(current, hs, ys, coefficients);
            double[] a = current.signs();
            java.util.Arrays.fill(mask, 0);
            for (int b = 0; b < n; b++) {
                for (int s = 0; s < m; s++) {
                    // branch-free (the masks are coin flips to a branch predictor): c_b a_s where h >= 0, else +0.0
                    int active = hs[b][s] >= 0 ? 1 : 0;
                    gb[s + b * m] = Double.longBitsToDouble(
                            Double.doubleToRawLongBits(coefficients[b] * a[s]) & -(long) active);
                    mask[s] |= active << b;
                }
            }
            if (blas) {
                Blas.get().dgemm("T", "N", n, n, d, 1.0, xb, d, xb, d, 0.0, gram, n);
            } else {
                gram(xb, n, d, gram);
            }
            double[] xNorm = RowReach.normsFromGram(gram, n, d);
            boolean inside = n <= RowReach.MAX_MASK_BITS && 1 << n <= m
                    ? reach.advanceMasked(coefficients, mask, gram, xNorm, d)
                    : reach.advance(gb, gram, xNorm, d);
            if (inside || mode == Mode.PROJECT) {
                update(w, xb, gb, hs, d, m);
                if (!inside) {
                    for (int s = 0; s < m; s++) {
                        if (!reach.provablyInside(s)) {
                            double distance = ball.projectRow(w, s);
                            if (!(distance < Double.POSITIVE_INFINITY)) {
                                throw diverged(step);
                            }
                            reach.measured(s, distance);
                        }
                    }
                }
            } else {
                // some row may leave: keep the iterate, measure every row of the candidate
                if (next == null) {
                    next = new double[w.length];
                }
                System.arraycopy(w, 0, next, 0, w.length);
                update(next, xb, gb, hs, d, m);
                double distance = blas ? measureEveryRow(next, w0, d, reach) : finiteOrNaN(next, ball, reach);
                if (!(distance < Double.POSITIVE_INFINITY) && (blas || Double.isNaN(distance))) {
                    throw diverged(step);
                }
                if (!(distance <= ball.radius())) {
                    return new Result(current, ball, step, true);
                }
                double[] swap = w;
                w = next;
                next = swap;
            }
            org.reluspec.util.StepProgress.report("lazy SGD", step + 1, "max row distance to W0 (at most)", reach.max());
        }
        return new Result(init.withFirstLayer(w), ball, maxSteps, false);
    }

    /**
     * {@code W += G X} in place: through BLAS ({@code W^T += X G^T}; the weights are row-major {@code m x d}, which
     * BLAS reads as the column-major {@code d x m} {@code W^T}), or on the reference products row by row, the bits of
     * each active example's kernel {@code axpy} in batch order, the row read and written once for the whole batch.
     */
    private void update(double[] w, double[] xb, double[] gb, double[][] hs, int d, int m) {
        if (products == DenseProducts.BLAS) {
            Blas.get().dgemm("N", "T", d, m, batchSize, 1.0, xb, d, gb, m, 1.0, w, d);
            return;
        }
        double[] alpha = new double[batchSize];
        int[] offsets = new int[batchSize];
        for (int s = 0; s < m; s++) {
            int terms = 0;
            for (int b = 0; b < batchSize; b++) {
                if (hs[b][s] >= 0) {
                    alpha[terms] = gb[s + b * m];
                    offsets[terms++] = b * d;
                }
            }
            Axpys.inTurn(alpha, offsets, terms, xb, w, s * d, d);
        }
    }

    /**
     * Draws the batch and, in adversarial training, replaces each example by its PGD point: one example at a time on
     * the reference products, the whole batch at once through BLAS when {@code rowNorm} is given (the attack draws
     * nothing, so the batch is the same either way).
     *
     * @param flat scratch for the batch, row-major {@code n x d} (BLAS only)
     * @param rowNorm upper bounds on the current rows' norms for the BLAS attack, or {@code null} on the reference
     */
    private void drawBatch(LazyNetwork current, Dataset data, UniformRandomProvider rng, double[][] xs,
                           double[] ys, double[] flat, double[] rowNorm) {
        int d = current.d();
        for (int b = 0; b < batchSize; b++) {
            int j = rng.nextInt(data.size());
            ys[b] = data.y()[j];
            System.arraycopy(data.x(), j * d, xs[b], 0, d);
            if (attackRadius > 0 && rowNorm == null) {
                L2Pgd.attack(current, xs[b], ys[b], attackRadius, attackSteps, false);
            }
        }
        if (attackRadius > 0 && rowNorm != null) {
            for (int b = 0; b < batchSize; b++) {
                System.arraycopy(xs[b], 0, flat, b * d, d);
            }
            L2Pgd.ascendThroughBlas(current, flat, batchSize, ys, attackRadius, attackSteps, rowNorm);
            for (int b = 0; b < batchSize; b++) {
                System.arraycopy(flat, b * d, xs[b], 0, d);
            }
        }
    }

    /**
     * @return the reference path's measure ({@link LazyBall#measure}), or NaN when a weight is not finite (a finite
     *         row whose distance overflows reads as outside the ball, not as divergence)
     */
    private static double finiteOrNaN(double[] w, LazyBall ball, RowReach reach) {
        for (double v : w) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
        }
        return ball.measure(w, reach);
    }

    private ArithmeticException diverged(int step) {
        return new ArithmeticException("lazy SGD diverged at step " + step + " (eta = " + eta + ")");
    }

    /** {@code K = X X^T} of the batch (row b of X is {@code xb[b d .. b d + d)}). */
    private static void gram(double[] xb, int n, int d, double[] out) {
        for (int b = 0; b < n; b++) {
            for (int c = 0; c <= b; c++) {
                double sum = 0;
                for (int k = 0; k < d; k++) {
                    sum += xb[b * d + k] * xb[c * d + k];
                }
                out[b * n + c] = sum;
                out[c * n + b] = sum;
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
     * @return {@code max_s ||w_s - w0_s||} summed with four accumulators per row (each row's distance recorded in
     *         {@code reach}), or infinity when a weight is not finite
     */
    private static double measureEveryRow(double[] w, double[] w0, int d, RowReach reach) {
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
            double distance = Math.sqrt(sq);
            reach.measured(row / d, distance);
            max = Math.max(max, distance);
        }
        return max;
    }
}
