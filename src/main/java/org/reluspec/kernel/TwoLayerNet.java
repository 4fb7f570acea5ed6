package org.reluspec.kernel;

/**
 * The depth-2 ReLU network {@code N(x) = sum_{j<m} v_j sigma(<w_j, x> + b_j)} with flat row-major first-layer
 * weights: neuron {@code j} owns {@code w[j*d .. j*d + d - 1]}.
 *
 * <p>The three papers' forms are views over these methods:
 * <ul>
 *   <li>MYV ({@code train.MyvNetwork}): {@code b = 0}, {@code v_j = u_j = +-1/sqrt(m)} fixed;</li>
 *   <li>WUMA ({@code lazy.LazyNetwork}): {@code b = 0}, {@code v_s = a_s/sqrt(m)} with {@code a_s = +-1} fixed,
 *       pre-activations summed by {@link Vectors#dotFourWay};</li>
 *   <li>VYS and the experiments ({@code train.BiasedNetwork}): biases {@code b_j} added first
 *       ({@link Vectors#dotFrom}) and a trainable output layer {@code v_j}.</li>
 * </ul>
 * A bias-free form passes a zero bias vector; {@code t + 0.0} equals {@code t} for every non-NaN {@code t}, so this
 * changes no value (only the sign of a zero pre-activation, which {@link Activations#step} ignores).
 *
 * <p>Finiteness: with every parameter and input entry in {@code [-MAX_PARAMETER, MAX_PARAMETER]},
 * {@code d, m <= Vectors.MAX_LENGTH}, every value below is finite: {@code |<w_j,x>| <= 2^20 * 1e100},
 * {@code |N(x)| <= 2^40 * 1e150}.
 *
 * <p>Kernel layer: Java-5-level syntax, no dependencies, JML contracts proved by KeY.
 */
public final class TwoLayerNet {

    /** Largest admissible magnitude of a weight, bias, output weight or input entry. */
    public static final double MAX_PARAMETER = 1.0E50;

    private TwoLayerNet() {
    }

    /*@ public normal_behavior
      @ requires w != null && b != null && x != null;
      @ requires 0 < d && d <= Vectors.MAX_LENGTH;
      @ requires 0 <= xOffset && xOffset <= x.length - d;
      @ requires 0 <= j && j < b.length && b.length <= Vectors.MAX_LENGTH;
      @ requires b.length <= Integer.MAX_VALUE / d && w.length == b.length * d;
      @ requires (\forall int k; 0 <= k && k < d; -MAX_PARAMETER <= w[j * d + k] && w[j * d + k] <= MAX_PARAMETER);
      @ requires (\forall int k; 0 <= k && k < d; -MAX_PARAMETER <= x[xOffset + k] && x[xOffset + k] <= MAX_PARAMETER);
      @ requires -MAX_PARAMETER <= b[j] && b[j] <= MAX_PARAMETER;
      @ ensures !Double.isNaN(\result);   // no-NaN-from-admissible
      @ assignable \strictly_nothing;
      @ also
      @ public normal_behavior   // any entries: reads only, writes nothing (all the zero-gradient proof needs)
      @ requires w != null && b != null && x != null;
      @ requires 0 < d && 0 <= xOffset && xOffset <= x.length - d;
      @ requires 0 <= j && j < b.length && b.length <= Integer.MAX_VALUE / d && w.length == b.length * d;
      @ assignable \strictly_nothing;
      @*/
    /**
     * The pre-activation {@code <w_j, x> + b_j} of neuron {@code j}.
     *
     * @param w flat {@code m x d} first-layer weights
     * @param b biases, length {@code m}
     * @param d input dimension
     * @param j neuron index
     * @param x array holding the input at {@code x[xOffset .. xOffset + d - 1]}
     * @param xOffset where the input starts in {@code x}
     * @return {@code <w_j, x> + b_j}
     */
    public static double preActivation(double[] w, double[] b, int d, int j, double[] x, int xOffset) {
        return Vectors.dot(x, xOffset, w, j * d, d) + b[j];
    }

