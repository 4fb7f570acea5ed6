package org.reluspec.data;

/**
 * The toy training sets of MYV appendix E (catalogue section 6.1). Their labels are not given in the text (they
 * appear only in the figures, which the OCR does not recover); the suite uses alternating labels in the order the
 * points are listed, so that a separating network must bend between neighbours, and records this choice in spec/.
 */
public final class ToyDatasets {

    private ToyDatasets() {
    }

    /** @return E.2: 7 points equally spaced on {@code y = x} from (-1,-1) to (1,1) in R^2, labels alternating from +1 */
    public static Dataset line7() {
        double[] x = new double[14];
        double[] y = new double[7];
        for (int j = 0; j < 7; j++) {
            double t = -1 + j / 3.0;
            x[2 * j] = t;
            x[2 * j + 1] = t;
            y[j] = j % 2 == 0 ? 1 : -1;
        }
        return new Dataset(x, y, 2);
    }

    /**
     * @param z the third coordinate of every point: {@code 0} for E.4 (the x-y plane, a linear subspace) and
     *          {@code 0.5} for E.3 (an affine plane, outside the setting of Theorem A.2)
     * @return a 5x5 grid on {@code [-1,1]^2 x {z}} in R^3, checkerboard labels
     */
    public static Dataset grid5x5(double z) {
        double[] x = new double[75];
        double[] y = new double[25];
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                int j = 5 * a + b;
                x[3 * j] = -1 + a / 2.0;
                x[3 * j + 1] = -1 + b / 2.0;
                x[3 * j + 2] = z;
                y[j] = (a + b) % 2 == 0 ? 1 : -1;
            }
        }
        return new Dataset(x, y, 3);
    }
}
