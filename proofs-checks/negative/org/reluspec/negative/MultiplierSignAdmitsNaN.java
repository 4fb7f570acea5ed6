package org.reluspec.negative;

/**
 * Negative control for the KKT family: the multiplier test written {@code !(l < 0.0)}, which accepts NaN, under
 * the contract of {@code KktConditions.nonNegative} (every multiplier {@code >= 0.0}). Must stay open.
 */
public final class MultiplierSignAdmitsNaN {

    private MultiplierSignAdmitsNaN() {
    }

    /*@ public normal_behavior
      @ requires lambda != null;
      @ ensures \result <==> (\forall int i; 0 <= i && i < lambda.length; lambda[i] >= 0.0);
      @ assignable \strictly_nothing;
      @*/
    public static boolean nonNegative(double[] lambda) {
        /*@ loop_invariant 0 <= i && i <= lambda.length;
          @ loop_invariant (\forall int q; 0 <= q && q < i; !(lambda[q] < 0.0));
          @ assignable \strictly_nothing;
          @ decreases lambda.length - i;
          @*/
        for (int i = 0; i < lambda.length; i++) {
            if (lambda[i] < 0.0) {
                return false;
            }
        }
        return true;
    }
}