    /*@ public normal_behavior
      @ requires w != null && b != null && v != null && x != null;
      @ requires 0 < d && d <= Vectors.MAX_LENGTH && x.length == d;
      @ requires 0 < m && m <= Vectors.MAX_LENGTH && b.length == m && v.length == m;
      @ requires m <= Integer.MAX_VALUE / d && w.length == m * d;
      @ requires (\forall int k; 0 <= k && k < w.length; -MAX_PARAMETER <= w[k] && w[k] <= MAX_PARAMETER);
      @ requires (\forall int k; 0 <= k && k < m; -MAX_PARAMETER <= b[k] && b[k] <= MAX_PARAMETER);
      @ requires (\forall int k; 0 <= k && k < m; -MAX_PARAMETER <= v[k] && v[k] <= MAX_PARAMETER);
      @ requires (\forall int k; 0 <= k && k < d; -MAX_PARAMETER <= x[k] && x[k] <= MAX_PARAMETER);
      @ ensures !Double.isNaN(\result);   // no-NaN-from-admissible
      @ assignable \strictly_nothing;
      @*/
    /**
     * The network value {@code N(x) = sum_j v_j sigma(<w_j, x> + b_j)}, summed over neurons in index order.
     *
     * @param w flat {@code m x d} first-layer weights
     * @param b biases, length {@code m} (zeros for the bias-free forms)
     * @param v output weights, length {@code m}
     * @param d input dimension
     * @param m width
     * @param x the input, length {@code d}
     * @return {@code N(x)}
     */
    public static double forward(double[] w, double[] b, double[] v, int d, int m, double[] x) {
        double out = 0.0;
        /*@ loop_invariant 0 <= j && j <= m;
          @ assignable \strictly_nothing;
          @ decreases m - j;
          @*/
        for (int j = 0; j < m; j++) {
            out += v[j] * Activations.relu(preActivation(w, b, d, j, x, 0));
        }
        return out;
    }

    /*@ public normal_behavior
      @ requires v != null && h != null && !Double.isNaN(start);
      @ requires 0 <= m && m <= v.length && m <= Vectors.MAX_LENGTH;
      @ requires 0 <= hOffset && hOffset <= h.length - m;
      @ requires (\forall int k; 0 <= k && k < m; -MAX_PARAMETER <= v[k] && v[k] <= MAX_PARAMETER);
      @ ensures (\forall int j; 0 <= j && j < m; h[hOffset + j] <= 0.0) ==> \result == start;   // inactive-add-nothing
      @ assignable \strictly_nothing;
      @*/
    /**
     * The output layer over pre-activations already computed: {@code start + sum_j v_j sigma(h_j)}, summed over
     * neurons in index order after {@code start} (an output bias, or {@code 0.0}). A network whose neurons are all
     * inactive at {@code x} outputs exactly {@code start}.
     *
     * @param start the output bias the sum starts from
     * @param v output weights, at least {@code m}
     * @param h array holding the pre-activations at {@code h[hOffset .. hOffset + m - 1]}
     * @param hOffset where they start
     * @param m width
     * @return {@code start + sum_j v_j sigma(h_j)}
     */
    public static double outputFrom(double start, double[] v, double[] h, int hOffset, int m) {
        double out = start;
        /*@ loop_invariant 0 <= j && j <= m;
          @ loop_invariant (\forall int q; 0 <= q && q < j; h[hOffset + q] <= 0.0) ==> out == start;
          @ assignable \strictly_nothing;
          @ decreases m - j;
          @*/
        for (int j = 0; j < m; j++) {
            // Math.max(0.0, t), not Activations.relu: the JDK's intrinsic has no branch, and relu's branch
            // mispredicts on a ReLU pattern (measured: VYS's BLAS schedule 20% slower). KeY proves this line against
            // its stub "a != a ? a : (a >= b ? a : b)", which with a = +0.0 agrees with the JDK on every double,
            // NaN and -0.0 included (ActivationsAndLossesTest.maxOfZeroIsTheSameFunctionInKeyAndTheJdk)
            out += v[j] * Math.max(0.0, h[hOffset + j]);
        }
        return out;
    }

