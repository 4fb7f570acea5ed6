package org.reluspec.kernel;

/**
 * One (S)GD step on the first-layer weights with optional L2 weight decay:
 * <pre>
 *   w  <-  (1 - eta*lambda) w  -  eta * sum_{p in batch} c_p * dN(x_p)/dw ,      c_p = L'(y_p N(x_p)) y_p
 * </pre>
 * which is gradient descent on {@code sum_p L(y_p N(x_p)) + (lambda/2) ||w||^2}. The loss enters only through the
 * coefficients {@code c_p}, so the step serves the logistic and the exponential loss alike (see {@link Losses}).
 *
 * <p>Why the decay is written as a factor: with {@code lambda = 0} the factor is exactly {@code 1.0}, so a coordinate
 * whose gradient is zero is left bit for bit as it was (MYV Theorem A.2); with {@code lambda > 0} the off-manifold
 * coordinates follow {@code w_hat(t+1) = (1 - eta*lambda) w_hat(t)} literally (MYV Theorem 6.2).
 *
 * <p>Atomicity: the new weights are built in scratch space and checked before any of {@code w} is written. A
 * non-admissible coefficient or an update that leaves the admissible range throws {@link NonFiniteException} and
 * leaves {@code w} unchanged.
 *
 * <p>Kernel layer: Java-5-level syntax, no dependencies, JML contracts proved by KeY.
 */
public final class GradientStep {

    /** Largest admissible learning rate and weight-decay parameter. */
    public static final double MAX_RATE = 1.0E50;

    private GradientStep() {
    }

    // The frozen-weights contracts name one weight, w[row * d + column], instead of quantifying over rows and
    // columns: no code writes these ghost fields, so KeY takes them as arbitrary and a proof holds for every row and
    // column. Named, the goals are ground terms, which KeY simplifies through the callees' heaps; quantified, they were
    // not (eight sessions of open goals, proofs-checks/README.md).
    //@ public static ghost int column;
    //@ public static ghost int row;

    /*@ public behavior
      @ requires w != null && b != null && v != null && data != null && batch != null && coeff != null;
      @ requires gw != null && gb != null;
      @ requires gw != w && gw != data && gw != b && gw != v && gw != coeff;
      @ requires gb != w && gb != data && gb != b && gb != v && gb != coeff && gb != gw;
      @ requires gc != null && gc != w && gc != data && gc != b && gc != v && gc != coeff && gc != gw && gc != gb;
      @ requires gc.length == m;
      @ requires 0 < d && d <= Vectors.MAX_LENGTH;
      @ requires 0 < m && m <= Vectors.MAX_LENGTH && b.length == m && v.length == m && gb.length == m;
      @ requires m <= Integer.MAX_VALUE / d && w.length == m * d && gw.length == m * d;
      @ requires coeff.length == batch.length;
      @ requires (\forall int p; 0 <= p && p < batch.length; 0 <= batch[p] * d && batch[p] * d <= data.length - d);
      @ requires 0.0 < eta && eta <= MAX_RATE && 0.0 <= lambda && lambda <= MAX_RATE;
      @ requires (\forall int p; 0 <= p && p < coeff.length;   // 0.0 - bound: requireAdmissible's guard, verbatim
      @              0.0 - TwoLayerNet.MAX_PARAMETER <= coeff[p] && coeff[p] <= TwoLayerNet.MAX_PARAMETER);
      @ requires (\forall int k; 0 <= k && k < w.length;   // no NaN: a frozen w[k] == \old(w[k]) must be able to hold
      @              -TwoLayerNet.MAX_PARAMETER <= w[k] && w[k] <= TwoLayerNet.MAX_PARAMETER);
      @ ensures lambda == 0.0 && 0 <= column && column < d && 0 <= row && row < m
      @     && (\forall int p; 0 <= p && p < batch.length; \old(data[batch[p] * d + column]) == 0.0) ==>
      @       w[row * d + column] == \old(w[row * d + column]);   // frozen-weights (MYV-A.2)
      @ signals_only NonFiniteException;                 // an update beyond MAX_PARAMETER (eta, w, coeff near 1e50)
      @ signals (NonFiniteException e) (\forall int k; 0 <= k && k < w.length; w[k] == \old(w[k]));   // atomic
      @ assignable w[*], gw[*], gb[*], gc[*];
      @
      @ also
      @
      @ public exceptional_behavior
      @ requires w != null && coeff != null;
      @ requires (\exists int p; 0 <= p && p < coeff.length;
      @              !(0.0 - TwoLayerNet.MAX_PARAMETER <= coeff[p] && coeff[p] <= TwoLayerNet.MAX_PARAMETER));
      @ signals_only NonFiniteException;
      @ assignable \nothing;   // weights untouched
      @*/
    /**
     * Performs one step in place on {@code w}.
     *
     * @param w flat {@code m x d} first-layer weights, updated in place
     * @param b biases, length {@code m} (not trained here)
     * @param v output weights, length {@code m} (not trained here)
     * @param d input dimension
     * @param m width
     * @param data flat {@code r x d} data matrix, example {@code e} at {@code data[e*d ..]}
     * @param batch indices of the examples in this step (all of them for full-batch GD)
     * @param coeff per-batch-entry coefficients {@code c_p = L'(y N(x)) y}
     * @param eta learning rate, {@code 0 < eta <= MAX_RATE}
     * @param lambda weight decay, {@code 0 <= lambda <= MAX_RATE}; {@code 0} for plain training
     * @param gw scratch, flat {@code m x d}
     * @param gb scratch, length {@code m}; receives the bias gradient sum
     * @param gc scratch, length {@code m} (the neurons' coefficients of one batch entry)
     * @throws NonFiniteException when a coefficient or an updated weight is not admissible; {@code w} is unchanged
     */
    public static void apply(double[] w, double[] b, double[] v, int d, int m,
                             double[] data, int[] batch, double[] coeff, double eta, double lambda,
                             double[] gw, double[] gb, double[] gc) {
        requireAdmissible("loss derivative coefficient", coeff, TwoLayerNet.MAX_PARAMETER);
        batchGradient(w, b, v, d, m, data, batch, coeff, gw, gb, gc);
        // the chain of MYV-A.2: batchGradient leaves 0.0 in every column that is zero in the whole batch, and a 0.0
        // gradient without decay leaves the weight as it was (stepInto)
        TwoLayerNet.rowsFit(d, m);
        stepInto(w, gw, eta, lambda);
    }

