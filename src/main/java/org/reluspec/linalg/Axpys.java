package org.reluspec.linalg;

import org.reluspec.kernel.TwoLayerNet;
import org.reluspec.kernel.Vectors;

/**
 * Several {@code y += alpha_j x_j} into one vector, term after term, with the bits of one {@link Vectors#axpy} per term
 * in turn: every entry of {@code y} receives the terms in the same order, each addition rounded as the kernel rounds
 * it ({@code y + alpha x}, no fused multiply-add). Calling the kernel once per term reads and writes {@code y} once per
 * term; here each entry is read once, receives up to four terms in a register, and is written once. Not a kernel
 * method: the property test {@code AxpysProperties} checks it against the kernel calls, bit for bit.
 */
public final class Axpys {

    private Axpys() {
    }

    /**
     * {@link TwoLayerNet#inputGradientAt}'s result, bit for bit: {@code out = sum_j v_j w_j} over the rows with
     * {@code h_j >= 0}, in row order, each row added as {@link Vectors#axpy} adds it, four rows per pass over
     * {@code out}.
     *
     * @param w flat first-layer weights, {@code m x d}
     * @param v output weights, at least {@code m}
     * @param d input dimension
     * @param m width
     * @param h array holding the pre-activations at {@code h[hOffset .. hOffset + m - 1]}
     * @param hOffset where they start
     * @param out receives the gradient, length {@code d}
     */
    public static void inputGradientAt(double[] w, double[] v, int d, int m, double[] h, int hOffset, double[] out) {
        double[] alpha = new double[m];
        int[] rows = new int[m];
        int terms = 0;
        for (int j = 0; j < m; j++) {
            if (h[hOffset + j] >= 0.0) {
                alpha[terms] = v[j];
                rows[terms++] = j * d;
            }
        }
        java.util.Arrays.fill(out, 0.0);
        inTurn(alpha, rows, terms, w, out, 0, d);
    }

    /**
     * @param alpha the coefficients, {@code alpha[j]} for term {@code j}
     * @param xOffsets where term {@code j}'s vector starts in {@code x}
     * @param terms number of terms (the first {@code terms} entries of {@code alpha} and {@code xOffsets})
     * @param x the vectors
     * @param y the vector added to; not {@code x} (as for the kernel's axpy)
     * @param yOffset where it starts
     * @param n its length
     */
    public static void inTurn(double[] alpha, int[] xOffsets, int terms, double[] x, double[] y, int yOffset,
                              int n) {
        inTurn(alpha, xOffsets, terms, x, y, yOffset, n, RowDots.lanes());
    }

    /**
     * {@link #inTurn}, the entries that fill whole vectors on the Vector API when {@code lanes} ({@link Lanes}), the
     * rest in the scalar loops: four terms per pass, then two, then the kernel's axpy. Every entry receives its terms
     * in order either way, so the split does not change a bit.
     */
    static void inTurn(double[] alpha, int[] xOffsets, int terms, double[] x, double[] y, int yOffset, int n,
                       boolean lanes) {
        int from = lanes ? Lanes.inTurn(alpha, xOffsets, terms, x, y, yOffset, n) : 0;
        int j = 0;
        for (; j + 3 < terms; j += 4) {
            double a0 = alpha[j];
            double a1 = alpha[j + 1];
            double a2 = alpha[j + 2];
            double a3 = alpha[j + 3];
            int o0 = xOffsets[j];
            int o1 = xOffsets[j + 1];
            int o2 = xOffsets[j + 2];
            int o3 = xOffsets[j + 3];
            for (int k = from; k < n; k++) {
                double v = y[yOffset + k];
                v = v + a0 * x[o0 + k];
                v = v + a1 * x[o1 + k];
                v = v + a2 * x[o2 + k];
                v = v + a3 * x[o3 + k];
                y[yOffset + k] = v;
            }
        }
        if (j + 1 < terms) {
            double a0 = alpha[j];
            double a1 = alpha[j + 1];
            int o0 = xOffsets[j];
            int o1 = xOffsets[j + 1];
            for (int k = from; k < n; k++) {
                double v = y[yOffset + k];
                v = v + a0 * x[o0 + k];
                v = v + a1 * x[o1 + k];
                y[yOffset + k] = v;
            }
            j += 2;
        }
        if (j < terms) {
            Vectors.axpy(alpha[j], x, xOffsets[j] + from, y, yOffset + from, n - from);
        }
    }
}
