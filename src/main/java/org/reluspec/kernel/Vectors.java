package org.reluspec.kernel;

/**
 * Dense vector operations on {@code double[]}, the numeric base of every network in the suite.
 *
 * <p>Finiteness policy: an entry is <em>admissible</em> when it lies in {@code [-MAX_ENTRY, MAX_ENTRY]}
 * (which excludes NaN and both infinities). For admissible inputs of length at most {@link #MAX_LENGTH}
 * every result below is finite: {@code |sum_k a_k b_k| <= MAX_LENGTH * MAX_ENTRY^2 < 1.1e306}.
 * Outside that range the methods still run, but they promise nothing.
 *
 * <p>Kernel layer: Java-5-level syntax, no dependencies, JML contracts proved by KeY (see proofs-checks/).
 */
public final class Vectors {

    /** Largest admissible magnitude of a vector entry; its square times {@link #MAX_LENGTH} is finite. */
    public static final double MAX_ENTRY = 1.0E150;

    /** Largest admissible vector length (2^20). */
    public static final int MAX_LENGTH = 1048576;

    private Vectors() {
    }

    /*@ public normal_behavior
      @ requires a != null;
      @ requires 0 <= from && from <= to && to <= a.length;
      @ ensures \result <==> (\forall int k; from <= k && k < to;
      @                          0.0 - MAX_ENTRY <= a[k] && a[k] <= MAX_ENTRY);   // admissible-range
      @ assignable \strictly_nothing;
      @*/
    /**
     * Whether every entry of {@code a[from..to)} is admissible (finite and at most {@link #MAX_ENTRY} in magnitude).
     *
     * @param a the array
     * @param from first index, inclusive
     * @param to last index, exclusive
     * @return {@code true} when all entries in the range are admissible; {@code false} for any NaN or infinity
     */
    public static boolean isAdmissible(double[] a, int from, int to) {
        /*@ loop_invariant from <= k && k <= to;
          @ loop_invariant (\forall int q; from <= q && q < k; 0.0 - MAX_ENTRY <= a[q] && a[q] <= MAX_ENTRY);
          @ assignable \strictly_nothing;
          @ decreases to - k;
          @*/
        for (int k = from; k < to; k++) {
            if (!(0.0 - MAX_ENTRY <= a[k] && a[k] <= MAX_ENTRY)) {
                return false;
            }
        }
        return true;
    }

    /*@ public normal_behavior
      @ requires a != null && b != null;
      @ requires 0 <= n && n <= MAX_LENGTH;
      @ requires 0 <= aOffset && aOffset <= a.length - n;
      @ requires 0 <= bOffset && bOffset <= b.length - n;
      @ requires (\forall int k; 0 <= k && k < n; -MAX_ENTRY <= a[aOffset + k] && a[aOffset + k] <= MAX_ENTRY);
      @ requires (\forall int k; 0 <= k && k < n; -MAX_ENTRY <= b[bOffset + k] && b[bOffset + k] <= MAX_ENTRY);
      @ ensures !Double.isNaN(\result);   // no-NaN-from-admissible
      @ assignable \strictly_nothing;
      @ also
      @ public normal_behavior   // any entries: reads only, writes nothing (the frame a zero-gradient proof needs)
      @ requires a != null && b != null;
      @ requires 0 <= n && 0 <= aOffset && aOffset <= a.length - n && 0 <= bOffset && bOffset <= b.length - n;
      @ assignable \strictly_nothing;
      @*/
    /**
     * The inner product {@code sum_{k<n} a[aOffset+k] * b[bOffset+k]}, summed left to right.
     *
     * <p>The offsets let rows of flat row-major matrices be used without copying: row {@code i} of an
     * {@code m x d} matrix starts at {@code i * d}.
     *
     * @param a first operand
     * @param aOffset where the first operand starts in {@code a}
     * @param b second operand
     * @param bOffset where the second operand starts in {@code b}
     * @param n number of terms
     * @return the inner product
     */
    public static double dot(double[] a, int aOffset, double[] b, int bOffset, int n) {
        return dotFrom(0.0, a, aOffset, b, bOffset, n);
    }

