package org.reluspec.kkt;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;

/**
 * Non-negative least squares {@code min ||A z - b||, z >= 0} by the active-set method of Lawson and Hanson
 * ("Solving Least Squares Problems", 1974, ch. 23). The columns of {@code A} are long (one entry per network
 * parameter) and few (one per margin example), so the method works on the Gram matrix {@code G = A^T A} and
 * {@code h = A^T b}, computed once; each passive-set subproblem {@code G_PP s = h_P} is solved with Hipparchus' QR
 * decomposition of the small matrix {@code G_PP}. Finite termination; at the solution the gradient
 * {@code h - G z} is {@code <= 0} on the zero set and {@code = 0} on the passive set, to rounding.
 */
final class Nnls {

    private Nnls() {
    }

    /**
     * @param cols the columns of {@code A}
     * @param b the right-hand side
     * @return the minimizer
     */
    static double[] solve(List<double[]> cols, double[] b) {
        int n = cols.size();
        double[][] g = new double[n][n];
        double[] h = new double[n];
        for (int a = 0; a < n; a++) {
            for (int c = a; c < n; c++) {
                double s = 0;
                for (int t = 0; t < b.length; t++) {
                    s += cols.get(a)[t] * cols.get(c)[t];
                }
                g[a][c] = s;
                g[c][a] = s;
            }
            double s = 0;
            for (int t = 0; t < b.length; t++) {
                s += cols.get(a)[t] * b[t];
            }
            h[a] = s;
        }
        double scale = 0;
        for (int a = 0; a < n; a++) {
            scale = Math.max(scale, Math.abs(h[a]));
        }
        double tol = 1e-12 * Math.max(scale, 1e-300);
        double[] z = new double[n];
        boolean[] passive = new boolean[n];
        for (int outer = 0; outer < 3 * n + 10; outer++) {
            int best = -1;
            double bestW = tol;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && g[j][j] > 0) {
                    double w = h[j];
                    for (int c = 0; c < n; c++) {
                        w -= g[j][c] * z[c];
                    }
                    if (w > bestW) {
                        bestW = w;
                        best = j;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            passive[best] = true;
            for (int inner = 0; inner < 3 * n + 10; inner++) {
                double[] s = passiveSolve(g, h, passive);
                boolean allPositive = true;
                for (int j = 0; j < n; j++) {
                    allPositive &= !passive[j] || s[j] > 0;
                }
                if (allPositive) {
                    z = s;
                    break;
                }
                double alpha = 1;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && s[j] <= 0) {
                        alpha = Math.min(alpha, z[j] / (z[j] - s[j]));
                    }
                }
                for (int j = 0; j < n; j++) {
                    z[j] += alpha * (s[j] - z[j]);
                    if (passive[j] && z[j] <= 0) {
                        passive[j] = false;
                        z[j] = 0;
                    }
                }
            }
        }
        return z;
    }

    private static double[] passiveSolve(double[][] g, double[] h, boolean[] passive) {
        List<Integer> idx = new ArrayList<>();
        for (int j = 0; j < passive.length; j++) {
            if (passive[j]) {
                idx.add(j);
            }
        }
        double[][] a = new double[idx.size()][idx.size()];
        double[] rhs = new double[idx.size()];
        for (int r = 0; r < idx.size(); r++) {
            rhs[r] = h[idx.get(r)];
            for (int c = 0; c < idx.size(); c++) {
                a[r][c] = g[idx.get(r)][idx.get(c)];
            }
        }
        double[] sol = new QRDecomposition(new Array2DRowRealMatrix(a, false), 1e-15).getSolver()
                .solve(new ArrayRealVector(rhs, false)).toArray();
        double[] s = new double[passive.length];
        for (int c = 0; c < idx.size(); c++) {
            s[idx.get(c)] = sol[c];
        }
        return s;
    }
}
