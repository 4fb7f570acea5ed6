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
}
