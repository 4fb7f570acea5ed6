package org.reluspec.linalg;

/** Bounds on the rounding of floating-point sums (Higham, Accuracy and Stability of Numerical Algorithms, ch. 3). */
public final class Rounding {

    private Rounding() {
    }

    /**
     * Higham's {@code gamma_n = n u / (1 - n u)}, {@code u = 2^-53} the unit roundoff of double: a sum of {@code n}
     * products computed in any order and with or without fused multiply-adds is within
     * {@code gamma_n sum |x_i y_i|} of the exact one.
     *
     * @param n the number of rounded operations in a chain
     * @return {@code gamma_n}
     */
    public static double gamma(int n) {
        double nu = n * 0x1p-53;
        return nu / (1 - nu);
    }
}
