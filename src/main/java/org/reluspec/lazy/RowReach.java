package org.reluspec.lazy;

import org.reluspec.kernel.Vectors;
import org.reluspec.linalg.Rounding;

/**
 * Rigorous upper bounds {@code r_s >= ||w_s - w_{s,0}||} on how far each row of the first layer is from its
 * initialization, carried through lazy SGD steps without reading the weights.
 *
 * <p>Why: deciding "still inside the ball" by measuring every row after every step is a full pass over the
 * {@code m x d} weights, as costly as the step itself through BLAS. A step moves row {@code s} by
 * {@code delta_s = sum_b g_{sb} x_b}, whose length {@code sqrt(g_s^T K g_s)} needs only the batch's Gram matrix
 * {@code K = X X^T}. Rows whose bound stays below the ball's radius by more than the rounding of the distance itself
 * are provably inside (the distance, once computed, would come out {@code <= V}), so only the other rows are measured.
 * The decisions are those of measuring every row; the pass is skipped, not approximated.
 *
 * <p>Each bound covers, besides {@code ||delta_s||}: the rounding of the Gram matrix and of the quadratic form, and
 * the rounding of the step itself ({@code fl(w + sum_b g_b x_b)} in any order, with or without FMA, is within
 * {@code gamma_{B+1} (|w_k| + sum_b |g_b x_bk|)} per coordinate, Higham ch. 3). Every rounded bound is inflated
 * by a relative {@code 1e-12}, far above the few ulps it has to cover.
 */
final class RowReach {

    private static final double UP = 1 + 1e-12;

    private final double[] reach;
    private final double[] initNorm;
    private final double inside;
    private final double measureSlack;

    /**
     * @param initNorm upper bounds on {@code ||w_{s,0}||}
     * @param radius the ball's {@code V}
     * @param d input dimension
     */
    RowReach(double[] initNorm, double radius, int d) {
        this.reach = new double[initNorm.length];
        this.initNorm = initNorm;
        // a computed distance (d differences, d squares summed, one square root) is within gamma_{d+3} of the exact one
        this.measureSlack = 2 * Rounding.gamma(d + 3);
        this.inside = radius / (1 + 2 * measureSlack);
    }

    /**
     * @param x vectors, flat
     * @param n how many
     * @param d their length
     * @return upper bounds on their Euclidean norms
     */
    static double[] norms(double[] x, int n, int d) {
        double slack = (1 + 2 * Rounding.gamma(d + 2)) * UP;
        double[] out = new double[n];
        for (int b = 0; b < n; b++) {
            // the slack holds in any summation order, so the four-way sum (vectorized; the strict order is a chain of
            // d dependent additions) serves: 28% of a single flip step at d = 784 went to the strict one
            out[b] = Math.sqrt(Vectors.dotFourWay(x, b * d, x, b * d, d)) * slack;
        }
        return out;
    }

    /**
     * @param gram a computed Gram matrix {@code X X^T} (any summation order), {@code n x n}
     * @param n its order
     * @param d the length of the vectors
     * @return upper bounds on the vectors' norms, from the diagonal (each within {@code gamma_d} of its exact value)
     */
    static double[] normsFromGram(double[] gram, int n, int d) {
        double slack = (1 + 2 * Rounding.gamma(d + 2)) * UP;
        double[] out = new double[n];
        for (int b = 0; b < n; b++) {
            out[b] = Math.sqrt(gram[b * n + b]) * slack;
        }
        return out;
    }

    /** @return the current bound on row {@code s}'s distance */
    double of(int s) {
        return reach[s];
    }

    /** @return {@code max_s r_s} */
    double max() {
        double max = 0;
        for (double r : reach) {
            max = Math.max(max, r);
        }
        return max;
    }

    /** @return an upper bound on {@code ||w_s||}: {@code ||w_{s,0}|| + r_s} */
    double normBound(int s) {
        return (initNorm[s] + reach[s]) * UP;
    }

    /**
     * Records a measured distance.
     *
     * @param s row
     * @param computed the computed {@code ||w_s - w_{s,0}||}, in any summation order
     */
    void measured(int s, double computed) {
        reach[s] = computed * (1 + measureSlack) * UP + Double.MIN_NORMAL;
    }

