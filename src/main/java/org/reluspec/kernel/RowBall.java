package org.reluspec.kernel;

/**
 * The row-wise ball {@code B_{2,inf}(W0, V) = {W : ||w_s - w_{s,0}|| <= V for every row s}} of WUMA's lazy regime,
 * and the step that moves a row back towards its initialization.
 *
 * <p>The decision which rows move (a row's distance {@code sqrt} of {@link Vectors#squaredDistance} against
 * {@code V}) stays with the caller, since KeY has no model of {@code Math.sqrt}; what is proved here is that a
 * shrink writes its own row only and leaves every coordinate that is still at its initialization exactly there, so
 * a weight SGD never moved (an input coordinate that is zero in every example, say) stays bit-identical through the
 * projection as well.
 *
 * <p>Kernel layer: Java-5-level syntax, no dependencies, JML contracts proved by KeY.
 */
public final class RowBall {

    private RowBall() {
    }

    /*@ public normal_behavior
      @ requires w != null && w0 != null && w != w0 && w.length == w0.length;
      @ requires 0 <= n && 0 <= offset && offset <= w.length - n;
      @ requires 0.0 <= factor && factor <= 1.0;
      @ ensures (\forall int q; offset <= q && q < offset + n;
      @             \old(w[q]) == w0[q] && 0.0 - Vectors.MAX_ENTRY <= w0[q] && w0[q] <= Vectors.MAX_ENTRY ==>
      @                 w[q] == w0[q]);                                        // at-initialization-stays
      @ assignable w[offset .. offset + n - 1];                                // frame: this row only
      @*/
    /**
     * {@code w_q <- w0_q + factor (w_q - w0_q)} for the {@code n} coordinates from {@code offset}: the row moves
     * along the segment to its initialization.
     *
     * @param w flat weights, updated in place in the row only
     * @param w0 the initialization, same shape; must not be {@code w}
     * @param offset where the row starts
     * @param n row length
     * @param factor how much of the displacement stays, in {@code [0, 1]}
     */
    public static void shrinkRow(double[] w, double[] w0, int offset, int n, double factor) {
        /*@ loop_invariant offset <= i && i <= offset + n;
          @ loop_invariant (\forall int q; offset <= q && q < i;
          @     \old(w[q]) == w0[q] && 0.0 - Vectors.MAX_ENTRY <= w0[q] && w0[q] <= Vectors.MAX_ENTRY ==> w[q] == w0[q]);
          @ loop_invariant (\forall int q; i <= q && q < offset + n;   // == is false for NaN: say it where it holds
          @     0.0 - Vectors.MAX_ENTRY <= \old(w[q]) && \old(w[q]) <= Vectors.MAX_ENTRY ==> w[q] == \old(w[q]));
          @ assignable w[offset .. offset + n - 1];
          @ decreases offset + n - i;
          @*/
        for (int i = offset; i < offset + n; i++) {
            w[i] = towards(w0[i], factor, w[i]);
        }
    }

    /*@ normal_behavior
      @ requires 0.0 <= factor && factor <= 1.0;
      @ ensures wi == w0i && 0.0 - Vectors.MAX_ENTRY <= w0i && w0i <= Vectors.MAX_ENTRY ==> \result == w0i;
      @ assignable \strictly_nothing;
      @*/
    /** One coordinate of the shrink; a quantifier-free float fact for the solvers. */
    static double towards(double w0i, double factor, double wi) {
        return w0i + factor * (wi - w0i);
    }
}
