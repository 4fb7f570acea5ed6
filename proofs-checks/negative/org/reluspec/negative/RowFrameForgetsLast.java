package org.reluspec.negative;

/**
 * Negative control for the ball family: a row shrink whose frame forgets the row's last coordinate, which the loop
 * writes. Must stay open.
 */
public final class RowFrameForgetsLast {

    private RowFrameForgetsLast() {
    }

    /*@ public normal_behavior
      @ requires w != null && w0 != null && w != w0 && w.length == w0.length;
      @ requires 0 < n && 0 <= offset && offset <= w.length - n;
      @ assignable w[offset .. offset + n - 2];
      @*/
    public static void shrinkRow(double[] w, double[] w0, int offset, int n, double factor) {
        /*@ loop_invariant offset <= i && i <= offset + n;
          @ assignable w[offset .. offset + n - 1];
          @ decreases offset + n - i;
          @*/
        for (int i = offset; i < offset + n; i++) {
            w[i] = w0[i] + factor * (w[i] - w0[i]);
        }
    }
}