    /*@ private behavior
      @ requires w != null && g != null && g != w && g.length == w.length;
      @ requires 0.0 < eta && eta <= MAX_RATE && 0.0 <= lambda && lambda <= MAX_RATE;
      @ requires (\forall int k; 0 <= k && k < w.length;
      @              -TwoLayerNet.MAX_PARAMETER <= w[k] && w[k] <= TwoLayerNet.MAX_PARAMETER);
      @ ensures lambda == 0.0 ==> (\forall int k; 0 <= k && k < w.length; \old(g[k]) == 0.0 ==> w[k] == \old(w[k]));
      @ signals_only NonFiniteException;
      @ signals (NonFiniteException e) (\forall int k; 0 <= k && k < w.length; w[k] == \old(w[k]));
      @ assignable w[*], g[*];
      @*/
    /**
     * The stepped weights into {@code w}, or nothing: built in {@code g}, checked, then copied. Its own method so that
     * its exception paths and float facts are proved once, over absolute indices, apart from the gradient's rows.
     */
    private static void stepInto(double[] w, double[] g, double eta, double lambda) {
        //@ assert (\forall int k; 0 <= k && k < w.length; w[k] == w[k]);   // no NaN: == holds once nothing is written
        decayAndStep(w, g, eta, lambda);
        requireAdmissible("updated first-layer weight", g, TwoLayerNet.MAX_PARAMETER);
        copy(g, w);
    }

    /*@ private normal_behavior
      @ requires w != null && b != null && v != null && data != null && batch != null && coeff != null;
      @ requires gw != null && gb != null;
      @ requires gw != w && gw != data && gw != b && gw != v && gw != coeff;
      @ requires gb != w && gb != data && gb != b && gb != v && gb != coeff && gb != gw;
      @ requires gc != null && gc != w && gc != data && gc != b && gc != v && gc != coeff && gc != gw && gc != gb;
      @ requires gc.length == m;
      @ requires 0 < d && d <= Vectors.MAX_LENGTH;
      @ requires 0 < m && m <= Vectors.MAX_LENGTH && b.length == m && v.length == m && gb.length == m;
      @ requires m <= Integer.MAX_VALUE / d && w.length == m * d && gw.length == m * d;
      @ requires coeff.length == batch.length;
      @ requires (\forall int p; 0 <= p && p < batch.length; 0 <= batch[p] * d && batch[p] * d <= data.length - d);
      @ ensures 0 <= column && column < d && 0 <= row && row < m
      @     && (\forall int q; 0 <= q && q < batch.length; \old(data[batch[q] * d + column]) == 0.0) ==>
      @         gw[row * d + column] == 0.0;
      @ assignable gw[*], gb[*], gc[*];
      @*/
    /** The batch's first-layer gradient sum into {@code gw} (bias sum into {@code gb}). */
    private static void batchGradient(double[] w, double[] b, double[] v, int d, int m,
                                      double[] data, int[] batch, double[] coeff, double[] gw, double[] gb,
                                      double[] gc) {
        Vectors.fill(gb, 0.0);
        Vectors.fill(gw, 0.0);   // gw last: fill's postcondition then speaks of the heap the loop starts in
        TwoLayerNet.rowsFit(d, m);   // every row i * d .. i * d + d - 1 lies inside gw
        /*@ loop_invariant 0 <= p && p <= batch.length;
          @ loop_invariant 0 <= column && column < d
          @     && (\forall int q; 0 <= q && q < batch.length; \old(data[batch[q] * d + column]) == 0.0) ==>
          @         (\forall int i; 0 <= i && i < m; gw[i * d + column] == 0.0);
          @ assignable gw[*], gb[*], gc[*];
          @ decreases batch.length - p;
          @*/
        for (int p = 0; p < batch.length; p++) {
            accumulateEntry(w, b, v, d, m, data, batch[p] * d, coeff[p], gw, gb, gc);
        }
    }

