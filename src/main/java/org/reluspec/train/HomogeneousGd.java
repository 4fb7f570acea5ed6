package org.reluspec.train;

import java.util.ArrayList;
import java.util.List;
import org.reluspec.data.Dataset;
import org.reluspec.kernel.Vectors;
import org.reluspec.linalg.Blas;
import org.reluspec.linalg.DenseProducts;
import org.reluspec.util.Checks;
import org.reluspec.util.LoopState;

/**
 * VYS section 6's training: full-batch GD on {@code L(theta) = sum_i l(y_i N(x_i))} (Eq. (1), a sum) over every
 * parameter of a 2-homogeneous {@link BiasedNetwork} ({@code w}, {@code b}, {@code v}; the output bias stays 0), with
 * the exponential loss {@code l(q) = e^{-q}} or the logistic loss, learning rate {@code eta0} multiplied by
 * {@code growth} every {@code growthEvery} steps (the paper: 1e-5, 1.1, 100), until {@code L < lossTarget} (the paper:
 * 1e-30) or a step budget.
 *
 * <p>Log domain: {@code ln L} is a log-sum-exp of the per-example log-losses, and the step is
 * {@code theta += exp(ln eta + ln L) sum_i p_i y_i grad N(x_i)} with {@code p_i = -l'(q_i) / L} (softmax weights for
 * the exponential loss), so losses far below {@code 1e-300} stay representable and the step's scale never
 * underflows before the weights do. A NaN or infinite weight stops the run with an {@link ArithmeticException}.
 *
 * <p>With {@link DenseProducts#BLAS} the pre-activations of the whole training set and the first-layer gradient are two
 * BLAS products; a pre-activation within twice the forward-error bound {@code gamma_{d+1} (||w_j|| ||x_i|| + |b_j|)}
 * of zero is recomputed in the reference order, so every ReLU mask is the one the reference path takes from the same
 * weights. The values round differently, so the two paths give different, equally valid, trajectories.
 *
 * @param loss which loss
 * @param eta0 initial learning rate
 * @param growth learning-rate factor
 * @param growthEvery steps between factors
 * @param lossTarget stop once {@code L < lossTarget}
 * @param maxSteps step budget
 * @param checkpointEvery steps between recorded checkpoints (0: only the final state)
 * @param products how the dense products are computed
 */
