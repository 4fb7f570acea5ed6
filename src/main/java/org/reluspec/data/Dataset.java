package org.reluspec.data;

import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * A labelled training set in {@code R^d}: example {@code j} is {@code x[j*d .. j*d+d-1]} with label {@code y[j]} in
 * {@code {-1, +1}}. The flat row-major layout is the kernel's ({@link org.reluspec.kernel.GradientStep}).
 *
 * @param x flat {@code r x d} inputs
 * @param y labels, {@code +-1}
 * @param d input dimension
 */
public record Dataset(double[] x, double[] y, int d) {

    /** Validates the shape, the labels and the finiteness of every input. */
    public Dataset {
        if (d < 1 || x.length != y.length * d) {
            throw new ReluSpecArgumentException(Violation.DIMENSION_MISMATCH, "dataset inputs", x.length,
                    (long) y.length * d);
        }
        for (int j = 0; j < y.length; j++) {
            if (y[j] != 1.0 && y[j] != -1.0) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, "dataset label " + j,
                        "label " + y[j] + " is not +1 or -1");
            }
        }
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k])) {
                throw new ReluSpecArgumentException(Violation.PARAMETER_NAN, "dataset input " + k / d
                        + " coordinate " + k % d);
            }
        }
    }

    /**
     * @param rows one example per row, all of the same length {@code d}
     * @param y labels, +-1
     * @return the dataset with the rows flattened
     */
    public static Dataset ofRows(double[][] rows, double[] y) {
        int d = rows[0].length;
        double[] x = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, x, i * d, d);
        }
        return new Dataset(x, y, d);
    }

    /** @return the number of examples {@code r} */
    public int size() {
        return y.length;
    }

    /**
     * @param j example index
     * @return a copy of {@code x_j}
     */
    public double[] example(int j) {
        return java.util.Arrays.copyOfRange(x, j * d, j * d + d);
    }
}
