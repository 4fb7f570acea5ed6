package org.reluspec.data;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.linalg.DataSubspace;
import org.reluspec.linalg.RowDots;

/**
 * Training sets on a linear subspace {@code P} (MYV setting): {@code x_j = B_P c_j} with {@code c_j ~ N(0, I_{d-ell})},
 * so {@code ||x_j||^2 ~ chi2_{d-ell}}, and labels either random signs or the signs of a random teacher network that
 * reads only the {@code P}-coordinates (so the labels are a function of the data, not noise).
 */
public final class SubspaceData {

    /** How labels are made. */
    public enum Labels {
        /** iid uniform signs. */
        RANDOM,
        /** {@code sign(sum_s a_s relu(g_s . c))} with 8 Gaussian teacher neurons and random signs {@code a_s}. */
        TEACHER
    }

    /**
     * Where the examples lie in {@code P}: the generic Gaussian draw, or a degenerate member of "every dataset in P".
     * The Gaussian coefficients are drawn in every case (the streams stay aligned) and then placed.
     */
    public enum Layout {
        /** {@code c_j ~ N(0, I)}: the generic case. */
        GAUSSIAN,
        /** Every example the zero vector (in every subspace). */
        ZERO,
        /** Every example equal to the first one, each with its own label (coinciding points, conflicting labels). */
        COINCIDING,
        /** Antipodal pairs {@code x_{2i+1} = -x_{2i}}. */
        ANTIPODAL
    }

    /** Width of the teacher network. */
    public static final int TEACHER_WIDTH = 8;

    private SubspaceData() {
    }

    /**
     * Draws, in this order: for each example its {@code d - ell} coefficients; then the labels (random: one boolean
     * each; teacher: the teacher's {@code TEACHER_WIDTH x (d-ell)} normals and signs).
     *
     * @param p the subspace
     * @param r number of examples
     * @param labels label rule
     * @param rng the stream
     * @return {@code r} examples in {@code P}
     */
    public static Dataset sample(DataSubspace p, int r, Labels labels, UniformRandomProvider rng) {
        return sample(p, r, labels, Layout.GAUSSIAN, rng);
    }

    /**
     * @param p the subspace
     * @param r number of examples
     * @param labels label rule
     * @param layout where the examples lie in {@code P}
     * @param rng the stream (drawn from exactly as by {@link #sample(DataSubspace, int, Labels, UniformRandomProvider)})
     * @return {@code r} examples in {@code P}
     */
    public static Dataset sample(DataSubspace p, int r, Labels labels, Layout layout, UniformRandomProvider rng) {
        int d = p.d();
        int n = d - p.ell();
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] c = new double[r][n];
        double[] x = new double[r * d];
        double[] row = new double[d];
        for (int j = 0; j < r; j++) {
            for (int k = 0; k < n; k++) {
                c[j][k] = g.sample();
            }
            for (int k = 0; k < n; k++) {
                c[j][k] = switch (layout) {
                    case GAUSSIAN -> c[j][k];
                    case ZERO -> 0;
                    case COINCIDING -> c[0][k];
                    case ANTIPODAL -> j % 2 == 1 ? -c[j - 1][k] : c[j][k];
                };
            }
            p.pointInP(c[j], row);
            System.arraycopy(row, 0, x, j * d, d);
        }
        double[] y = new double[r];
        if (labels == Labels.RANDOM) {
            for (int j = 0; j < r; j++) {
                y[j] = rng.nextBoolean() ? 1 : -1;
            }
        } else {
            double[] teacher = new double[TEACHER_WIDTH * n];
            double[] sign = new double[TEACHER_WIDTH];
            for (int s = 0; s < TEACHER_WIDTH; s++) {
                for (int k = 0; k < n; k++) {
                    teacher[s * n + k] = g.sample();
                }
                sign[s] = rng.nextBoolean() ? 1 : -1;
            }
            for (int j = 0; j < r; j++) {
                y[j] = teacherOutput(teacher, sign, n, c[j]) >= 0 ? 1 : -1;
            }
        }
        return new Dataset(x, y, d);
    }

    /**
     * @param teacher the teacher's neurons, row-major ({@code TEACHER_WIDTH x n})
     * @param sign the teacher's output signs {@code a_s}
     * @param n the dimension of {@code P}
     * @param c an example's coefficients in {@code P}
     * @return {@code sum_s a_s relu(g_s . c)}, each {@code g_s . c} summed left to right from {@code +0.0} and the
     *         neurons in order: the bits of the neuron-by-neuron loop. The eight sums are under way four at a time, so
     *         an addition waits only for the previous one into its own sum; {@code SubspaceDataProperties} checks the
     *         bits against that loop.
     */
    static double teacherOutput(double[] teacher, double[] sign, int n, double[] c) {
        double[] pre = new double[TEACHER_WIDTH];
        RowDots.fromStart(new double[TEACHER_WIDTH], teacher, TEACHER_WIDTH, n, c, 0, pre, 0);
        double out = 0;
        for (int s = 0; s < TEACHER_WIDTH; s++) {
            out += sign[s] * Math.max(0, pre[s]);
        }
        return out;
    }

    /**
     * @param p the subspace
     * @param rng draws {@code d - ell} normals
     * @return one test point {@code x0} in {@code P}
     */
    public static double[] testPoint(DataSubspace p, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] c = new double[p.d() - p.ell()];
        for (int k = 0; k < c.length; k++) {
            c[k] = g.sample();
        }
        double[] x = new double[p.d()];
        p.pointInP(c, x);
        return x;
    }
}