    /*@ public normal_behavior
      @ requires w != null && v != null && h != null && out != null;
      @ requires out != w && out != v && out != h;
      @ requires 0 < d && d <= Vectors.MAX_LENGTH && out.length == d;
      @ requires 0 <= m && m <= Vectors.MAX_LENGTH && m <= v.length;
      @ requires m <= Integer.MAX_VALUE / d && w.length == m * d;
      @ requires (\forall int j; 0 <= j && j < m; 0 <= j * d && j * d <= w.length - d);   // implied; KeY's auto
      @                                                   // mode does not multiply j < m by d by itself
      @ requires 0 <= hOffset && hOffset <= h.length - m;
      @ ensures (\forall int j; 0 <= j && j < m; !(h[hOffset + j] >= 0.0)) ==>
      @             (\forall int k; 0 <= k && k < d; out[k] == 0.0);   // no-active-neuron-zero-gradient
      @ assignable out[*];
      @*/
    /**
     * The input gradient {@code sum_j v_j sigma'(h_j) w_j} from pre-activations already computed, with
     * {@code sigma'(0) = 1}; a neuron with {@code h_j < 0} is skipped, not multiplied by zero, and each active row
     * is added coordinate by coordinate as {@link Vectors#axpy} adds it.
     *
     * @param w flat first-layer weights, {@code m x d}
     * @param v output weights, at least {@code m}
     * @param d input dimension
     * @param m width
     * @param h array holding the pre-activations at {@code h[hOffset .. hOffset + m - 1]}
     * @param hOffset where they start
     * @param out receives {@code dN/dx}, length {@code d}
     */
    public static void inputGradientAt(double[] w, double[] v, int d, int m, double[] h, int hOffset, double[] out) {
        Vectors.fill(out, 0.0);
        /*@ loop_invariant 0 <= j && j <= m;
          @ loop_invariant (\forall int q; 0 <= q && q < j; !(h[hOffset + q] >= 0.0)) ==>
          @                    (\forall int k; 0 <= k && k < d; out[k] == 0.0);
          @ assignable out[*];
          @ decreases m - j;
          @*/
        for (int j = 0; j < m; j++) {
            if (h[hOffset + j] >= 0.0) {
                addRow(v[j], w, j * d, out, d);
            }
        }
    }

    /*@ normal_behavior
      @ requires w != null && out != null && out != w;
      @ requires 0 <= n && n <= out.length && 0 <= row && row <= w.length - n;
      @ assignable out[0 .. n - 1];
      @*/
    /**
     * {@code out[t] += c * w[row + t]} for {@code t < n}: {@link Vectors#axpy}'s arithmetic, with no bound on the
     * values, since a gradient being summed has none; only the frame is promised.
     */
    private static void addRow(double c, double[] w, int row, double[] out, int n) {
        /*@ loop_invariant 0 <= t && t <= n;
          @ assignable out[0 .. n - 1];
          @ decreases n - t;
          @*/
        for (int t = 0; t < n; t++) {
            out[t] = out[t] + c * w[row + t];
        }
    }

    /*@ public normal_behavior
      @ requires w != null && b != null && v != null && x != null && out != null;
      @ requires out != x && out != w && out != b && out != v;
      @ requires 0 < d && d <= Vectors.MAX_LENGTH && x.length == d && out.length == d;
      @ requires 0 < m && m <= Vectors.MAX_LENGTH && b.length == m && v.length == m;
      @ requires m <= Integer.MAX_VALUE / d && w.length == m * d;
      @ requires (\forall int k; 0 <= k && k < w.length; -MAX_PARAMETER <= w[k] && w[k] <= MAX_PARAMETER);
      @ requires (\forall int k; 0 <= k && k < m; -MAX_PARAMETER <= b[k] && b[k] <= MAX_PARAMETER);
      @ requires (\forall int k; 0 <= k && k < m; -MAX_PARAMETER <= v[k] && v[k] <= MAX_PARAMETER);
      @ requires (\forall int k; 0 <= k && k < d; -MAX_PARAMETER <= x[k] && x[k] <= MAX_PARAMETER);
      @ ensures (\forall int k; 0 <= k && k < d; !Double.isNaN(out[k]));   // no-NaN-from-admissible
      @ assignable out[*];
      @*/
    /**
     * The input gradient {@code dN/dx = sum_j v_j sigma'(<w_j,x> + b_j) w_j}, with {@code sigma'(0) = 1}.
     *
     * @param w flat {@code m x d} first-layer weights
     * @param b biases, length {@code m}
     * @param v output weights, length {@code m}
     * @param d input dimension
     * @param m width
     * @param x the input, length {@code d}
     * @param out receives {@code dN/dx}, length {@code d}
     */
    public static void inputGradient(double[] w, double[] b, double[] v, int d, int m, double[] x, double[] out) {
        /*@ loop_invariant 0 <= k && k <= d;
          @ loop_invariant (\forall int q; 0 <= q && q < k; out[q] == 0.0);
          @ assignable out[*];
          @ decreases d - k;
          @*/
        for (int k = 0; k < d; k++) {
            out[k] = 0.0;
        }
        /*@ loop_invariant 0 <= j && j <= m;
          @ assignable out[*];
          @ decreases m - j;
          @*/
        for (int j = 0; j < m; j++) {
            double c = v[j] * Activations.step(preActivation(w, b, d, j, x, 0));
            Vectors.axpy(c, w, j * d, out, 0, d);
        }
    }

