package org.reluspec.kernel;

/**
 * Orthogonal projections onto the coordinate subspace {@code M = span(e_1, ..., e_{d-ell})} and onto its
 * complement {@code M-perp = span(e_{d-ell+1}, ..., e_d)}.
 *
 * <p>In MYV (Theorem A.1) every data subspace {@code P} of dimension {@code d - ell} is rotated onto {@code M};
 * after the rotation "off-manifold" means "the last {@code ell} coordinates". In 0-based indices those are
 * {@code d - ell, ..., d - 1}. Both projections copy or zero entries, so they are exact in floating point:
 * idempotence and complementarity hold bit for bit, not only up to rounding.
 *
 * <p>Kernel layer: Java-5-level syntax, no dependencies, JML contracts proved by KeY.
 */
public final class CoordinateProjections {

    private CoordinateProjections() {
    }

    /*@ public normal_behavior
      @ requires x != null && 0 <= ell && ell <= x.length;
      @ ensures \result <==> (\forall int k; x.length - ell <= k && k < x.length; x[k] == 0.0);   // tail-zero
      @ assignable \strictly_nothing;
      @*/
    /**
     * Whether {@code x} lies in {@code M}, i.e. its last {@code ell} coordinates are zero ({@code -0.0} counts as zero).
     *
     * @param x the vector, of dimension {@code d = x.length}
     * @param ell the codimension of {@code M}
     * @return {@code true} when {@code x} is in {@code M}
     */
    public static boolean isInM(double[] x, int ell) {
        /*@ loop_invariant x.length - ell <= k && k <= x.length;
          @ loop_invariant (\forall int q; x.length - ell <= q && q < k; x[q] == 0.0);
          @ assignable \strictly_nothing;
          @ decreases x.length - k;
          @*/
        for (int k = x.length - ell; k < x.length; k++) {
            if (x[k] != 0.0) {
                return false;
            }
        }
        return true;
    }

    /*@ public normal_behavior
      @ requires x != null && out != null && x != out && out.length == x.length;
      @ requires 0 <= ell && ell <= x.length;
      @ requires (\forall int k; 0 <= k && k < x.length; !Double.isNaN(x[k]));
      @ ensures (\forall int k; 0 <= k && k < x.length - ell; out[k] == x[k]);          // keeps-M-part
      @ ensures (\forall int k; x.length - ell <= k && k < x.length; out[k] == 0.0);    // zeroes-M-perp-part
      @ ensures isInM(out, ell);                                                          // lands-in-M
      @ ensures isInM(x, ell) ==> (\forall int k; 0 <= k && k < x.length; out[k] == x[k]);   // idempotent
      @ assignable out[*];
      @*/
    /**
     * {@code out = Pi_M(x)}: copy the first {@code d - ell} coordinates and zero the last {@code ell}.
     *
     * @param x the vector to project (not modified)
     * @param ell the codimension of {@code M}, {@code 0 <= ell <= d}
     * @param out receives the projection; must have the length of {@code x} and be a different array
     */
    public static void projectOntoM(double[] x, int ell, double[] out) {
        int split = x.length - ell;
        /*@ loop_invariant 0 <= k && k <= x.length;
          @ loop_invariant (\forall int q; 0 <= q && q < k && q < split; out[q] == x[q]);
          @ loop_invariant (\forall int q; split <= q && q < k; out[q] == 0.0);
          @ assignable out[*];
          @ decreases x.length - k;
          @*/
        for (int k = 0; k < x.length; k++) {
            out[k] = k < split ? x[k] : 0.0;
        }
    }

    /*@ public normal_behavior
      @ requires x != null && out != null && x != out && out.length == x.length;
      @ requires 0 <= ell && ell <= x.length;
      @ requires (\forall int k; 0 <= k && k < x.length; !Double.isNaN(x[k]));
      @ ensures (\forall int k; 0 <= k && k < x.length - ell; out[k] == 0.0);           // zeroes-M-part
      @ ensures (\forall int k; x.length - ell <= k && k < x.length; out[k] == x[k]);   // keeps-M-perp-part
      @ assignable out[*];
      @*/
    /**
     * {@code out = Pi_{M-perp}(x)}: zero the first {@code d - ell} coordinates and copy the last {@code ell}.
     *
     * @param x the vector to project (not modified)
     * @param ell the codimension of {@code M}, {@code 0 <= ell <= d}
     * @param out receives the projection; must have the length of {@code x} and be a different array
     */
    public static void projectOntoMPerp(double[] x, int ell, double[] out) {
        int split = x.length - ell;
        /*@ loop_invariant 0 <= k && k <= x.length;
          @ loop_invariant (\forall int q; 0 <= q && q < k && q < split; out[q] == 0.0);
          @ loop_invariant (\forall int q; split <= q && q < k; out[q] == x[q]);
          @ assignable out[*];
          @ decreases x.length - k;
          @*/
        for (int k = 0; k < x.length; k++) {
            out[k] = k < split ? 0.0 : x[k];
        }
    }

