package org.reluspec.train;

import org.reluspec.data.Dataset;
import org.reluspec.kernel.GradientStep;
import org.reluspec.kernel.Losses;
import org.reluspec.kernel.Vectors;
import org.reluspec.util.Checks;

/**
 * Full-batch GD on the mean logistic loss of a {@link BiasedNetwork}, all parameters trained, with an optional L2
 * term {@code (lambda/2)||.||^2} on the first-layer weights only or on every weight matrix (MYV appendix E: E.3 puts
 * it on the first layer, E.2 and E.4 do not say; the suite uses every weight matrix there, biases excluded). Stops at
 * a target margin, at a step budget, or on a plateau: when the objective (mean loss plus the L2 term) has decreased
 * by less than {@value #PLATEAU_GAIN} over the last {@value #PLATEAU_WINDOW} steps. A regularized objective whose
 * minimizer does not reach the target margin would otherwise run to the budget; the result then reports the target as
 * not reached. (The margin itself is no plateau signal: it can stay flat for thousands of steps and then rise.)
 *
 * @param eta learning rate
 * @param lambda L2 parameter
 * @param firstLayerOnly whether L2 applies to the first-layer weights only
 * @param maxSteps step budget
 * @param targetMargin stop once {@code min_j y_j N(x_j) >= targetMargin}
 */
public record BiasedGd(double eta, double lambda, boolean firstLayerOnly, int maxSteps, double targetMargin) {

    /** Steps over which progress of the margin is measured. */
    public static final int PLATEAU_WINDOW = 5000;

    /** Smallest decrease of the objective per window that counts as progress. */
    public static final double PLATEAU_GAIN = 1e-9;

    /** Validates the hyperparameters. */
    public BiasedGd {
        Checks.requirePositiveFinite(eta, "eta");
        if (!(lambda >= 0 && lambda < Double.POSITIVE_INFINITY)) {
            throw new org.reluspec.util.ReluSpecArgumentException(org.reluspec.util.Violation.PARAMETER_OUT_OF_RANGE,
                    "lambda", lambda, "[0, infinity)");
        }
        Checks.requireAtLeast(maxSteps, 0, "maxSteps");
    }

    /**
     * @param net trained in place
     * @param data the training set
     * @return steps, final margin, whether the target was reached
     */
    public LogisticGd.Result train(BiasedNetwork net, Dataset data) {
        int d = net.d;
        int m = net.m;
        int r = data.size();
        double[] wt = TransposedProducts.transpose(net.w, m, d);   // W^T: see TransposedProducts
        double[] gwt = new double[m * d];
        double[] gb = new double[m];
        double[] gv = new double[m];
        double[] coefficients = new double[r * m];
        // the pre-activations of the whole set at the current weights give the margin after a step and the gradient
        // of the next one
        double[] pre = new double[r * m];
        double[] outs = new double[r];
        TransposedProducts.preActivations(wt, net.b, data, pre);
        TransposedProducts.outputs(net.c, net.v, pre, r, m, outs);
        int step = 0;
        double margin = margin(data, outs);
        double windowStart = Double.POSITIVE_INFINITY;
        while (step < maxSteps && margin < targetMargin) {
            java.util.Arrays.fill(gb, 0);
            java.util.Arrays.fill(gv, 0);
            double gc = 0;
            double objective = 0;
            for (int p = 0; p < r; p++) {
                double out = outs[p];
                double y = data.y()[p];
                double coeff = Losses.logisticDerivative(y * out) * y / r;
                objective += Losses.logistic(y * out) / r;
                gc += coeff;
                TransposedProducts.addActiveTerms(coeff, net.v, pre, p, m, gv, gb, coefficients);
            }
            TransposedProducts.gradient(coefficients, data, m, gwt);
            double squares = squaredNormOfW(wt, d, m);
            GradientStep.descend(wt, gwt, eta, lambda);   // entry by entry: the same bits on W^T as on W
            double vDecay = firstLayerOnly ? 0 : lambda;
            for (int j = 0; j < m; j++) {
                squares += firstLayerOnly ? 0 : net.v[j] * net.v[j];
            }
            Vectors.axpy(-eta, gb, 0, net.b, 0, m);
            GradientStep.descend(net.v, gv, eta, vDecay);
            net.c -= eta * gc;
            step++;
            TransposedProducts.preActivations(wt, net.b, data, pre);
            TransposedProducts.outputs(net.c, net.v, pre, r, m, outs);
            margin = margin(data, outs);
            objective += 0.5 * lambda * squares;   // objective at the parameters before this step
            if (step % PLATEAU_WINDOW == 0) {
                if (windowStart - objective < PLATEAU_GAIN) {
                    break;
                }
                windowStart = objective;
            }
        }
        System.arraycopy(TransposedProducts.transpose(wt, d, m), 0, net.w, 0, wt.length);
        return new LogisticGd.Result(step, margin, margin >= targetMargin);
    }

    /** {@code Vectors.squaredNorm(W)} from {@code W^T}: the squares summed in W's order, for the kernel's bits. */
    private static double squaredNormOfW(double[] wt, int d, int m) {
        double s = 0.0;
        for (int j = 0; j < m; j++) {
            for (int t = 0; t < d; t++) {
                s += wt[t * m + j] * wt[t * m + j];
            }
        }
        return s;
    }

    /** {@link #margin(BiasedNetwork, Dataset)} from the set's outputs. */
    private static double margin(Dataset data, double[] outs) {
        double min = Double.POSITIVE_INFINITY;
        for (int p = 0; p < data.size(); p++) {
            min = Math.min(min, data.y()[p] * outs[p]);
        }
        return min;
    }

    /**
     * @param net the network
     * @param data the data
     * @return {@code min_j y_j N(x_j)}
     */
    public static double margin(BiasedNetwork net, Dataset data) {
        double min = Double.POSITIVE_INFINITY;
        for (int p = 0; p < data.size(); p++) {
            min = Math.min(min, data.y()[p] * net.output(data.x(), p * net.d));
        }
        return min;
    }
}