    /*@ private normal_behavior
      @ requires w != null && b != null && v != null && x != null && gw != null && gb != null && c != null;
      @ requires gw != w && gw != x && gw != b && gw != v;
      @ requires gb != w && gb != x && gb != b && gb != v && gb != gw;
      @ requires c != w && c != x && c != b && c != v && c != gw && c != gb;
      @ requires c.length == m;
      @ requires 0 < d && d <= Vectors.MAX_LENGTH;
      @ requires 0 < m && m <= Vectors.MAX_LENGTH && b.length == m && v.length == m && gb.length == m;
      @ requires m <= Integer.MAX_VALUE / d && w.length == m * d && gw.length == m * d;
      @ requires 0 <= xOffset && xOffset <= x.length - d;
      @ ensures 0 <= column && column < d && x[xOffset + column] == 0.0
      @     && (\forall int i; 0 <= i && i < m; \old(gw[i * d + column]) == 0.0) ==>
      @         (\forall int i; 0 <= i && i < m; gw[i * d + column] == 0.0);
      @ assignable gw[*], gb[*], c[*];
      @*/
    /**
     * One batch entry's gradient ({@link TwoLayerNet#accumulateFirstLayerGradient}), with the batch loop's invariant
     * for the named column as its contract: the loop's step then matches formulas as they stand.
     */
    private static void accumulateEntry(double[] w, double[] b, double[] v, int d, int m,
                                        double[] x, int xOffset, double scale,
                                        double[] gw, double[] gb, double[] c) {
        TwoLayerNet.accumulateFirstLayerGradient(w, b, v, d, m, x, xOffset, scale, gw, gb, c);
    }

    /*@ normal_behavior
      @ requires w != null && g != null && g != w && g.length == w.length;
      @ requires 0.0 < eta && eta <= MAX_RATE && 0.0 <= lambda && lambda <= MAX_RATE;
      @ requires (\forall int k; 0 <= k && k < w.length;
      @              -TwoLayerNet.MAX_PARAMETER <= w[k] && w[k] <= TwoLayerNet.MAX_PARAMETER);
      @ ensures lambda == 0.0 ==>
      @   (\forall int k; 0 <= k && k < g.length; \old(g[k]) == 0.0 ==> g[k] == w[k]);   // no-gradient-no-move
      @ assignable g[*];
      @*/
    /** {@code g <- (1 - eta*lambda) w - eta g}: the gradient in {@code g} becomes the stepped weights. */
    static void decayAndStep(double[] w, double[] g, double eta, double lambda) {
        double decay = 1.0 - eta * lambda;
        //@ assert lambda == 0.0 ==> decay == 1.0;
        /*@ loop_invariant 0 <= k && k <= w.length;
          @ loop_invariant lambda == 0.0 ==> (\forall int q; 0 <= q && q < k; \old(g[q]) == 0.0 ==> g[q] == w[q]);
          @ loop_invariant (\forall int q; k <= q && q < g.length; \old(g[q]) == 0.0 ==> g[q] == 0.0);
          @ assignable g[*];
          @ decreases w.length - k;
          @*/
        for (int k = 0; k < w.length; k++) {
            g[k] = stepped(decay, w[k], eta, g[k]);
        }
    }

    /*@ normal_behavior
      @ requires 0.0 < eta && eta <= MAX_RATE;
      @ requires -TwoLayerNet.MAX_PARAMETER <= wk && wk <= TwoLayerNet.MAX_PARAMETER;
      @ ensures decay == 1.0 && gk == 0.0 ==> \result == wk;   // no-gradient-no-move
      @ assignable \strictly_nothing;
      @*/
    /** One coordinate of the step; a quantifier-free float fact for the solvers. */
    static double stepped(double decay, double wk, double eta, double gk) {
        return decay * wk - eta * gk;
    }