public record HomogeneousGd(Loss loss, double eta0, double growth, int growthEvery, double lossTarget, int maxSteps,
                            int checkpointEvery, DenseProducts products) {

    /** GD on the reference products. */
    public HomogeneousGd(Loss loss, double eta0, double growth, int growthEvery, double lossTarget, int maxSteps,
                         int checkpointEvery) {
        this(loss, eta0, growth, growthEvery, lossTarget, maxSteps, checkpointEvery, DenseProducts.REFERENCE);
    }

    /**
     * @param how the products to use
     * @return this training with those products
     */
    public HomogeneousGd with(DenseProducts how) {
        return new HomogeneousGd(loss, eta0, growth, growthEvery, lossTarget, maxSteps, checkpointEvery, how);
    }

    /** The two losses of VYS Theorem 2.1. */
    public enum Loss {
        /** {@code e^{-q}}. */
        EXPONENTIAL,
        /** {@code ln(1 + e^{-q})}. */
        LOGISTIC
    }

    /** Validates the hyperparameters. */
    public HomogeneousGd {
        Checks.requirePositiveFinite(eta0, "eta0");
        Checks.requirePositiveFinite(growth, "growth");
        Checks.requireAtLeast(growthEvery, 1, "growthEvery");
        Checks.requirePositiveFinite(lossTarget, "lossTarget");
        Checks.requireAtLeast(maxSteps, 0, "maxSteps");
        Checks.requireAtLeast(checkpointEvery, 0, "checkpointEvery");
        java.util.Objects.requireNonNull(products, "products");
    }

    /**
     * @param loss the loss
     * @param maxSteps step budget
     * @param checkpointEvery steps between checkpoints
     * @return VYS section 6's schedule: {@code 1e-5 x 1.1} every 100 steps until the loss is below {@code 1e-30}
     */
    public static HomogeneousGd paperSchedule(Loss loss, int maxSteps, int checkpointEvery) {
        return new HomogeneousGd(loss, 1e-5, 1.1, 100, 1e-30, maxSteps, checkpointEvery);
    }

    /**
     * The state at a step.
     *
     * @param step steps done
     * @param logLoss {@code ln L(theta)}
     * @param norm {@code ||theta||}
     * @param minMargin {@code min_i y_i N(x_i)}
     * @param theta a copy of {@code theta = (w, b, v)} (for directional convergence)
     */
    public record Checkpoint(int step, double logLoss, double norm, double minMargin, double[] theta) {

        /** @return {@code min_i y_i N(x_i) / ||theta||^2}, the margin of the direction (2-homogeneity) */
        public double normalizedMargin() {
            return minMargin / (norm * norm);
        }
    }

    /**
     * @param steps steps done
     * @param logLoss final {@code ln L}
     * @param reachedTarget whether {@code L < lossTarget}
     * @param checkpoints recorded states, the final one last
     */
    public record Result(int steps, double logLoss, boolean reachedTarget, List<Checkpoint> checkpoints) {
    }

    /**
     * @param net trained in place (its output bias must be 0 and stays 0)
     * @param data the training set
     * @return the run
     */
    public Result train(BiasedNetwork net, Dataset data) {
        if (net.c != 0) {
            throw new IllegalArgumentException("VYS networks are 2-homogeneous: the output bias must be 0, got " + net.c);
        }
        int d = net.d;
        int k = net.m;
        int n = data.size();
        boolean blas = products == DenseProducts.BLAS;
        // the reference products train W^T, whose rows the Vector API adds many neurons at a time (TransposedProducts)
        double[] w = blas ? net.w : TransposedProducts.transpose(net.w, k, d);
        double[] gw = new double[k * d];   // the gradient of w: of W, or of W^T
        double[] gb = new double[k];
        double[] gv = new double[k];
        double[] pre = new double[n * k];
        double[] q = new double[n];
        double[] logTerm = new double[n];
        double logTarget = Math.log(lossTarget);
        double[] coefficients = new double[n * k];   // c_ij where neuron j is active at x_i, else +0.0
        List<Checkpoint> checkpoints = new ArrayList<>();
        // a step depends on nothing but (w, b, v) and the step's index; a run that records its history does not
        // resume part-way, since its checkpoints before the kept step would be missing
        LoopState.Loop kept = checkpointEvery == 0
                ? LoopState.enter("VYS GD " + this + " d=" + d + " k=" + k + " n=" + n) : LoopState.Loop.NONE;
        int step = kept.resumed().map(s -> restore(s, w, net.b, net.v)).orElse(0);
        double logLoss = forward(net, w, data, pre, q, logTerm);
        while (step < maxSteps && !(logLoss < logTarget)) {
            kept.offer(step, () -> new double[][] {w, net.b, net.v});
            if (checkpointEvery > 0 && step % checkpointEvery == 0) {
                checkpoints.add(checkpoint(net, w, step, logLoss, q));
            }
            java.util.Arrays.fill(gb, 0);
            java.util.Arrays.fill(gv, 0);
            for (int i = 0; i < n; i++) {
                double weight = Math.exp(derivativeLog(q[i]) - logLoss) * data.y()[i];   // -l'(q_i) y_i / L
                TransposedProducts.addActiveTerms(weight, net.v, pre, i, k, gv, gb, coefficients);
            }
            if (blas) {
                // gw (row-major k x d, column-major d x k) = X^T C with C the n x k coefficients
                Blas.get().dgemm("N", "T", d, k, n, 1.0, data.x(), d, coefficients, k, 0.0, gw, d);
            } else {
                TransposedProducts.gradient(coefficients, data, k, gw);
            }
            double eta = eta0 * Math.pow(growth, step / growthEvery);
            double scale = Math.exp(Math.log(eta) + logLoss);
            Vectors.axpy(scale, gw, 0, w, 0, gw.length);   // entry by entry: the same bits on W or on W^T
            Vectors.axpy(scale, gb, 0, net.b, 0, k);
            Vectors.axpy(scale, gv, 0, net.v, 0, k);
            for (double x : w) {
                if (!Double.isFinite(x)) {
                    trained(w, net);
                    throw new ArithmeticException("VYS GD diverged at step " + step + " (learning rate " + eta + ")");
                }
            }
            step++;
            logLoss = forward(net, w, data, pre, q, logTerm);
            org.reluspec.util.StepProgress.report("GD", step, "ln L", logLoss, logTarget);
        }
        checkpoints.add(checkpoint(net, w, step, logLoss, q));
        return new Result(step, logLoss, logLoss < logTarget, checkpoints);
    }

    /** Copies a kept state into the live arrays; @return its step */
    private static int restore(LoopState.Saved saved, double[]... into) {
        for (int a = 0; a < into.length; a++) {
            if (saved.arrays()[a].length != into[a].length) {
                throw new IllegalArgumentException("a kept state of " + saved.arrays()[a].length + " values for an "
                        + "array of " + into[a].length);
            }
            System.arraycopy(saved.arrays()[a], 0, into[a], 0, into[a].length);
        }
        return Math.toIntExact(saved.step());
    }

    /** Pre-activations, margins and {@code ln L}; {@code w} is {@code net}'s W, or its W^T on the reference products. */
    private double forward(BiasedNetwork net, double[] w, Dataset data, double[] pre, double[] q, double[] logTerm) {
        int k = net.m;
        if (products == DenseProducts.BLAS) {
            blasPreActivations(net, data, pre);
        } else {
            TransposedProducts.preActivations(w, net.b, data, pre);
        }
        TransposedProducts.outputs(0.0, net.v, pre, data.size(), k, q);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            q[i] *= data.y()[i];
            logTerm[i] = logLossTerm(q[i]);
            max = Math.max(max, logTerm[i]);
        }
        double sum = 0;
        for (double t : logTerm) {
            sum += Math.exp(t - max);
        }
        return max + Math.log(sum);
    }

    /** Writes the trained weights {@code w} (W, or W^T on the reference products) into {@code net}. */
    private static void trained(double[] w, BiasedNetwork net) {
        if (w != net.w) {
            System.arraycopy(TransposedProducts.transpose(w, net.d, net.m), 0, net.w, 0, w.length);
        }
    }

    /**
     * {@code pre[i k + j] = w_j . x_i + b_j} for the whole set as one BLAS product (row-major {@code W} is the
     * column-major {@code d x k} matrix {@code W^T}); entries within twice the forward-error bound of zero are
     * recomputed in the reference order.
     */
    private static void blasPreActivations(BiasedNetwork net, Dataset data, double[] pre) {
        int d = net.d;
        int k = net.m;
        int n = data.size();
        Blas.get().dgemm("T", "N", k, n, d, 1.0, net.w, d, data.x(), d, 0.0, pre, k);
        double gamma = org.reluspec.linalg.Rounding.gamma(d + 1);
        double[] rowNorm = new double[k];
        for (int j = 0; j < k; j++) {
            rowNorm[j] = Math.sqrt(squaredNorm(net.w, j * d, d)) * (1 + 1e-12);
        }
        for (int i = 0; i < n; i++) {
            double xNorm = Math.sqrt(squaredNorm(data.x(), i * d, d)) * (1 + 1e-12);
            for (int j = 0; j < k; j++) {
                double h = pre[i * k + j] + net.b[j];
                double bound = 2.01 * gamma * (rowNorm[j] * xNorm + Math.abs(net.b[j])) + Double.MIN_NORMAL;
                pre[i * k + j] = Math.abs(h) <= bound ? net.preActivation(j, data.x(), i * d) : h;
            }
        }
    }

    private static double squaredNorm(double[] a, int off, int n) {
        double s0 = 0;
        double s1 = 0;
        int t = 0;
        for (; t + 1 < n; t += 2) {
            s0 += a[off + t] * a[off + t];
            s1 += a[off + t + 1] * a[off + t + 1];
        }
        for (; t < n; t++) {
            s0 += a[off + t] * a[off + t];
        }
        return s0 + s1;
    }

    /** {@code ln l(q)}, exact for large margins. */
    private double logLossTerm(double q) {
        if (loss == Loss.EXPONENTIAL) {
            return -q;
        }
        // ln ln(1 + e^{-q}): for q > 35, ln(1 + e^{-q}) = e^{-q}(1 - e^{-q}/2 + ...) and its log is -q - e^{-q}/2
        return q > 35 ? -q - 0.5 * Math.exp(-q) : Math.log(Math.log1p(Math.exp(-q)));
    }

    /** {@code ln(-l'(q))}: {@code -q} (exponential) or {@code -ln(1 + e^q)} (logistic). */
    private double derivativeLog(double q) {
        if (loss == Loss.EXPONENTIAL) {
            return -q;
        }
        return q > 0 ? -q - Math.log1p(Math.exp(-q)) : -Math.log1p(Math.exp(q));
    }

    private static Checkpoint checkpoint(BiasedNetwork net, double[] w, int step, double logLoss, double[] q) {
        trained(w, net);
        double[] theta = new double[net.w.length + 2 * net.m];
        System.arraycopy(net.w, 0, theta, 0, net.w.length);
        System.arraycopy(net.b, 0, theta, net.w.length, net.m);
        System.arraycopy(net.v, 0, theta, net.w.length + net.m, net.m);
        double sq = 0;
        for (double t : theta) {
            sq += t * t;
        }
        double min = Double.POSITIVE_INFINITY;
        for (double x : q) {
            min = Math.min(min, x);
        }
        return new Checkpoint(step, logLoss, Math.sqrt(sq), min, theta);
    }
}
