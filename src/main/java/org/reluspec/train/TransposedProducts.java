package org.reluspec.train;

import org.reluspec.data.Dataset;
import org.reluspec.kernel.TwoLayerNet;
import org.reluspec.linalg.Axpys;

/**
 * The reference products of full-batch training on {@code W^T} (row-major {@code d x k}, row {@code t} holding
 * coordinate {@code t} of every neuron), with the kernel's bits. On {@code W} each pre-activation is one sum over
 * {@code d} terms and each gradient row one short axpy per example, one neuron at a time; on {@code W^T} both are
 * term-after-term sums of whole rows of length {@code k}, which {@link Axpys#inTurn} adds many neurons at a time on
 * the Vector API. Every entry still receives its terms in the kernel's order, so nothing changes but the speed
 * (jqwik {@code TransposedProductsProperties} against the kernel, bit for bit). Entry-wise updates ({@code axpy},
 * {@code descend}) give the same bits on {@code W^T} as on {@code W}.
 */
final class TransposedProducts {

    private TransposedProducts() {
    }

    /** @return the {@code cols x rows} transpose of the row-major {@code rows x cols} {@code a} */
    static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[a.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = a[r * cols + c];
            }
        }
        return t;
    }

    /**
     * {@code pre[i k + j] = Vectors.dotFrom(b_j, w_j, x_i)} bit for bit: the kernel adds {@code w_jt x_it} to
     * {@code b_j} for {@code t = 0, 1, ...}, which is what adding the rows {@code x_it (W^T)_t} in turn to {@code b}
     * does to each entry.
     *
     * @param wt {@code W^T}, row-major {@code d x k}
     * @param b the biases, length {@code k}
     * @param data the set
     * @param pre receives the pre-activations, row-major {@code n x k}
     */
    static void preActivations(double[] wt, double[] b, Dataset data, double[] pre) {
        int d = data.d();
        int k = b.length;
        double[] x = new double[d];
        int[] rows = rowStarts(d, k);
        for (int i = 0; i < data.size(); i++) {
            System.arraycopy(b, 0, pre, i * k, k);
            System.arraycopy(data.x(), i * d, x, 0, d);
            Axpys.inTurn(x, rows, d, wt, pre, i * k, k);
        }
    }

    /**
     * The first-layer gradient, transposed, bit for bit: row {@code j} of the gradient receives {@code c_ij x_i} for
     * the active {@code i} in order, as the kernel's axpys in turn from {@code +0.0} would; here row {@code t} of its
     * transpose receives {@code x_it c_i} for every {@code i} in order. The inactive terms add {@code +-0.0}, which
     * changes no entry: a sum started at {@code +0.0} is never {@code -0.0}, and the inputs are finite.
     *
     * @param coefficients {@code c_ij} where neuron {@code j} is active at {@code x_i}, else {@code +0.0}; row-major
     *        {@code n x k}
     * @param data the set
     * @param k the width
     * @param gwt receives the gradient of {@code W^T}, row-major {@code d x k}
     */
    static void gradient(double[] coefficients, Dataset data, int k, double[] gwt) {
        int d = data.d();
        int n = data.size();
        double[] column = new double[n];
        int[] rows = rowStarts(n, k);
        java.util.Arrays.fill(gwt, 0.0);
        for (int t = 0; t < d; t++) {
            for (int i = 0; i < n; i++) {
                column[i] = data.x()[i * d + t];
            }
            Axpys.inTurn(column, rows, n, coefficients, gwt, t * k, k);
        }
    }

    /**
     * {@code out[i] = TwoLayerNet.outputFrom(start, v, pre, i k, k)} bit for bit, four examples at a time: each sum
     * waits on its previous addition, so four independent ones go in the time of one.
     *
     * @param start the output bias
     * @param v the output weights, at least {@code k}
     * @param pre the pre-activations, row-major {@code n x k}
     * @param n the number of examples
     * @param k the width
     * @param out receives the {@code n} outputs
     */
    static void outputs(double start, double[] v, double[] pre, int n, int k, double[] out) {
        int i = 0;
        for (; i + 3 < n; i += 4) {
            int p = i * k;
            int q = p + k;
            int r = q + k;
            int s = r + k;
            double o0 = start;
            double o1 = start;
            double o2 = start;
            double o3 = start;
            for (int j = 0; j < k; j++) {
                double vj = v[j];
                o0 += vj * Math.max(0.0, pre[p + j]);
                o1 += vj * Math.max(0.0, pre[q + j]);
                o2 += vj * Math.max(0.0, pre[r + j]);
                o3 += vj * Math.max(0.0, pre[s + j]);
            }
            out[i] = o0;
            out[i + 1] = o1;
            out[i + 2] = o2;
            out[i + 3] = o3;
        }
        for (; i < n; i++) {
            out[i] = TwoLayerNet.outputFrom(start, v, pre, i * k, k);
        }
    }

    /**
     * Adds example {@code row}'s terms of the output-layer and bias gradients, {@code scale h_j} to {@code gv[j]} and
     * {@code scale v_j} to {@code gb[j]}, for the neurons active there ({@code h_j > 0}), and writes the first-layer
     * coefficients of the row: {@code scale v_j} where active, else {@code +0.0}. The inactive neurons add
     * {@code +0.0}, which changes no sum started at {@code +0.0}: the same bits as skipping them.
     *
     * @param scale the example's factor of the loss derivative
     * @param v the output weights, at least {@code k}
     * @param pre the pre-activations, row-major {@code n x k}
     * @param row the example
     * @param k the width
     * @param gv the output-layer gradient, added to
     * @param gb the bias gradient, added to
     * @param coefficients receives row {@code row} of the coefficients, row-major {@code n x k}
     */
    static void addActiveTerms(double scale, double[] v, double[] pre, int row, int k, double[] gv, double[] gb,
            double[] coefficients) {
        int p = row * k;
        for (int j = 0; j < k; j++) {
            double h = pre[p + j];
            boolean active = h > 0;
            double c = keepIf(scale * v[j], active);
            gv[j] += keepIf(scale * h, active);
            gb[j] += c;
            coefficients[p + j] = c;
        }
    }

    /**
     * @param x a value
     * @param keep whether to keep it
     * @return {@code x}, or {@code +0.0} (without a branch: ReLU patterns are coin flips to a branch predictor); a
     *         sum started at {@code +0.0} is unchanged by adding {@code +0.0}
     */
    static double keepIf(double x, boolean keep) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & -(long) (keep ? 1 : 0));
    }

    private static int[] rowStarts(int rows, int length) {
        int[] starts = new int[rows];
        for (int r = 0; r < rows; r++) {
            starts[r] = r * length;
        }
        return starts;
    }
}