    /*@ public normal_behavior
      @ requires a != null && b != null;
      @ requires 0 <= n && n <= MAX_LENGTH;
      @ requires 0 <= aOffset && aOffset <= a.length - n;
      @ requires 0 <= bOffset && bOffset <= b.length - n;
      @ requires -MAX_ENTRY <= start && start <= MAX_ENTRY;
      @ requires (\forall int k; 0 <= k && k < n; -MAX_ENTRY <= a[aOffset + k] && a[aOffset + k] <= MAX_ENTRY);
      @ requires (\forall int k; 0 <= k && k < n; -MAX_ENTRY <= b[bOffset + k] && b[bOffset + k] <= MAX_ENTRY);
      @ ensures !Double.isNaN(\result);   // no-NaN-from-admissible
      @ assignable \strictly_nothing;
      @ also
      @ public normal_behavior   // any entries: reads only, writes nothing
      @ requires a != null && b != null;
      @ requires 0 <= n && 0 <= aOffset && aOffset <= a.length - n && 0 <= bOffset && bOffset <= b.length - n;
      @ assignable \strictly_nothing;
      @*/
    /**
     * {@code start + sum_{k<n} a[aOffset+k] * b[bOffset+k]}, summed left to right after {@code start}. With a bias
     * as {@code start} this is the pre-activation {@code b_j + <w_j, x>} in the order VYS's and MYV's biased networks
     * have always summed it (the bias first), which {@link TwoLayerNet#preActivation} (bias last) does not reproduce
     * bit for bit.
     *
     * @param start the value the sum starts from
     * @param a first operand
     * @param aOffset where the first operand starts in {@code a}
     * @param b second operand
     * @param bOffset where the second operand starts in {@code b}
     * @param n number of terms
     * @return {@code start} plus the inner product
     */
    public static double dotFrom(double start, double[] a, int aOffset, double[] b, int bOffset, int n) {
        double s = start;
        // No partial-sum bound is needed for no-NaN: a finite term added to a sum that is not NaN (finite or an
        // infinity) gives a sum that is not NaN; the implication keeps the second spec case (any entries) valid.
        /*@ loop_invariant 0 <= k && k <= n;
          @ loop_invariant (-MAX_ENTRY <= start && start <= MAX_ENTRY
          @     && (\forall int q; 0 <= q && q < n; -MAX_ENTRY <= a[aOffset + q] && a[aOffset + q] <= MAX_ENTRY)
          @     && (\forall int q; 0 <= q && q < n; -MAX_ENTRY <= b[bOffset + q] && b[bOffset + q] <= MAX_ENTRY))
          @     ==> !Double.isNaN(s);
          @ assignable \strictly_nothing;
          @ decreases n - k;
          @*/
        for (int k = 0; k < n; k++) {
            s += a[aOffset + k] * b[bOffset + k];
        }
        return s;
    }

