package org.reluspec.kkt;

import org.reluspec.data.Dataset;
import org.reluspec.train.BiasedNetwork;

/**
 * Exact KKT points of VYS Problem (2), built from the stationarity equations, for testing the verifier and the
 * theorems that assume KKT points.
 *
 * <p>Antipodal pair: {@code x_1 = sqrt(d) e_1} with label +1 and {@code x_2 = -x_1} with label -1. Neurons of the
 * positive group ({@code v_j > 0}) are active on {@code x_1} only, with {@code w_j = lambda v_j x_1},
 * {@code b_j = lambda v_j}; the negative group mirrors it. The v-equation {@code v_j = lambda y_i relu(pre)} forces
 * {@code lambda = 1/sqrt(d+1)}, and the margin {@code y_i N(x_i) = 1} forces {@code sum_group v_j^2 = 1/sqrt(d+1)};
 * any split of that sum over the neurons of a group is a KKT point. Neurons with {@code w = b = v = 0} sit at a kink
 * on every example and are KKT too (every equation reads 0 = 0).
 */
public final class KktPoints {

    private KktPoints() {
    }

    /** @return the dataset {@code {(sqrt(d) e_1, +1), (-sqrt(d) e_1, -1)}} */
    public static Dataset antipodalPair(int d) {
        double[] x = new double[2 * d];
        x[0] = Math.sqrt(d);
        x[d] = -Math.sqrt(d);
        return new Dataset(x, new double[] {1, -1}, d);
    }

    /**
     * @param d input dimension, at least 2
     * @param positive shares of {@code sum v_j^2} among the positive group (each > 0)
     * @param negative shares among the negative group
     * @param dead neurons with all parameters 0
     * @return an exact KKT point for {@link #antipodalPair(int)}
     */
    public static BiasedNetwork antipodalKkt(int d, double[] positive, double[] negative, int dead) {
        int k = positive.length + negative.length + dead;
        double[] w = new double[k * d];
        double[] b = new double[k];
        double[] v = new double[k];
        double lambda = 1 / Math.sqrt(d + 1.0);
        double total = 1 / Math.sqrt(d + 1.0);
        double a = Math.sqrt(d);
        int j = 0;
        for (double[] group : new double[][] {positive, negative}) {
            double sum = 0;
            for (double f : group) {
                sum += f;
            }
            for (double f : group) {
                double vj = Math.sqrt(total * f / sum) * (group == positive ? 1 : -1);
                v[j] = vj;
                // positive: w = lambda v x_1, b = lambda v; negative: w = lambda y_2 v x_2 = lambda v x_1, b = -lambda v
                w[j * d] = lambda * vj * a;
                b[j] = group == positive ? lambda * vj : -lambda * vj;
                j++;
            }
        }
        return BiasedNetwork.of(w, b, v, 0);
    }

    /**
     * An exact KKT point for balanced orthogonal data, the setting of VYS Theorem 4.1 with {@code p = 0}: examples
     * {@code x_1..x_m} pairwise orthogonal with {@code ||x_i||^2 = d}, labels {@code +1} for the first {@code n = m/2}
     * and {@code -1} for the rest. Two neuron groups (split into copies by {@code sqrt} of the shares, which keeps the
     * function and stationarity): the positive group is active on {@code I+} and sits exactly on its kink at every
     * {@code x_i} of {@code I-} (and the mirror for the negative group), with
     * <pre>
     * a^4 = 1 / (d/n + d/(d+n)),  lambda = a^2/n,  s = n/(d+n),  b = a^3 d/(d+n),
     * w_+ = a lambda (U_+ - s U_-),  b_+ = b,  v_+ = a;   w_- = a lambda (U_- - s U_+),  b_- = b,  v_- = -a,
     * </pre>
     * where {@code U_+-} are the sums of the examples of each class, every {@code lambda_i = lambda} and the kink
     * subgradients are {@code s}. Derivation: the kink condition {@code -a lambda s d + b = 0}, the bias equation
     * {@code b = a lambda n (1 - s)}, the output equation {@code a = n lambda (a lambda d + b)} and the margin
     * {@code a (a lambda d + b) = 1}; every example is on the margin.
     *
     * @param x the examples, rows, pairwise orthogonal with squared norm {@code d}; the first half positive
     * @param positive shares of the positive group (each > 0)
     * @param negative shares of the negative group
     * @return the KKT point
     */
    public static BiasedNetwork orthogonalBalancedKkt(double[][] x, double[] positive, double[] negative) {
        int m = x.length;
        int d = x[0].length;
        if (m < 2 || m % 2 != 0) {
            throw new IllegalArgumentException("need an even number of examples, got " + m);
        }
        int n = m / 2;
        double a = Math.pow(1 / ((double) d / n + (double) d / (d + n)), 0.25);
        double lambda = a * a / n;
        double s = (double) n / (d + n);
        double b = a * a * a * d / (d + n);
        double[] plus = new double[d];
        double[] minus = new double[d];
        for (int i = 0; i < m; i++) {
            for (int t = 0; t < d; t++) {
                (i < n ? plus : minus)[t] += x[i][t];
            }
        }
        int k = positive.length + negative.length;
        double[] w = new double[k * d];
        double[] bias = new double[k];
        double[] v = new double[k];
        int j = 0;
        for (double[] group : new double[][] {positive, negative}) {
            boolean pos = group == positive;
            double sum = 0;
            for (double f : group) {
                sum += f;
            }
            for (double f : group) {
                double share = Math.sqrt(f / sum);
                for (int t = 0; t < d; t++) {
                    double own = pos ? plus[t] : minus[t];
                    double other = pos ? minus[t] : plus[t];
                    w[j * d + t] = share * a * lambda * (own - s * other);
                }
                bias[j] = share * b;
                v[j] = share * (pos ? a : -a);
                j++;
            }
        }
        return BiasedNetwork.of(w, bias, v, 0);
    }
}