    /*@ public normal_behavior
      @ requires w != null && g != null && g != w && g.length == w.length;
      @ requires 0.0 < eta && eta <= MAX_RATE && 0.0 <= lambda && lambda <= MAX_RATE;
      @ ensures lambda == 0.0 ==> (\forall int k; 0 <= k && k < w.length;
      @     g[k] == 0.0 && 0.0 - TwoLayerNet.MAX_PARAMETER <= \old(w[k]) && \old(w[k]) <= TwoLayerNet.MAX_PARAMETER ==>
      @         w[k] == \old(w[k]));                                                     // no-gradient-no-move
      @ assignable w[*];
      @*/
    /**
     * {@code w <- w - eta (g + lambda w)} in place: gradient descent on a loss plus {@code (lambda/2)||w||^2} in the
     * form the experiments' full-batch trainer has always written it (MYV appendix E; {@link #apply} writes the same
     * step as a decay factor). Without decay a coordinate whose gradient is zero does not move.
     *
     * @param w the parameters, updated in place
     * @param g their gradient; must not be {@code w}
     * @param eta learning rate
     * @param lambda weight decay, {@code 0} for none
     */
    public static void descend(double[] w, double[] g, double eta, double lambda) {
        /*@ loop_invariant 0 <= k && k <= w.length;
          @ loop_invariant lambda == 0.0 ==> (\forall int q; 0 <= q && q < k; g[q] == 0.0
          @     && 0.0 - TwoLayerNet.MAX_PARAMETER <= \old(w[q]) && \old(w[q]) <= TwoLayerNet.MAX_PARAMETER ==>
          @         w[q] == \old(w[q]));
          @ loop_invariant (\forall int q; k <= q && q < w.length;   // == is false for NaN: say it where it holds
          @     0.0 - TwoLayerNet.MAX_PARAMETER <= \old(w[q]) && \old(w[q]) <= TwoLayerNet.MAX_PARAMETER ==>
          @         w[q] == \old(w[q]));
          @ assignable w[*];
          @ decreases w.length - k;
          @*/
        for (int k = 0; k < w.length; k++) {
            w[k] = descended(w[k], eta, lambda, g[k]);
        }
    }

    /*@ normal_behavior
      @ requires 0.0 < eta && eta <= MAX_RATE;
      @ ensures lambda == 0.0 && gk == 0.0 && 0.0 - TwoLayerNet.MAX_PARAMETER <= wk && wk <= TwoLayerNet.MAX_PARAMETER
      @     ==> \result == wk;   // no-gradient-no-move
      @ assignable \strictly_nothing;
      @*/
    /** One coordinate of {@link #descend}; a quantifier-free float fact for the solvers. */
    static double descended(double wk, double eta, double lambda, double gk) {
        return wk - eta * (gk + lambda * wk);
    }

    /*@ private normal_behavior
      @ requires a != null;
      @ requires (\forall int k; 0 <= k && k < a.length; 0.0 - bound <= a[k] && a[k] <= bound);
      @ assignable \strictly_nothing;
      @ also
      @ private exceptional_behavior
      @ requires a != null;
      @ requires (\exists int k; 0 <= k && k < a.length; !(0.0 - bound <= a[k] && a[k] <= bound));
      @ signals_only NonFiniteException;
      @ assignable \nothing;
      @*/
    private static void requireAdmissible(String quantity, double[] a, double bound) {
        /*@ loop_invariant 0 <= k && k <= a.length;
          @ loop_invariant (\forall int q; 0 <= q && q < k; 0.0 - bound <= a[q] && a[q] <= bound);
          @ assignable \strictly_nothing;
          @ decreases a.length - k;
          @*/
        for (int k = 0; k < a.length; k++) {
            // 0.0 - bound, not -bound: KeY 2.12's float translation has no unary minus on doubles
            if (!(0.0 - bound <= a[k] && a[k] <= bound)) {
                throw new NonFiniteException(quantity, k, a[k]);
            }
        }
    }

    /*@ private normal_behavior
      @ requires src != null && dst != null && src != dst && src.length == dst.length;
      @ requires (\forall int k; 0 <= k && k < src.length; !Double.isNaN(src[k]));
      @ ensures (\forall int k; 0 <= k && k < dst.length; dst[k] == src[k]);
      @ assignable dst[*];
      @*/
    private static void copy(double[] src, double[] dst) {
        /*@ loop_invariant 0 <= k && k <= src.length;
          @ loop_invariant (\forall int q; 0 <= q && q < k; dst[q] == src[q]);
          @ assignable dst[*];
          @ decreases src.length - k;
          @*/
        for (int k = 0; k < src.length; k++) {
            dst[k] = src[k];
        }
    }
}
