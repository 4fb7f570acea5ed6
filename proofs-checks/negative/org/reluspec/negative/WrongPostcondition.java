package org.reluspec.negative;

/** Negative control: a projection whose postcondition claims it keeps the off-manifold part. Must stay open. */
public final class WrongPostcondition {

    private WrongPostcondition() {
    }

    /*@ public normal_behavior
      @ requires x != null && out != null && x != out && out.length == x.length && 0 < ell && ell <= x.length;
      @ requires (\forall int k; 0 <= k && k < x.length; !Double.isNaN(x[k]));
      @ ensures (\forall int k; x.length - ell <= k && k < x.length; out[k] == x[k]);
      @ assignable out[*];
      @*/
    public static void projectOntoM(double[] x, int ell, double[] out) {
        /*@ loop_invariant 0 <= k && k <= x.length;
          @ assignable out[*];
          @ decreases x.length - k;
          @*/
        for (int k = 0; k < x.length; k++) {
            out[k] = k < x.length - ell ? x[k] : 0.0;
        }
    }
}
