package org.reluspec.train;

import org.reluspec.kernel.Activations;
import org.reluspec.kernel.NonFiniteException;
import org.reluspec.kernel.TwoLayerNet;
import org.reluspec.kernel.Vectors;
import org.reluspec.linalg.Blas;
import org.reluspec.linalg.DenseProducts;
import org.reluspec.linalg.Rounding;

import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.data.Dataset;
import org.reluspec.kernel.GradientStep;
import org.reluspec.kernel.Losses;
import org.reluspec.util.Checks;

/**
 * MYV training (section 3): (S)GD on the first layer only, on the empirical logistic loss
 * {@code (1/|B|) sum_{j in B} L(y_j N(x_j))} with {@code L(q) = ln(1 + e^{-q})}, plus {@code (lambda/2)||w||^2} when
 * {@code lambda > 0} (section 6.2); {@code u} is never trained. Each step is the kernel's {@link GradientStep}, whose
 * frozen-weights postcondition (Theorem A.2) is the property under test.
 *
 * <p>The paper's objective is garbled in F000 between a sum and a mean (catalogue SET-2); the mean is used here, which
 * only rescales the effective step size of the data term. The decay factor is {@code (1 - eta*lambda)} either way.
 *
 * @param eta learning rate
 * @param lambda L2 parameter, {@code 0} for plain training
 * @param maxSteps step budget
 * @param targetMargin stop once {@code min_j y_j N(x_j) >= targetMargin} ({@code +infinity}: run all steps)
 * @param batchSize examples per step; {@code 0} means full batch (GD)
 */
public record LogisticGd(double eta, double lambda, int maxSteps, double targetMargin, int batchSize) {

    /** Validates the hyperparameters. */
    public LogisticGd {
        Checks.requirePositiveFinite(eta, "eta");
        if (!(lambda >= 0 && lambda < Double.POSITIVE_INFINITY)) {
            throw new org.reluspec.util.ReluSpecArgumentException(org.reluspec.util.Violation.PARAMETER_OUT_OF_RANGE,
                    "lambda", lambda, "[0, infinity)");
        }
        Checks.requireAtLeast(maxSteps, 0, "maxSteps");
        Checks.requireAtLeast(batchSize, 0, "batchSize");
        if (Double.isNaN(targetMargin)) {
            throw new org.reluspec.util.ReluSpecArgumentException(org.reluspec.util.Violation.PARAMETER_NAN,
                    "targetMargin");
        }
    }

    /**
     * @param eta learning rate
     * @param steps number of full-batch steps
     * @return GD for exactly {@code steps} steps, no regularization
     */
    public static LogisticGd fullBatch(double eta, int steps) {
        return new LogisticGd(eta, 0, steps, Double.POSITIVE_INFINITY, 0);
    }

    /** Observer of every step (for the pathwise coupling of Theorem A.1). */
    @FunctionalInterface
    public interface StepListener {
        /**
         * @param step number of steps done so far (1 after the first step)
         * @param net the network after the step
         */
        void afterStep(int step, MyvNetwork net);
    }

    /**
     * How a run ended.
     *
     * @param steps steps taken
     * @param margin final margin
     * @param reachedTarget whether the target margin was reached
     */
    public record Result(int steps, double margin, boolean reachedTarget) {
    }

    /**
     * Trains {@code net} in place. SGD draws, per step, {@code batchSize} indices uniformly with replacement from
     * {@code rng} (one {@code nextInt} each); GD draws nothing, and {@code rng} may be {@code null}.
     *
     * @param net the network, updated in place
     * @param data training set
     * @param rng the stream of the mini-batch order
     * @param listener called after every step, or {@code null}
     * @return how the run ended
     */
    public Result train(MyvNetwork net, Dataset data, UniformRandomProvider rng, StepListener listener) {
        int d = net.d();
        int m = net.m();
        int r = data.size();
        int[] batch = batchSize == 0 ? fullBatch(r) : new int[batchSize];
        double[] coeff = new double[batch.length];
        double[] gw = new double[m * d];
        double[] gb = new double[m];
        double[] gc = new double[m];
        int step = 0;
        // N(x_j) at the current weights serves both the margin after a step and the coefficients of the next one.
        double[] out = new double[r];
        double margin = outputs(net, data, out);
        while (step < maxSteps && margin < targetMargin) {
            if (batchSize != 0) {
                for (int p = 0; p < batch.length; p++) {
                    batch[p] = rng.nextInt(r);
                }
            }
            for (int p = 0; p < batch.length; p++) {
                int j = batch[p];
                double y = data.y()[j];
                // d/dw of (1/|B|) L(y N(x)) is (1/|B|) L'(y N(x)) y dN/dw: the kernel takes the scalar factor.
                coeff[p] = Losses.logisticDerivative(y * out[j]) * y / batch.length;
            }
            GradientStep.apply(net.w(), net.zeroBias(), net.u(), d, m, data.x(), batch, coeff, eta, lambda, gw, gb, gc);
            step++;
            margin = outputs(net, data, out);
            if (listener != null) {
                listener.afterStep(step, net);
            }
        }
        return new Result(step, margin, margin >= targetMargin);
    }