    /**
     * Advances every bound by the step {@code w_s += sum_b g[s + b m] x_b} (BLAS's column-major {@code m x B}).
     *
     * @param g the step's coefficients, column-major {@code m x B}
     * @param gram {@code K = X X^T} as computed, row-major {@code B x B}
     * @param xNorm upper bounds on {@code ||x_b||}
     * @param d input dimension
     * @return whether every row is provably inside the ball after the step (NaN or overflow: not provably)
     */
    boolean advance(double[] g, double[] gram, double[] xNorm, int d) {
        int m = reach.length;
        int n = xNorm.length;
        Slack slack = new Slack(d, n);
        boolean allInside = true;
        double[] gs = new double[n];
        for (int s = 0; s < m; s++) {
            for (int b = 0; b < n; b++) {
                gs[b] = g[s + b * m];
            }
            allInside &= grow(s, form(gs, gram, n), absSum(gs, xNorm, n), slack);
        }
        return allInside;
    }

    /**
     * {@link #advance} for lazy SGD's steps, {@code g_{sb} = a_s c_b 1[w_s . x_b >= 0]} with {@code a_s = +-1}:
     * {@code ||delta_s||} depends on the row only through its mask, so the quadratic form is evaluated once per
     * mask (a table of {@code 2^B} entries) instead of once per row.
     *
     * @param c the batch's coefficients {@code c_b}
     * @param mask bit {@code b} of {@code mask[s]} set when {@code g_{sb} != 0}
     * @param gram {@code K = X X^T} as computed, row-major {@code B x B}
     * @param xNorm upper bounds on {@code ||x_b||}
     * @param d input dimension
     * @return whether every row is provably inside the ball after the step
     */
    boolean advanceMasked(double[] c, int[] mask, double[] gram, double[] xNorm, int d) {
        int n = c.length;
        if (n > MAX_MASK_BITS) {
            throw new IllegalArgumentException("masks of " + n + " > " + MAX_MASK_BITS + " bits: use advance");
        }
        Slack slack = new Slack(d, n);
        double[] forms = new double[1 << n];
        double[] sums = new double[1 << n];
        double[] v = new double[n];
        for (int pattern = 0; pattern < forms.length; pattern++) {
            for (int b = 0; b < n; b++) {
                v[b] = (pattern >>> b & 1) != 0 ? c[b] : 0.0;
            }
            forms[pattern] = form(v, gram, n);
            sums[pattern] = absSum(v, xNorm, n);
        }
        boolean allInside = true;
        for (int s = 0; s < reach.length; s++) {
            allInside &= grow(s, forms[mask[s]], sums[mask[s]], slack);
        }
        return allInside;
    }

    /** Widest batch {@link #advanceMasked} tabulates. */
    static final int MAX_MASK_BITS = 12;

    /** The rounding allowances of one step: the quadratic form's and the update's. */
    private record Slack(double form, double step) {
        Slack(int d, int n) {
            this(4 * (Rounding.gamma(d) + Rounding.gamma(n * n + 2)), Rounding.gamma(n + 1));
        }
    }

    /** {@code v^T K v} over the lower triangle: the diagonal once, each pair {@code b > c} twice. */
    private static double form(double[] v, double[] gram, int n) {
        double q = 0;
        for (int b = 0; b < n; b++) {
            double kv = 0;
            for (int c = 0; c < b; c++) {
                kv += gram[b * n + c] * v[c];
            }
            q += v[b] * (2 * kv + gram[b * n + b] * v[b]);
        }
        return q;
    }

    /** {@code sum_b |v_b| ||x_b||}: bounds {@code ||sum_b v_b x_b||} and the update's rounding. */
    private static double absSum(double[] v, double[] xNorm, int n) {
        double t = 0;
        for (int b = 0; b < n; b++) {
            t += Math.abs(v[b]) * xNorm[b];
        }
        return t * UP;
    }

    /**
     * @param q the computed {@code g_s^T K g_s}
     * @param t {@link #absSum} of {@code g_s}
     * @return whether row {@code s} is provably inside afterwards
     */
    private boolean grow(int s, double q, double t, Slack slack) {
        // |q - exact| <= slack.form t^2 (Gram and form rounding); the update rounds by at most
        // gamma_{B+1} (||w_s|| + t) in norm
        double delta = Math.sqrt(Math.max(0, q) + slack.form() * t * t) * UP;
        double next = (reach[s] + delta + slack.step() * (normBound(s) + t)) * UP;
        reach[s] = next;
        return next <= inside;
    }

    /**
     * @param s row
     * @return whether the bound alone proves the row inside, so that measuring it would give {@code <= V}
     */
    boolean provablyInside(int s) {
        return reach[s] <= inside;
    }
}
