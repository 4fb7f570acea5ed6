package org.reluspec.negative;

/** Negative control: the frame says the last entry is untouched, the loop writes it. Must stay open. */
public final class OffByOneFrame {

    private OffByOneFrame() {
    }

    /*@ public normal_behavior
      @ requires a != null && a.length > 0;
      @ assignable a[0 .. a.length - 2];
      @*/
    public static void zero(double[] a) {
        /*@ loop_invariant 0 <= k && k <= a.length;
          @ assignable a[*];
          @ decreases a.length - k;
          @*/
        for (int k = 0; k < a.length; k++) {
            a[k] = 0.0;
        }
    }
}