    /*@ public normal_behavior
      @ requires x != null && inM != null && inPerp != null;
      @ requires inM != x && inPerp != x && inM != inPerp;
      @ requires inM.length == x.length && inPerp.length == x.length;
      @ requires 0 <= ell && ell <= x.length;
      @ requires (\forall int k; 0 <= k && k < x.length; !Double.isNaN(x[k]));
      @ ensures (\forall int k; 0 <= k && k < x.length; inM[k] + inPerp[k] == x[k]);   // complementary
      @ ensures (\forall int k; 0 <= k && k < x.length; inM[k] == 0.0 || inPerp[k] == 0.0);   // orthogonal
      @ assignable inM[*], inPerp[*];
      @*/
    /**
     * Splits {@code x = Pi_M(x) + Pi_{M-perp}(x)} into its two orthogonal parts.
     *
     * @param x the vector to split (not modified)
     * @param ell the codimension of {@code M}
     * @param inM receives {@code Pi_M(x)}
     * @param inPerp receives {@code Pi_{M-perp}(x)}
     */
    public static void split(double[] x, int ell, double[] inM, double[] inPerp) {
        projectOntoM(x, ell, inM);
        projectOntoMPerp(x, ell, inPerp);
    }

    /*@ public normal_behavior
      @ requires x != null && perm != null && out != null && x != out;
      @ requires perm.length == x.length && out.length == x.length;
      @ requires 0 <= ell && ell <= x.length;
      @ requires (\forall int k; 0 <= k && k < x.length; !Double.isNaN(x[k]));
      @ requires (\forall int k; 0 <= k && k < x.length - ell; 0 <= perm[k] && perm[k] < x.length - ell);
      @ requires (\forall int k; x.length - ell <= k && k < x.length;
      @                          x.length - ell <= perm[k] && perm[k] < x.length);
      @ ensures (\forall int k; 0 <= k && k < x.length; out[k] == x[perm[k]]);                  // permutes
      @ assignable out[*];
      @*/
    /**
     * {@code out[k] = x[perm[k]]} for a map {@code perm} that sends the {@code M} block into itself and the
     * {@code M-perp} block into itself: a coordinate permutation inside the blocks, which is a rotation that fixes
     * {@code M} (MYV Theorem A.1's rotations, in the case that is exact in floating point). Data in {@code M} stays in
     * {@code M} (each off-manifold entry of {@code out} is an off-manifold entry of {@code x}, by the contract and the
     * block requirement; KernelContractSearch checks it), so the off-manifold weights of a step on permuted data stay
     * frozen.
     *
     * @param x the vector (not modified)
     * @param perm where each coordinate of {@code out} comes from, block to block
     * @param ell the codimension of {@code M}
     * @param out receives the permuted vector; a different array of the length of {@code x}
     */
    public static void permuteWithinBlocks(double[] x, int[] perm, int ell, double[] out) {
        /*@ loop_invariant 0 <= k && k <= x.length;
          @ loop_invariant (\forall int q; 0 <= q && q < k; out[q] == x[perm[q]]);
          @ assignable out[*];
          @ decreases x.length - k;
          @*/
        for (int k = 0; k < x.length; k++) {
            out[k] = x[perm[k]];
        }
    }

    /*@ public normal_behavior
      @ requires x != null && negate != null && out != null && x != out;
      @ requires negate.length == x.length && out.length == x.length;
      @ requires (\forall int k; 0 <= k && k < x.length; !Double.isNaN(x[k]));
      @ ensures (\forall int k; 0 <= k && k < x.length; negate[k] ==> out[k] == 0.0 - x[k]);   // flips
      @ ensures (\forall int k; 0 <= k && k < x.length; !negate[k] ==> out[k] == x[k]);       // keeps
      @ ensures (\forall int k; 0 <= k && k < x.length; x[k] == 0.0 ==> out[k] == 0.0);       // zero-stays-zero
      @ assignable out[*];
      @*/
    /**
     * {@code out[k] = -x[k]} where {@code negate[k]}, else {@code x[k]}: a reflection of coordinates, the other exact
     * rotation. Negation is exact, so a network and its data flipped together compute the same products bit for bit;
     * a zero coordinate stays zero, so data in {@code M} stays in {@code M} for every {@code ell}.
     *
     * @param x the vector (not modified)
     * @param negate which coordinates to flip
     * @param out receives the result; a different array of the length of {@code x}
     */
    public static void flipSigns(double[] x, boolean[] negate, double[] out) {
        /*@ loop_invariant 0 <= k && k <= x.length;
          @ loop_invariant (\forall int q; 0 <= q && q < k; negate[q] ==> out[q] == 0.0 - x[q]);
          @ loop_invariant (\forall int q; 0 <= q && q < k; !negate[q] ==> out[q] == x[q]);
          @ loop_invariant (\forall int q; 0 <= q && q < k; x[q] == 0.0 ==> out[q] == 0.0);
          @ assignable out[*];
          @ decreases x.length - k;
          @*/
        for (int k = 0; k < x.length; k++) {
            // 0.0 - x, not -x: KeY 2.12's float translation has no unary minus on doubles
            out[k] = negate[k] ? 0.0 - x[k] : x[k];
        }
    }
}
