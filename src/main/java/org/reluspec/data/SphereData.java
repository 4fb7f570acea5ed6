package org.reluspec.data;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Points uniform on the sphere {@code sqrt(d) S^{d-1}} (VYS's data) or on the unit sphere (WUMA's inputs), and their
 * largest absolute inner product.
 */
public final class SphereData {

    private SphereData() {
    }

    /**
     * Pairwise orthogonal points of norm {@code sqrt(d)}: {@code sqrt(d)} times the first {@code m} rows of a Haar
     * orthogonal matrix ({@code p = max |<x_i,x_j>|} at rounding level).
     *
     * @param d dimension
     * @param m number of points, at most {@code d}
     * @param rng the stream
     * @return the points, one per row
     */
    public static double[][] orthogonal(int d, int m, UniformRandomProvider rng) {
        org.hipparchus.linear.RealMatrix q = org.reluspec.linalg.HaarOrthogonal.sample(d, rng);
        double[][] x = new double[m][d];
        for (int i = 0; i < m; i++) {
            for (int t = 0; t < d; t++) {
                x[i][t] = Math.sqrt(d) * q.getEntry(i, t);
            }
        }
        return x;
    }

    /**
     * WUMA-style data: a teacher {@code u} uniform on the unit sphere, then {@code n} points uniform on it, labelled
     * {@code sign(u.x)} ({@code +1} at 0), all from {@code rng} in this order.
     *
     * @param d dimension
     * @param n number of points
     * @param rng the stream
     * @return the dataset
     */
    public static Dataset teacherLabelledUnit(int d, int n, UniformRandomProvider rng) {
        double[] teacher = sampleUnit(d, 1, rng)[0];
        double[][] xs = sampleUnit(d, n, rng);
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            y[j] = org.reluspec.kernel.Vectors.dot(teacher, 0, xs[j], 0, d) >= 0 ? 1 : -1;
        }
        return Dataset.ofRows(xs, y);
    }

    /**
     * As {@link #sample} on the unit sphere {@code S^{d-1}}.
     *
     * @param d dimension
     * @param m number of points
     * @param rng the stream
     * @return the points, one per row, each of norm 1
     */
    public static double[][] sampleUnit(int d, int m, UniformRandomProvider rng) {
        double[][] x = sample(d, m, rng);
        double scale = 1 / Math.sqrt(d);
        for (double[] row : x) {
            for (int k = 0; k < d; k++) {
                row[k] *= scale;
            }
        }
        return x;
    }

    /**
     * Draws {@code m x d} normals, row by row, and scales each row to norm {@code sqrt(d)}.
     *
     * @param d dimension
     * @param m number of points
     * @param rng the stream
     * @return the points, one per row
     */
    public static double[][] sample(int d, int m, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] x = new double[m][d];
        for (double[] row : x) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                row[k] = g.sample();
                s += row[k] * row[k];
            }
            double f = Math.sqrt(d / s);
            for (int k = 0; k < d; k++) {
                row[k] *= f;
            }
        }
        return x;
    }

    /**
     * @param x points, one per row
     * @return {@code p = max_{i != j} |<x_i, x_j>|}, 0 for fewer than two points
     */
    public static double maxAbsInnerProduct(double[][] x) {
        // each product summed left to right, as one at a time would; four at once so that the additions into the four
        // sums overlap instead of each waiting for the one before (the maximum does not depend on the order)
        double p = 0;
        for (int i = 0; i < x.length; i++) {
            double[] a = x[i];
            int j = i + 1;
            for (; j + 3 < x.length; j += 4) {
                double[] b0 = x[j];
                double[] b1 = x[j + 1];
                double[] b2 = x[j + 2];
                double[] b3 = x[j + 3];
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (int k = 0; k < a.length; k++) {
                    double ak = a[k];
                    s0 += ak * b0[k];
                    s1 += ak * b1[k];
                    s2 += ak * b2[k];
                    s3 += ak * b3[k];
                }
                p = Math.max(Math.max(p, Math.max(Math.abs(s0), Math.abs(s1))), Math.max(Math.abs(s2), Math.abs(s3)));
            }
            for (; j < x.length; j++) {
                double s = 0;
                for (int k = 0; k < a.length; k++) {
                    s += a[k] * x[j][k];
                }
                p = Math.max(p, Math.abs(s));
            }
        }
        return p;
    }
}
