package org.reluspec.linalg;

import org.reluspec.kernel.TwoLayerNet;
import org.reluspec.kernel.Vectors;

/**
 * The products of every row of a matrix with one vector, each summed exactly as the kernel sums one row
 * ({@link Vectors#dotFourWay}, {@link Vectors#dotFrom}), so the bits are the kernel's. The kernel's loops are bound by
 * the latency of their additions (each addition waits for the previous one into the same sum); four rows at once give
 * the CPU four times as many independent sums. Not kernel methods: KeY would have to prove four rows of accumulators
 * equal to four calls; the property test {@code RowDotsProperties} checks exactly that, bit for bit.
 */
public final class RowDots {

    private static final boolean LANES = !Boolean.getBoolean("reluspec.scalarDots")
            && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() && Lanes.accelerated();

    private RowDots() {
    }

    /**
     * @param w the matrix, row-major: row {@code s} is {@code w[s d .. s d + d)}
     * @param rows number of rows
     * @param d row length
     * @param x the vector, at least {@code d} long
     * @param out receives {@code Vectors.dotFourWay(w, s d, x, 0, d)} at {@code s}, for every row
     */
    public static void fourWay(double[] w, int rows, int d, double[] x, double[] out) {
        fourWay(w, 0, rows, d, x, out);
    }

    /**
     * The rows {@code from .. to - 1} only: a product with several vectors goes through the rows a few at a time, each
     * few with every vector, while they are in the cache.
     *
     * @param w the matrix, row-major: row {@code s} is {@code w[s d .. s d + d)}
     * @param from first row
     * @param to one past the last row
     * @param d row length
     * @param x the vector, at least {@code d} long
     * @param out receives {@code Vectors.dotFourWay(w, s d, x, 0, d)} at {@code s}, for {@code from <= s < to}
     */
    public static void fourWay(double[] w, int from, int to, int d, double[] x, double[] out) {
        if (LANES) {
            Lanes.fourWay(w, from, to, d, x, out);
        } else {
            fourWayScalar(w, from, to, d, x, out);
        }
    }

    /**
     * @return whether {@link #fourWay} and {@link Axpys#inTurn} run on the Vector API ({@link Lanes}): the JVM was
     *         started with {@code --add-modules jdk.incubator.vector} (the build's tests are, {@code ci/bench.sh} is),
     *         the CPU has 256-bit vectors, and {@code -Dreluspec.scalarDots=true} was not given. Either way the bits
     *         are the kernel's; the lanes only compute side by side what the scalar loops compute one after another.
     */
    public static boolean lanes() {
        return LANES;
    }

    /** {@link #fourWay} without the Vector API: four rows at a time, sixteen scalar sums. */
    static void fourWayScalar(double[] w, int from, int to, int d, double[] x, double[] out) {
        int s = from;
        for (; s + 3 < to; s += 4) {
            int p = s * d;
            int q = p + d;
            int r = q + d;
            int t = r + d;
            double p0 = 0.0, p1 = 0.0, p2 = 0.0, p3 = 0.0;
            double q0 = 0.0, q1 = 0.0, q2 = 0.0, q3 = 0.0;
            double r0 = 0.0, r1 = 0.0, r2 = 0.0, r3 = 0.0;
            double t0 = 0.0, t1 = 0.0, t2 = 0.0, t3 = 0.0;
            int i = 0;
            for (; i + 3 < d; i += 4) {
                double x0 = x[i];
                double x1 = x[i + 1];
                double x2 = x[i + 2];
                double x3 = x[i + 3];
                p0 += w[p + i] * x0;
                p1 += w[p + i + 1] * x1;
                p2 += w[p + i + 2] * x2;
                p3 += w[p + i + 3] * x3;
                q0 += w[q + i] * x0;
                q1 += w[q + i + 1] * x1;
                q2 += w[q + i + 2] * x2;
                q3 += w[q + i + 3] * x3;
                r0 += w[r + i] * x0;
                r1 += w[r + i + 1] * x1;
                r2 += w[r + i + 2] * x2;
                r3 += w[r + i + 3] * x3;
                t0 += w[t + i] * x0;
                t1 += w[t + i + 1] * x1;
                t2 += w[t + i + 2] * x2;
                t3 += w[t + i + 3] * x3;
            }
            for (; i < d; i++) {   // the kernel adds the tail to its first partial sum
                p0 += w[p + i] * x[i];
                q0 += w[q + i] * x[i];
                r0 += w[r + i] * x[i];
                t0 += w[t + i] * x[i];
            }
            out[s] = (p0 + p1) + (p2 + p3);
            out[s + 1] = (q0 + q1) + (q2 + q3);
            out[s + 2] = (r0 + r1) + (r2 + r3);
            out[s + 3] = (t0 + t1) + (t2 + t3);
        }
        for (; s < to; s++) {
            out[s] = Vectors.dotFourWay(w, s * d, x, 0, d);
        }
    }

