package org.reluspec.train;

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
            GradientStep.apply(net.w(), net.zeroBias(), net.u(), d, m, data.x(), batch, coeff, eta, lambda, gw, gb);
            step++;
            margin = outputs(net, data, out);
            if (listener != null) {
                listener.afterStep(step, net);
            }
        }
        return new Result(step, margin, margin >= targetMargin);
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
