package org.reluspec.kernel;

/**
 * The decisions of the KKT check of VYS Problem (2) ({@code min ||theta||^2 / 2} subject to {@code y_i N(x_i) >= 1}),
 * written as small methods with contracts KeY proves, so that what the verifier decides is what the contracts say:
 * which examples form the margin set (an exact {@code <==>} with the tolerance, the set complementary slackness is
 * taken over), whether the multipliers are non-negative, and that the squared stationarity residual is never negative.
 * The floating-point bound {@code ||theta - sum_i lambda_i grad(y_i N(x_i))|| <= tol} itself stays a run-time check
 * (its value depends on the least-squares solver's rounding).
 *
 * <p>Kernel layer: Java-5-level syntax, no dependencies.
 */
public final class KktConditions {

    private KktConditions() {
    }

    /*@ public normal_behavior
      @ requires q != null && onMargin != null;
      @ requires q.length == onMargin.length;
      @ ensures (\forall int i; 0 <= i && i < q.length; onMargin[i] <==> q[i] / qMin <= 1.0 + tolerance);
      @ assignable onMargin[*];
      @*/
    /**
     * Marks the margin set of a normalized network: example {@code i} is on the margin when its margin, divided by the
     * smallest one, is at most {@code 1 + tolerance}.
     *
     * @param q the margins {@code y_i N(x_i)}
     * @param qMin the smallest margin (the normalization divides by it)
     * @param tolerance how far above 1 a normalized margin may be and still count
     * @param onMargin receives the membership of each example
     */
    public static void markMarginSet(double[] q, double qMin, double tolerance, boolean[] onMargin) {
        /*@ loop_invariant 0 <= i && i <= q.length;
          @ loop_invariant (\forall int k; 0 <= k && k < i; onMargin[k] <==> q[k] / qMin <= 1.0 + tolerance);
          @ assignable onMargin[*];
          @ decreases q.length - i;
          @*/
        for (int i = 0; i < q.length; i++) {
            onMargin[i] = q[i] / qMin <= 1.0 + tolerance;
        }
    }

    /*@ public normal_behavior
      @ requires lambda != null;
      @ ensures \result <==> (\forall int i; 0 <= i && i < lambda.length; lambda[i] >= 0.0);
      @ assignable \strictly_nothing;
      @*/
    /**
     * @param lambda multipliers
     * @return whether every multiplier is non-negative (a NaN is not)
     */
    public static boolean nonNegative(double[] lambda) {
        /*@ loop_invariant 0 <= i && i <= lambda.length;
          @ loop_invariant (\forall int k; 0 <= k && k < i; lambda[k] >= 0.0);
          @ assignable \strictly_nothing;
          @ decreases lambda.length - i;
          @*/
        for (int i = 0; i < lambda.length; i++) {
            if (!(lambda[i] >= 0.0)) {
                return false;
            }
        }
        return true;
    }

    /*@ public normal_behavior
      @ requires 0.0 - Vectors.MAX_ENTRY <= theta && theta <= Vectors.MAX_ENTRY;
      @ requires 0.0 - Vectors.MAX_ENTRY <= fitted && fitted <= Vectors.MAX_ENTRY;
      @ requires 0.0 <= sum;
      @ ensures 0.0 <= \result;
      @ assignable \strictly_nothing;
      @*/
    /**
     * One term of the squared stationarity residual: a sum of squares of finite differences can reach infinity but
     * never goes negative or NaN.
     *
     * @param sum the squares so far, non-negative
     * @param theta a coordinate of the parameters
     * @param fitted the same coordinate of {@code sum_i lambda_i grad(y_i N(x_i))}
     * @return {@code sum + (theta - fitted)^2}
     */
    public static double addSquaredDifference(double sum, double theta, double fitted) {
        return sum + (theta - fitted) * (theta - fitted);
    }
}