    /**
     * {@link #fourWay}'s products and, in the same pass over {@code w}, the input gradient from them with
     * {@link TwoLayerNet#inputGradientAt}'s bits: the rows with {@code h_s >= 0} are added to {@code g}
     * ({@code v_s w_s}, in row order, as {@link Axpys#inTurn} adds) four at a time, while they are still in the
     * cache. A large {@code w} is then read from memory once per step of an attack, not twice.
     *
     * @param w the matrix, row-major: row {@code s} is {@code w[s d .. s d + d)}
     * @param rows number of rows
     * @param d row length
     * @param x the vector, at least {@code d} long
     * @param v the output weights, at least {@code rows} long
     * @param h receives {@code Vectors.dotFourWay(w, s d, x, 0, d)} at {@code s}, for every row
     * @param g receives {@code TwoLayerNet.inputGradientAt(w, v, d, rows, h, 0, g)}, length {@code d}
     */
    public static void fourWayAndGradient(double[] w, int rows, int d, double[] x, double[] v, double[] h,
                                          double[] g) {
        java.util.Arrays.fill(g, 0.0);
        double[] alpha = new double[8];
        int[] offsets = new int[8];
        int terms = 0;
        for (int s = 0; s < rows; s += 4) {
            int to = Math.min(s + 4, rows);
            fourWay(w, s, to, d, x, h);
            for (int t = s; t < to; t++) {
                if (h[t] >= 0.0) {
                    alpha[terms] = v[t];
                    offsets[terms++] = t * d;
                }
            }
            if (terms >= 4) {   // four active rows per pass over g; the rest wait for the next group's
                Axpys.inTurn(alpha, offsets, 4, w, g, 0, d);
                terms -= 4;
                System.arraycopy(alpha, 4, alpha, 0, terms);
                System.arraycopy(offsets, 4, offsets, 0, terms);
            }
        }
        Axpys.inTurn(alpha, offsets, terms, w, g, 0, d);
    }

    /**
     * @param b the starting values, one per row (the biases)
     * @param w the matrix, row-major: row {@code j} is {@code w[j d .. j d + d)}
     * @param rows number of rows
     * @param d row length
     * @param x the vector, at {@code off}
     * @param off where the vector starts in {@code x}
     * @param out receives {@code Vectors.dotFrom(b[j], w, j d, x, off, d)} at {@code outOff + j}, for every row
     * @param outOff where the results start in {@code out}
     */
    public static void fromStart(double[] b, double[] w, int rows, int d, double[] x, int off, double[] out,
                                 int outOff) {
        int j = 0;
        for (; j + 3 < rows; j += 4) {
            int p = j * d;
            int q = p + d;
            int r = q + d;
            int t = r + d;
            double sp = b[j];
            double sq = b[j + 1];
            double sr = b[j + 2];
            double st = b[j + 3];
            for (int k = 0; k < d; k++) {
                double xk = x[off + k];
                sp += w[p + k] * xk;
                sq += w[q + k] * xk;
                sr += w[r + k] * xk;
                st += w[t + k] * xk;
            }
            out[outOff + j] = sp;
            out[outOff + j + 1] = sq;
            out[outOff + j + 2] = sr;
            out[outOff + j + 3] = st;
        }
        // the last two or three rows together too (a MYV network of width 2 or 3 has nothing but these); with two
        // left, the third sum repeats the second row's and is not written
        int left = rows - j;
        if (left >= 2) {
            int p = j * d;
            int q = p + d;
            int r = left == 3 ? q + d : q;
            double sp = b[j];
            double sq = b[j + 1];
            double sr = b[j + left - 1];
            for (int k = 0; k < d; k++) {
                double xk = x[off + k];
                sp += w[p + k] * xk;
                sq += w[q + k] * xk;
                sr += w[r + k] * xk;
            }
            out[outOff + j] = sp;
            out[outOff + j + 1] = sq;
            if (left == 3) {
                out[outOff + j + 2] = sr;
            }
        } else if (left == 1) {
            out[outOff + j] = Vectors.dotFrom(b[j], w, j * d, x, off, d);
        }
    }
}
