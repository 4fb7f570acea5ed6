package org.reluspec.kkt;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.vector.constrained.ADMMQPOption;
import org.hipparchus.optim.nonlinear.vector.constrained.ADMMQPOptimizer;
import org.hipparchus.optim.nonlinear.vector.constrained.LinearInequalityConstraint;
import org.hipparchus.optim.nonlinear.vector.constrained.QuadraticFunction;
import org.reluspec.data.Dataset;
import org.reluspec.train.BiasedNetwork;
import org.reluspec.kernel.KktConditions;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * KKT stationarity of VYS Problem (2), {@code min (1/2)||theta||^2 s.t. y_i Phi(theta; x_i) >= 1}, checked on any
 * depth-2 network with biases {@code N(x) = sum_j v_j relu(w_j . x + b_j)} (no output bias: the network must be
 * 2-homogeneous). Steps:
 * <ol>
 *   <li>normalize: {@code theta <- theta / sqrt(min_i y_i N(x_i))}, so the smallest margin is 1 (2-homogeneity);</li>
 *   <li>the margin set {@code I = {i : y_i N(x_i) <= 1 + marginTolerance}};</li>
 *   <li>find multipliers {@code lambda_i >= 0} ({@code i in I}) and, at exact kinks ({@code |w_j . x_i + b_j| <=
 *       kinkTolerance}), the products {@code mu_ij = lambda_i sigma'_ij in [0, lambda_i]} that best satisfy
 *       stationarity {@code theta = sum_i lambda_i grad_theta(y_i N(x_i))} (VYS Eqs. (9), (10) and the v-equation):
 *       a constrained least-squares problem, solved exactly by Lawson-Hanson NNLS ({@link Nnls}, least squares on
 *       the passive set with Hipparchus' QR) and, only when a kink product then exceeds its multiplier, by Hipparchus'
 *       ADMM QP solver with both constraint families;</li>
 *   <li>report the relative stationarity residual, complementary slackness, the margin set and balancedness
 *       {@code |v_j|^2 = ||w_j||^2 + b_j^2} (a consequence of stationarity).</li>
 * </ol>
 */
public final class KktVerifier {

    /**
     * @param marginTolerance examples with normalized margin at most {@code 1 + marginTolerance} form the margin set
     * @param kinkTolerance pre-activations within this of 0 are kinks with a free subgradient
     * @param residualTolerance the report calls the point KKT when the relative residual and the imbalance are below
     */
    public record Settings(double marginTolerance, double kinkTolerance, double residualTolerance) {

        /** @return defaults for exact or constructed points: margins and kinks to 1e-9, residual 1e-8 */
        public static Settings exact() {
            return new Settings(1e-9, 1e-9, 1e-8);
        }
    }

    /**
     * What the verifier found.
     *
     * @param scale the factor theta was multiplied by to make the smallest margin 1
     * @param marginSet indices of the margin set
     * @param lambda the multiplier of each margin-set example (same order)
     * @param relativeResidual {@code ||theta - sum_i lambda_i grad(y_i N(x_i))|| / ||theta||}
     * @param complementarySlackness {@code max_{i in I} lambda_i (y_i N(x_i) - 1)} after normalization
     * @param imbalance {@code max_j | |v_j|^2 - ||w_j||^2 - b_j^2 | / (|v_j|^2 + ||w_j||^2 + b_j^2)}
     * @param kinks number of (example, neuron) pairs at a kink
     * @param kkt whether residual and imbalance are below the tolerance and every multiplier is non-negative
     * @param normalized the network scaled so that the smallest margin is 1 (the point the multipliers belong to)
     * @param neuronMass {@code A_j = sum_{i in I} lambda_i sigma'_ij} per neuron (kink products included), the
     *                   quantity VYS Lemmas C.2-C.4 and C.7 bound
     */
    public record Report(double scale, int[] marginSet, double[] lambda, double relativeResidual,
                         double complementarySlackness, double imbalance, int kinks, boolean kkt,
                         BiasedNetwork normalized, double[] neuronMass) {
    }

    private KktVerifier() {
    }

    /**
     * @param net the network (its output bias must be 0)
     * @param data the dataset
     * @param s tolerances
     * @return the report
     * @throws ReluSpecArgumentException when the network does not separate the data (no scaling is feasible), has an
     *         output bias, or does not match the data's dimension
     */
    public static Report verify(BiasedNetwork net, Dataset data, Settings s) {
        int d = net.d();
        int k = net.m();
        if (data.d() != d) {
            throw new ReluSpecArgumentException(Violation.DIMENSION_MISMATCH, "network input vs data", d, data.d());
        }
        if (net.outputBias() != 0) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, "network field c", "must be 0: Problem (2) is "
                    + "about 2-homogeneous networks (no output bias)");
        }
        int n = data.size();
        double qMin = Double.POSITIVE_INFINITY;
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = data.y()[i] * net.output(data.x(), i * d);
            qMin = Math.min(qMin, q[i]);
        }
        if (!(qMin > 0)) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, "network vs data", "the network does not "
                    + "separate the data (smallest margin " + qMin + "): no scaling is feasible for Problem (2)");
        }
        double scale = 1 / Math.sqrt(qMin);
        double[] w = net.firstLayer().clone();
        double[] b = net.biases().clone();
        double[] v = net.outputWeights().clone();
        for (int t = 0; t < w.length; t++) {
            w[t] *= scale;
        }
        for (int j = 0; j < k; j++) {
            b[j] *= scale;
            v[j] *= scale;
        }
        int dim = k * (d + 2);   // theta = (w_1..w_k, b, v)
        double[] theta = new double[dim];
        System.arraycopy(w, 0, theta, 0, w.length);
        System.arraycopy(b, 0, theta, k * d, k);
        System.arraycopy(v, 0, theta, k * d + k, k);

        List<Integer> margin = new ArrayList<>();
        boolean[] onMargin = new boolean[n];
        KktConditions.markMarginSet(q, qMin, s.marginTolerance(), onMargin);
        for (int i = 0; i < n; i++) {
            if (onMargin[i]) {
                margin.add(i);
            }
        }
        // Columns: one per margin example (its gradient with sigma' = 1[pre > 0] off the kinks), then one per kink pair.
        List<double[]> cols = new ArrayList<>();
        List<int[]> kinkPairs = new ArrayList<>();   // {column index of lambda_i, i, j}
        for (int a = 0; a < margin.size(); a++) {
            int i = margin.get(a);
            double y = data.y()[i];
            double[] g = new double[dim];
            for (int j = 0; j < k; j++) {
                double pre = b[j];
                for (int c = 0; c < d; c++) {
                    pre += w[j * d + c] * data.x()[i * d + c];
                }
                if (Math.abs(pre) <= s.kinkTolerance()) {
                    kinkPairs.add(new int[] {a, i, j});
                } else if (pre > 0) {
                    for (int c = 0; c < d; c++) {
                        g[j * d + c] = y * v[j] * data.x()[i * d + c];
                    }
                    g[k * d + j] = y * v[j];
                    g[k * d + k + j] = y * pre;
                }
            }
            cols.add(g);
        }
        for (int[] kp : kinkPairs) {
            double y = data.y()[kp[1]];
            int j = kp[2];
            double[] g = new double[dim];
            for (int c = 0; c < d; c++) {
                g[j * d + c] = y * v[j] * data.x()[kp[1] * d + c];
            }
            g[k * d + j] = y * v[j];
            cols.add(g);
        }
        double[] z = solve(cols, theta, margin.size(), kinkPairs);
        double[] fitted = new double[dim];
        for (int c = 0; c < cols.size(); c++) {
            for (int r = 0; r < dim; r++) {
                fitted[r] += z[c] * cols.get(c)[r];
            }
        }
        double res = 0;
        double norm = 0;
        for (int r = 0; r < dim; r++) {
            res = KktConditions.addSquaredDifference(res, theta[r], fitted[r]);
            norm += theta[r] * theta[r];
        }
        double relRes = Math.sqrt(res / norm);
        double slack = 0;
        double[] lambda = new double[margin.size()];
        int[] set = new int[margin.size()];
        for (int a = 0; a < margin.size(); a++) {
            lambda[a] = z[a];
            set[a] = margin.get(a);
            slack = Math.max(slack, z[a] * (q[margin.get(a)] / qMin - 1));
        }
        double imbalance = 0;
        for (int j = 0; j < k; j++) {
            double ww = b[j] * b[j];
            for (int c = 0; c < d; c++) {
                ww += w[j * d + c] * w[j * d + c];
            }
            double total = v[j] * v[j] + ww;
            imbalance = Math.max(imbalance, total == 0 ? 0 : Math.abs(v[j] * v[j] - ww) / total);
        }
        double[] mass = new double[k];
        for (int a = 0; a < margin.size(); a++) {
            for (int j = 0; j < k; j++) {
                if (cols.get(a)[k * d + j] != 0) {   // active off the kinks: sigma' = 1
                    mass[j] += z[a];
                }
            }
        }
        for (int t = 0; t < kinkPairs.size(); t++) {
            mass[kinkPairs.get(t)[2]] += z[margin.size() + t];
        }
        return new Report(scale, set, lambda, relRes, slack, imbalance, kinkPairs.size(),
                relRes <= s.residualTolerance() && imbalance <= s.residualTolerance()
                        && KktConditions.nonNegative(lambda),
                BiasedNetwork.of(w, b, v, 0), mass);
    }

    /**
     * Constrained least squares {@code min ||A z - theta||} over {@code z >= 0} with {@code mu_ij <= lambda_i} at kinks:
     * Lawson-Hanson NNLS (exact active-set method; Hipparchus has none) for {@code z >= 0}; when a kink product then
     * exceeds its multiplier, Hipparchus' ADMM QP solver with both constraint families decides instead.
     */
    private static double[] solve(List<double[]> cols, double[] theta, int nLambda, List<int[]> kinks) {
        int nz = cols.size();
        if (nz == 0) {
            return new double[0];
        }
        double[] z = Nnls.solve(cols, theta);
        boolean kinksOk = true;
        for (int t = 0; t < kinks.size(); t++) {
            kinksOk &= z[nLambda + t] <= z[kinks.get(t)[0]] * (1 + 1e-12) + 1e-300;
        }
        if (kinksOk) {
            return z;
        }
        double[][] p = new double[nz][nz];
        double[] lin = new double[nz];
        for (int a = 0; a < nz; a++) {
            for (int c = a; c < nz; c++) {
                double s = 0;
                for (int r = 0; r < theta.length; r++) {
                    s += cols.get(a)[r] * cols.get(c)[r];
                }
                p[a][c] = s;
                p[c][a] = s;
            }
            double s = 0;
            for (int r = 0; r < theta.length; r++) {
                s += cols.get(a)[r] * theta[r];
            }
            lin[a] = -s;
        }
        int nc = nz + kinks.size();
        double[][] a = new double[nc][nz];
        double[] lower = new double[nc];
        for (int t = 0; t < nz; t++) {
            a[t][t] = 1;
        }
        for (int t = 0; t < kinks.size(); t++) {
            a[nz + t][kinks.get(t)[0]] = 1;
            a[nz + t][nLambda + t] = -1;
        }
        try {
            ADMMQPOption option = new ADMMQPOption();
            option.setPolishing(false);   // Hipparchus 4.0.2's polishing fails on simple problems (see MinimalOffManifoldFlip)
            option.setEps(1e-9);
            return new ADMMQPOptimizer().optimize(new ObjectiveFunction(new QuadraticFunction(p, lin, 0)),
                    new LinearInequalityConstraint(a, lower), option, new org.hipparchus.optim.MaxIter(5_000))
                    .getX().toArray();
        } catch (org.hipparchus.exception.MathIllegalStateException e) {
            return z;   // no convergence: report the NNLS solution (its kink products may exceed the multipliers)
        }
    }

    private static double residual(List<double[]> cols, double[] theta, double[] z) {
        double res = 0;
        for (int r = 0; r < theta.length; r++) {
            double f = 0;
            for (int c = 0; c < cols.size(); c++) {
                f += z[c] * cols.get(c)[r];
            }
            res += (theta[r] - f) * (theta[r] - f);
        }
        return res;
    }
}