    /**
     * As {@link #train(MyvNetwork, Dataset, UniformRandomProvider, StepListener)}, with the dense products computed
     * as {@code products} says. Through BLAS each step is two matrix products, the pre-activations {@code W X^T} and
     * the gradient {@code A X} (with {@code A} the coefficients times the ReLU masks), in whatever summation order
     * OpenBLAS takes: the trajectory differs from the reference one in the last digits. A pre-activation within twice
     * the forward-error bound of zero is recomputed in the reference order, so the masks are the kernel's; a
     * coordinate on which every example is zero gets a zero gradient through BLAS too, so frozen coordinates stay
     * bit for bit (LogisticGdBlasTest).
     *
     * @param net the network, updated in place
     * @param data training set
     * @param rng the stream of the mini-batch order
     * @param listener called after every step, or {@code null}
     * @param products reference (the verified kernel's step) or BLAS
     * @return how the run ended
     */
    public Result train(MyvNetwork net, Dataset data, UniformRandomProvider rng, StepListener listener,
                        DenseProducts products) {
        if (products == DenseProducts.REFERENCE) {
            return train(net, data, rng, listener);
        }
        int d = net.d();
        int m = net.m();
        int r = data.size();
        double[] w = net.w();
        double[] u = net.u();
        double[] x = data.x();
        int[] batch = batchSize == 0 ? fullBatch(r) : new int[batchSize];
        double[] h = new double[m * r];
        double[] a = new double[m * r];
        double[] g = new double[m * d];
        double[] out = new double[r];
        double[] xNorm = new double[r];
        for (int j = 0; j < r; j++) {
            xNorm[j] = Math.sqrt(Vectors.squaredNorm(java.util.Arrays.copyOfRange(x, j * d, j * d + d))
                    * (1 + 2 * Rounding.gamma(d)));
        }
        double decay = 1.0 - eta * lambda;
        int step = 0;
        double margin = outputsThroughBlas(net, data, h, out, xNorm);
        while (step < maxSteps && margin < targetMargin) {
            if (batchSize != 0) {
                for (int p = 0; p < batch.length; p++) {
                    batch[p] = rng.nextInt(r);
                }
            }
            java.util.Arrays.fill(a, 0.0);
            for (int p = 0; p < batch.length; p++) {
                int j = batch[p];
                double y = data.y()[j];
                double scale = Losses.logisticDerivative(y * out[j]) * y / batch.length;
                for (int s = 0; s < m; s++) {
                    a[s + j * m] += scale * u[s] * Activations.step(h[s + j * m]);
                }
            }
            // g (d x m, column-major: the m x d row-major layout of w) = X^T A^T
            Blas.get().dgemm("N", "T", d, m, r, 1.0, x, d, a, m, 0.0, g, d);
            for (int k = 0; k < g.length; k++) {
                g[k] = decay * w[k] - eta * g[k];
                if (!(-TwoLayerNet.MAX_PARAMETER <= g[k] && g[k] <= TwoLayerNet.MAX_PARAMETER)) {
                    throw new NonFiniteException("updated first-layer weight", k, g[k]);
                }
            }
            System.arraycopy(g, 0, w, 0, g.length);
            step++;
            margin = outputsThroughBlas(net, data, h, out, xNorm);
            if (listener != null) {
                listener.afterStep(step, net);
            }
        }
        return new Result(step, margin, margin >= targetMargin);
    }

    /**
     * Pre-activations {@code h[s + j m] = w_s . x_j} through BLAS (near-zero ones in the reference order), outputs
     * {@code out[j] = N(x_j)} summed over neurons as the kernel sums them, and the margin.
     */
    private static double outputsThroughBlas(MyvNetwork net, Dataset data, double[] h, double[] out,
                                             double[] xNorm) {
        int d = net.d();
        int m = net.m();
        double[] w = net.w();
        double[] x = data.x();
        Blas.get().dgemm("T", "N", m, out.length, d, 1.0, w, d, x, d, 0.0, h, m);
        // |fl(w.x) - w.x| <= gamma_d ||w|| ||x|| in any summation order: outside twice that, BLAS and the reference
        // order agree on the sign, so the masks are the kernel's
        double gamma = Rounding.gamma(d);
        double[] wNorm = new double[m];
        for (int s = 0; s < m; s++) {
            // four partial sums (the order is free: q only feeds an upper bound), so the loop is not one long chain
            double q0 = 0;
            double q1 = 0;
            double q2 = 0;
            double q3 = 0;
            int k = s * d;
            int end = s * d + d;
            for (; k + 3 < end; k += 4) {
                q0 += w[k] * w[k];
                q1 += w[k + 1] * w[k + 1];
                q2 += w[k + 2] * w[k + 2];
                q3 += w[k + 3] * w[k + 3];
            }
            for (; k < end; k++) {
                q0 += w[k] * w[k];
            }
            wNorm[s] = Math.sqrt((q0 + q1 + q2 + q3) * (1 + 2 * gamma));   // covers the rounding of q itself
        }
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < out.length; j++) {
            double o = 0.0;
            for (int s = 0; s < m; s++) {
                if (Math.abs(h[s + j * m]) <= 2.01 * gamma * wNorm[s] * xNorm[j] + Double.MIN_NORMAL) {
                    h[s + j * m] = net.preActivation(s, x, j * d);
                }
                o += net.u()[s] * Activations.relu(h[s + j * m]);
            }
            out[j] = o;
            min = Math.min(min, data.y()[j] * o);
        }
        return min;
    }

    /** Fills {@code out[j] = N(x_j)} and returns the margin {@code min_j y_j N(x_j)}. */
    private static double outputs(MyvNetwork net, Dataset data, double[] out) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < out.length; j++) {
            out[j] = net.output(data.x(), j * net.d());
            min = Math.min(min, data.y()[j] * out[j]);
        }
        return min;
    }

    private static int[] fullBatch(int r) {
        int[] b = new int[r];
        for (int j = 0; j < r; j++) {
            b[j] = j;
        }
        return b;
    }
}
