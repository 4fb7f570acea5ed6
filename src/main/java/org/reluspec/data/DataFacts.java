package org.reluspec.data;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * What the theorems' hypotheses need to know about a dataset.
 *
 * @param d input dimension
 * @param r number of examples
 * @param rank dimension of the linear span of the inputs (numerical rank, tolerance {@code max(r,d) s_1 u})
 * @param affineRank dimension of their affine hull (rank of the centred inputs)
 * @param minNorm smallest {@code ||x_j||}
 * @param maxNorm largest {@code ||x_j||}
 * @param p {@code max_{i != j} |<x_i, x_j>|} (VYS), 0 for one example
 * @param c {@code min(|I+|, |I-|)/r} (VYS)
 */
public record DataFacts(int d, int r, int rank, int affineRank, double minNorm, double maxNorm, double p, double c) {

    /** @return the codimension {@code ell = d - rank} of the smallest linear subspace holding the data (MYV) */
    public int ell() {
        return d - rank;
    }

    /** @return whether the data lie on an affine plane that misses the origin (rank = affine rank + 1) */
    public boolean affineOnly() {
        return affineRank < rank;
    }

    /**
     * @param data a dataset
     * @return its facts
     */
    public static DataFacts of(Dataset data) {
        int d = data.d();
        int r = data.size();
        double[][] a = new double[r][];
        double[][] centred = new double[r][d];
        double[] mean = new double[d];
        for (int j = 0; j < r; j++) {
            a[j] = data.example(j);
            for (int k = 0; k < d; k++) {
                mean[k] += a[j][k] / r;
            }
        }
        double minNorm = Double.POSITIVE_INFINITY;
        double maxNorm = 0;
        int plus = 0;
        for (int j = 0; j < r; j++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                centred[j][k] = a[j][k] - mean[k];
                s += a[j][k] * a[j][k];
            }
            minNorm = Math.min(minNorm, Math.sqrt(s));
            maxNorm = Math.max(maxNorm, Math.sqrt(s));
            plus += data.y()[j] > 0 ? 1 : 0;
        }
        double p = 0;
        for (int i = 0; i < r; i++) {
            for (int j = i + 1; j < r; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += a[i][k] * a[j][k];
                }
                p = Math.max(p, Math.abs(s));
            }
        }
        return new DataFacts(d, r, rank(a, r, d), r > 1 ? rank(centred, r, d) : 0, minNorm, maxNorm, p,
                Math.min(plus, r - plus) / (double) r);
    }

    private static int rank(double[][] a, int r, int d) {
        double[] s = new SingularValueDecomposition(new Array2DRowRealMatrix(a, false)).getSingularValues();
        if (s.length == 0 || s[0] == 0) {
            return 0;
        }
        double tol = Math.max(r, d) * s[0] * 0x1.0p-52;
        int k = 0;
        for (double v : s) {
            if (v > tol) {
                k++;
            }
        }
        return k;
    }
}