    /*@ public normal_behavior
      @ requires w != null && b != null && v != null && x != null && gw != null && gb != null;
      @ requires gw != w && gw != x && gw != b && gw != v && gb != b && gb != v && gb != x && gb != w && gb != gw;
      @ requires c != null && c != w && c != b && c != v && c != x && c != gb && c != gw && c.length == m;
      @ requires 0 < d && d <= Vectors.MAX_LENGTH;
      @ requires 0 < m && m <= Vectors.MAX_LENGTH && b.length == m && v.length == m && gb.length == m;
      @ requires m <= Integer.MAX_VALUE / d && w.length == m * d && gw.length == m * d;
      @ requires 0 <= xOffset && xOffset <= x.length - d;
      @ ensures (\forall int i; 0 <= i && i < m; (\forall int k; 0 <= k && k < d;
      @             x[xOffset + k] == 0.0 && \old(gw[i * d + k]) == 0.0 ==> gw[i * d + k] == 0.0));   // zero-input-coordinate-frozen
      @ assignable gw[*], gb[*], c[*];
      @*/
    /**
     * Accumulates {@code scale * dN(x)/dw_j} and {@code scale * dN(x)/db_j} into {@code gw} and {@code gb}:
     * {@code gw_j += scale * v_j sigma'(<w_j,x> + b_j) x} and {@code gb_j += scale * v_j sigma'(...)}.
     *
     * <p>Why it matters (MYV-A.2 in coordinate form): the gradient of neuron {@code j} is a multiple of the input
     * {@code x}, so a coordinate where {@code x} is zero gets nothing: {@link #addScaledInput} does not write it, and
     * its accumulator keeps its value.
     *
     * <p>Why two passes (all coefficients, then all rows): the second pass reads no network parameter, so its proof is
     * a pure frame argument over the rows of {@code gw}, and the first writes nothing of {@code gw}. Each entry still
     * receives the same additions in the same order as in one pass over the neurons, so no bit changes.
     *
     * @param w flat {@code m x d} first-layer weights
     * @param b biases, length {@code m}
     * @param v output weights, length {@code m}
     * @param d input dimension
     * @param m width
     * @param x array holding the input at {@code x[xOffset .. xOffset + d - 1]} (a flat data matrix, say)
     * @param xOffset where the input starts in {@code x}
     * @param scale the factor, in training {@code L'(y N(x)) * y}
     * @param gw accumulator for the weight gradient, flat {@code m x d}
     * @param gb accumulator for the bias gradient, length {@code m}
     * @param c scratch, length {@code m}; receives the neurons' coefficients {@code scale * v_j sigma'(...)}
     */
    public static void accumulateFirstLayerGradient(double[] w, double[] b, double[] v, int d, int m,
                                                    double[] x, int xOffset, double scale,
                                                    double[] gw, double[] gb, double[] c) {
        rowsFit(d, m);
        neuronCoefficients(w, b, v, d, m, x, xOffset, scale, c, gb);
        addOuterProduct(c, x, xOffset, gw, d, m);
    }

    /*@ normal_behavior
      @ requires w != null && b != null && v != null && x != null && c != null && gb != null;
      @ requires c != w && c != b && c != v && c != x && c != gb;
      @ requires gb != b && gb != v && gb != x && gb != w;
      @ requires 0 < d && d <= Vectors.MAX_LENGTH;
      @ requires 0 < m && m <= Vectors.MAX_LENGTH && b.length == m && v.length == m && gb.length == m && c.length == m;
      @ requires m <= Integer.MAX_VALUE / d && w.length == m * d;
      @ requires (\forall int j; 0 <= j && j < m; 0 <= j * d && j * d <= w.length - d);   // rowsFit
      @ requires 0 <= xOffset && xOffset <= x.length - d;
      @ assignable c[*], gb[*];
      @*/
    /** {@code c_j = scale * v_j sigma'(<w_j,x> + b_j)} and {@code gb_j += c_j}; writes nothing of the weight gradient. */
    private static void neuronCoefficients(double[] w, double[] b, double[] v, int d, int m, double[] x, int xOffset,
                                           double scale, double[] c, double[] gb) {
        /*@ loop_invariant 0 <= j && j <= m;
          @ assignable c[*], gb[*];
          @ decreases m - j;
          @*/
        for (int j = 0; j < m; j++) {
            c[j] = scale * v[j] * Activations.step(preActivation(w, b, d, j, x, xOffset));
            gb[j] = gb[j] + c[j];
        }
    }