    /*@ public normal_behavior
      @ requires a != null && b != null;
      @ requires 0 <= n && n <= MAX_LENGTH;
      @ requires 0 <= aOffset && aOffset <= a.length - n;
      @ requires 0 <= bOffset && bOffset <= b.length - n;
      @ requires (\forall int k; 0 <= k && k < n; -MAX_ENTRY <= a[aOffset + k] && a[aOffset + k] <= MAX_ENTRY);
      @ requires (\forall int k; 0 <= k && k < n; -MAX_ENTRY <= b[bOffset + k] && b[bOffset + k] <= MAX_ENTRY);
      @ ensures !Double.isNaN(\result);   // no-NaN-from-admissible
      @ assignable \strictly_nothing;
      @*/
    /**
     * The inner product in four interleaved partial sums, {@code (s0 + s1) + (s2 + s3)} with {@code s_r} summing
     * the terms {@code k = r mod 4} (the tail past the last full block goes to {@code s0}). The JIT vectorizes this
     * order and not the strict left-to-right one; it is the order WUMA's lazy network has always summed in, so its
     * numbers are unchanged by running on the kernel.
     *
     * @param a first operand
     * @param aOffset where the first operand starts in {@code a}
     * @param b second operand
     * @param bOffset where the second operand starts in {@code b}
     * @param n number of terms
     * @return the inner product
     */
    public static double dotFourWay(double[] a, int aOffset, double[] b, int bOffset, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = 0;
        /*@ loop_invariant 0 <= i && i <= n;
          @ assignable \strictly_nothing;
          @ decreases n - i;
          @*/
        for (; i + 3 < n; i += 4) {
            s0 += a[aOffset + i] * b[bOffset + i];
            s1 += a[aOffset + i + 1] * b[bOffset + i + 1];
            s2 += a[aOffset + i + 2] * b[bOffset + i + 2];
            s3 += a[aOffset + i + 3] * b[bOffset + i + 3];
        }
        /*@ loop_invariant 0 <= i && i <= n;
          @ assignable \strictly_nothing;
          @ decreases n - i;
          @*/
        for (; i < n; i++) {
            s0 += a[aOffset + i] * b[bOffset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /*@ public normal_behavior
      @ requires a != null && a.length <= MAX_LENGTH;
      @ requires (\forall int k; 0 <= k && k < a.length; -MAX_ENTRY <= a[k] && a[k] <= MAX_ENTRY);
      @ ensures !Double.isNaN(\result) && \result >= 0.0;   // nonnegative
      @ assignable \strictly_nothing;
      @*/
    /**
     * The squared Euclidean norm {@code ||a||^2 = sum_k a_k^2}.
     *
     * @param a the vector
     * @return {@code ||a||^2}, never negative
     */
    public static double squaredNorm(double[] a) {
        double s = 0.0;
        /*@ loop_invariant 0 <= k && k <= a.length;
          @ loop_invariant s >= 0.0;
          @ assignable \strictly_nothing;
          @ decreases a.length - k;
          @*/
        for (int k = 0; k < a.length; k++) {
            s += a[k] * a[k];
        }
        return s;
    }

    /*@ public normal_behavior
      @ requires a != null && b != null;
      @ requires 0 <= n && n <= MAX_LENGTH;
      @ requires 0 <= aOffset && aOffset <= a.length - n;
      @ requires 0 <= bOffset && bOffset <= b.length - n;
      @ requires (\forall int k; 0 <= k && k < n; -MAX_ENTRY <= a[aOffset + k] && a[aOffset + k] <= MAX_ENTRY);
      @ requires (\forall int k; 0 <= k && k < n; -MAX_ENTRY <= b[bOffset + k] && b[bOffset + k] <= MAX_ENTRY);
      @ ensures !Double.isNaN(\result) && \result >= 0.0;   // nonnegative
      @ assignable \strictly_nothing;
      @*/
    /**
     * The squared Euclidean distance {@code sum_k (a[aOffset+k] - b[bOffset+k])^2}, summed left to right: how far
     * a row of a weight matrix has moved from its initialization.
     *
     * @param a first operand
     * @param aOffset where the first operand starts in {@code a}
     * @param b second operand
     * @param bOffset where the second operand starts in {@code b}
     * @param n number of coordinates
     * @return the squared distance, never negative
     */
    public static double squaredDistance(double[] a, int aOffset, double[] b, int bOffset, int n) {
        double s = 0.0;
        /*@ loop_invariant 0 <= k && k <= n;
          @ loop_invariant s >= 0.0;
          @ assignable \strictly_nothing;
          @ decreases n - k;
          @*/
        for (int k = 0; k < n; k++) {
            double e = a[aOffset + k] - b[bOffset + k];
            s += e * e;
        }
        return s;
    }

    /*@ public normal_behavior
      @ requires a != null && !Double.isNaN(value);
      @ ensures (\forall int k; 0 <= k && k < a.length; a[k] == value);
      @ assignable a[*];
      @*/
    /**
     * Sets every entry of {@code a} to {@code value}.
     *
     * @param a the array
     * @param value the value, not NaN
     */
    public static void fill(double[] a, double value) {
        /*@ loop_invariant 0 <= k && k <= a.length;
          @ loop_invariant (\forall int q; 0 <= q && q < k; a[q] == value);
          @ assignable a[*];
          @ decreases a.length - k;
          @*/
        for (int k = 0; k < a.length; k++) {
            a[k] = value;
        }
    }

    /*@ public normal_behavior
      @ requires x != null && y != null && x != y;
      @ requires 0 <= n && 0 <= xOffset && xOffset <= x.length - n;
      @ requires 0 <= yOffset && yOffset <= y.length - n;
      @ requires -MAX_ENTRY <= alpha && alpha <= MAX_ENTRY;
      @ requires (\forall int k; 0 <= k && k < n; -MAX_ENTRY <= x[xOffset + k] && x[xOffset + k] <= MAX_ENTRY);
      @ requires (\forall int k; 0 <= k && k < n; -MAX_ENTRY <= y[yOffset + k] && y[yOffset + k] <= MAX_ENTRY);
      @ ensures (\forall int k; 0 <= k && k < n;
      @             y[yOffset + k] == \old(y[yOffset + k]) + alpha * x[xOffset + k]);   // update (both sides finite)
      @ assignable y[yOffset .. yOffset + n - 1];                                        // frame
      @*/
    /**
     * {@code y[yOffset+k] += alpha * x[xOffset+k]} for {@code k < n}; nothing else of {@code y} is written.
     *
     * <p>With flat row-major matrices, the offsets select rows: adding {@code c} times example {@code e} of an
     * {@code r x d} data matrix to row {@code i} of an {@code m x d} gradient is
     * {@code axpy(c, X, e * d, G, i * d, d)}.
     *
     * @param alpha the scalar
     * @param x the vector added
     * @param xOffset where the added block starts in {@code x}
     * @param y the vector updated in place; must not be {@code x}
     * @param yOffset where the updated block starts in {@code y}
     * @param n number of entries updated
     */
    public static void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int n) {
        /*@ loop_invariant 0 <= k && k <= n;
          @ loop_invariant (\forall int q; 0 <= q && q < k;
          @                    y[yOffset + q] == \old(y[yOffset + q]) + alpha * x[xOffset + q]);
          @ loop_invariant (\forall int q; k <= q && q < n; y[yOffset + q] == \old(y[yOffset + q]));
          @ assignable y[yOffset .. yOffset + n - 1];
          @ decreases n - k;
          @*/
        for (int k = 0; k < n; k++) {
            y[yOffset + k] = y[yOffset + k] + alpha * x[xOffset + k];
        }
    }
}
