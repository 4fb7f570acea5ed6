package org.reluspec.kernel;

/**
 * Numerically stable losses of the margin {@code q = y N(x)} and their derivatives.
 *
 * <ul>
 *   <li>logistic: {@code L(q) = ln(1 + e^{-q}) = softplus(-q)}, {@code L'(q) = -1 / (1 + e^q)};</li>
 *   <li>exponential: {@code L(q) = e^{-q}}, {@code L'(q) = -e^{-q}}, with {@code ln L(q) = -q} for the
 *       log domain where losses reach {@code 1e-30} and below (VYS section 6).</li>
 * </ul>
 *
 * <p>Why the forms: {@code ln(1 + e^{-q})} evaluated naively overflows for {@code q < -709} and loses all digits
 * for {@code q > 37}; the split below is exact to rounding on the whole line. {@code -1/(1+e^q)} never overflows:
 * for {@code q > 709} it returns {@code -0.0}, for {@code q < -745} exactly {@code -1}.
 *
 * <p>These bodies call {@code Math.exp} and {@code Math.log1p}, for which KeY's library stubs have no contracts,
 * so their range contracts are listed as known-open in {@code proofs-checks/known-open.txt} and mirrored by
 * runtime tests ({@code LossesTest}).
 */
public final class Losses {

    private Losses() {
    }

    /*@ public normal_behavior
      @ requires !Double.isNaN(q);
      @ ensures \result >= 0.0;   // nonnegative
      @ assignable \strictly_nothing;
      @*/
    /**
     * The logistic loss {@code L(q) = ln(1 + e^{-q})}.
     *
     * @param q the margin {@code y N(x)}
     * @return the loss; {@code +infinity} only for {@code q = -infinity}
     */
    public static double logistic(double q) {
        if (q > 0.0) {
            return Math.log1p(Math.exp(-q));
        }
        return -q + Math.log1p(Math.exp(q));
    }

    /*@ public normal_behavior
      @ requires !Double.isNaN(q);
      @ ensures -1.0 <= \result && \result <= 0.0;   // bounded-derivative
      @ assignable \strictly_nothing;
      @*/
    /**
     * The derivative of the logistic loss, {@code L'(q) = -1 / (1 + e^q)}, always in {@code [-1, 0]}.
     *
     * @param q the margin {@code y N(x)}
     * @return {@code L'(q)}; NaN for NaN
     */
    public static double logisticDerivative(double q) {
        return -1.0 / (1.0 + Math.exp(q));
    }

    /*@ public normal_behavior
      @ requires !Double.isNaN(q);
      @ ensures \result >= 0.0;   // nonnegative
      @ assignable \strictly_nothing;
      @*/
    /**
     * The exponential loss {@code e^{-q}}; overflows to {@code +infinity} for {@code q < -709.78}.
     *
     * @param q the margin
     * @return {@code e^{-q}}
     */
    public static double exponential(double q) {
        return Math.exp(-q);
    }

    /*@ public normal_behavior
      @ requires !Double.isNaN(q);
      @ ensures \result <= 0.0;   // nonpositive
      @ assignable \strictly_nothing;
      @*/
    /**
     * The derivative of the exponential loss, {@code -e^{-q}}; {@code -infinity} for {@code q < -709.78},
     * which a training step rejects.
     *
     * @param q the margin
     * @return {@code -e^{-q}}
     */
    public static double exponentialDerivative(double q) {
        return -Math.exp(-q);
    }

    /*@ public normal_behavior
      @ ensures \result == -q;   // log-domain
      @ assignable \strictly_nothing;
      @*/
    /**
     * {@code ln(e^{-q}) = -q}: the exponential loss in the log domain, exact for every finite margin.
     *
     * @param q the margin
     * @return {@code -q}
     */
    public static double logExponential(double q) {
        return -q;
    }
}