    /*@ normal_behavior
      @ requires x != null && g != null && c != null && x != g && c != g;
      @ requires 0 < d && d <= Vectors.MAX_LENGTH && 0 < m && m <= Vectors.MAX_LENGTH && m <= Integer.MAX_VALUE / d;
      @ requires c.length == m && g.length == m * d && 0 <= xOffset && xOffset <= x.length - d;
      @ ensures (\forall int i; 0 <= i && i < m; (\forall int k; 0 <= k && k < d;
      @     x[xOffset + k] == 0.0 && \old(g[i * d + k]) == 0.0 ==> g[i * d + k] == 0.0));   // zero-input-coordinate-frozen
      @ assignable g[*];
      @*/
    /** {@code g_j += c_j x} for every row {@code j}, through {@link #addScaledInput}. */
    static void addOuterProduct(double[] c, double[] x, int xOffset, double[] g, int d, int m) {
        rowsApart(d, m);
        /*@ loop_invariant 0 <= j && j <= m;
          @ loop_invariant (\forall int i; 0 <= i && i < m; (\forall int k; 0 <= k && k < d;
          @     x[xOffset + k] == 0.0 && \old(g[i * d + k]) == 0.0 ==> g[i * d + k] == 0.0));
          @ assignable g[*];
          @ decreases m - j;
          @*/
        for (int j = 0; j < m; j++) {
            addScaledInput(c[j], x, xOffset, g, j * d, d);
        }
    }

    // Lemmas. Auto mode does not multiply inequalities by a variable, so the facts about row offsets j * d that the
    // frames need are stated once here (empty bodies: the contract is the lemma; Z3's nonlinear integer arithmetic
    // proves each) and brought into a proof by calling the method.

    /*@ normal_behavior
      @ requires 0 < d && 0 < m && m <= Integer.MAX_VALUE / d;
      @ ensures (\forall int i; 0 <= i && i < m; (\forall int j; i < j && j < m; i * d + d <= j * d));
      @ assignable \strictly_nothing;
      @*/
    /** Rows {@code i < j} of a flat {@code m x d} matrix do not overlap: row {@code i} ends where row {@code j} may start. */
    static void rowsApart(int d, int m) {
    }

    /*@ normal_behavior
      @ requires 0 < d && 0 < m && m <= Integer.MAX_VALUE / d;
      @ ensures (\forall int j; 0 <= j && j < m; 0 <= j * d && j * d <= m * d - d);
      @ assignable \strictly_nothing;
      @*/
    /** Every row of a flat {@code m x d} matrix lies inside it. */
    static void rowsFit(int d, int m) {
    }

    /*@ normal_behavior
      @ requires x != null && g != null && x != g;
      @ requires 0 <= n && 0 <= xOffset && xOffset <= x.length - n;
      @ requires 0 <= gOffset && gOffset <= g.length - n;
      @ ensures (\forall int k; 0 <= k && k < n; x[xOffset + k] == 0.0 && \old(g[gOffset + k]) == 0.0 ==>
      @             g[gOffset + k] == 0.0);                                    // zero-input-coordinate-not-written
      @ assignable g[gOffset .. gOffset + n - 1];
      @*/
    /**
     * {@code g[gOffset+k] += c * x[xOffset+k]} wherever {@code x[xOffset+k] != 0}. A zero input coordinate is not
     * written at all, so the frozen-weights property of the step holds by construction, for any {@code c}, and its
     * proof needs no floating-point reasoning. Against the plain {@code g + c * x} this changes no bit for finite
     * {@code c}: {@code g + c * 0.0 == g} unless {@code g} is {@code -0.0}, and an accumulator that starts at
     * {@code +0.0} never becomes {@code -0.0} (a sum is {@code -0.0} only when both terms are).
     *
     * @param c the factor
     * @param x array holding the input at {@code x[xOffset .. xOffset + n - 1]}
     * @param xOffset where the input starts
     * @param g the accumulator, updated in place; must not be {@code x}
     * @param gOffset where the updated block starts in {@code g}
     * @param n number of coordinates
     */
    static void addScaledInput(double c, double[] x, int xOffset, double[] g, int gOffset, int n) {
        int shift = xOffset - gOffset;
        // the invariant is over absolute indices: KeY's auto mode instantiates g[q] at the g[i] it meets, but not
        // g[gOffset + q] at g[i + gOffset] (measured: 5-7 goals left that way, none this way)
        /*@ loop_invariant gOffset <= i && i <= gOffset + n;
          @ loop_invariant (\forall int q; gOffset <= q && q < gOffset + n;
          @                    x[q + shift] == 0.0 && \old(g[q]) == 0.0 ==> g[q] == 0.0);
          @ assignable g[gOffset .. gOffset + n - 1];
          @ decreases gOffset + n - i;
          @*/
        for (int i = gOffset; i < gOffset + n; i++) {
            double xi = x[i + shift];
            if (xi != 0.0) {
                g[i] = g[i] + c * xi;
            }
        }
    }
}
