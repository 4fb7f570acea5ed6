package org.reluspec.train;

import org.reluspec.linalg.Rounding;

/**
 * Exact walks along a ray {@code x + t e} through a one-hidden-layer ReLU network
 * {@code N(x) = c + sum_j v_j relu(a_j + t s_j)}, where {@code a_j} is neuron {@code j}'s pre-activation at {@code x}
 * and {@code s_j} its slope along {@code e}. {@code N} is piecewise linear in {@code t} with a breakpoint at
 * {@code t_j = -a_j / s_j}; sorting the breakpoints once and toggling one neuron per breakpoint makes a walk cost
 * {@code O(m log m)} instead of the {@code O(m^2)} of recomputing the active set on every segment.
 *
 * <p>Active means {@code a_j + t s_j > 0} in the interior of a segment, so a neuron exactly at its kink is active on
 * the side it moves into.
 */
public final class RayWalk {

    private final double[] a;
    private final double[] s;
    private final int[] order;      // neurons with a breakpoint in (0, tMax), by breakpoint
    private final double[] breaks;  // their breakpoints, ascending
    private final boolean[] activeAtStart;

    /**
     * @param a pre-activations at {@code t = 0} (kept)
     * @param s their slopes along the ray (kept)
     * @param tMax the walk's limit
     */
    public RayWalk(double[] a, double[] s, double tMax) {
        if (a.length != s.length) {
            throw new IllegalArgumentException("pre-activations " + a.length + " vs slopes " + s.length);
        }
        this.a = a;
        this.s = s;
        int m = a.length;
        activeAtStart = new boolean[m];
        double[] t = new double[m];
        int[] idx = new int[m];
        int n = 0;
        for (int j = 0; j < m; j++) {
            activeAtStart[j] = a[j] > 0 || (a[j] == 0 && s[j] > 0);
            if (s[j] != 0) {
                double tj = -a[j] / s[j];
                if (tj > 0 && tj < tMax) {
                    t[j] = tj;
                    idx[n++] = j;
                }
            }
        }
        order = sortByBreakpoint(idx, n, t, s);
        breaks = new double[n];
        for (int k = 0; k < n; k++) {
            breaks[k] = t[order[k]];
        }
    }

    /**
     * Ascending breakpoints; at equal {@code t} entering neurons ({@code s > 0}) before leaving ones, then by neuron
     * index, so that a walk toggling one neuron at a time passes through the set active exactly at the shared
     * breakpoint: the order of a stable sort by {@link #before}. First a primitive sort of keys that hold a
     * breakpoint's leading bits above its neuron's index (a positive double's bits order as the double does), then a
     * stable merge sort with the exact comparison inside each run of neurons whose breakpoints share those leading bits
     * (usually none: runs come from equal or nearly equal breakpoints, as when {@code d = 1} puts every neuron's kink
     * at one point). An indirect merge sort of all neurons took half the time of a test set's flip steps at
     * {@code d = 196}.
     */
    private static int[] sortByBreakpoint(int[] idx, int n, double[] t, double[] s) {
        int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, t.length - 1));
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        for (int k = 0; k < n; k++) {
            int j = idx[k];
            keys[k] = Double.doubleToRawLongBits(t[j]) & ~indexMask | j;
        }
        java.util.Arrays.sort(keys);
        int[] sorted = new int[n];
        for (int k = 0; k < n; k++) {
            sorted[k] = (int) (keys[k] & indexMask);
        }
        int[] tmp = null;
        int start = 0;
        for (int k = 1; k <= n; k++) {
            if (k == n || (keys[k] & ~indexMask) != (keys[start] & ~indexMask)) {
                if (k - start > 1) {
                    if (tmp == null) {
                        tmp = new int[n];
                    }
                    mergeSort(sorted, tmp, start, k, t, s);   // the run is in index order, so stability keeps it
                }
                start = k;
            }
        }
        return sorted;
    }

    private static void mergeSort(int[] a, int[] tmp, int lo, int hi, double[] t, double[] s) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, t, s);
        mergeSort(a, tmp, mid, hi, t, s);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            tmp[k++] = before(a[j], a[i], t, s) ? a[j++] : a[i++];
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < hi) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    private static boolean before(int p, int q, double[] t, double[] s) {
        return t[p] < t[q] || (t[p] == t[q] && s[p] > 0 && !(s[q] > 0));
    }

    /** @return how many breakpoints lie in {@code (0, tMax)} */
    public int breakpoints() {
        return order.length;
    }

    /**
     * @param k breakpoint index
     * @return the neuron that toggles there
     */
    public int neuronAt(int k) {
        return order[k];
    }

    /**
     * @param k breakpoint index
     * @return its {@code t}
     */
    public double breakAt(int k) {
        return breaks[k];
    }

    /**
     * @param j neuron
     * @return whether it is active just after {@code t = 0}
     */
    public boolean activeAtStart(int j) {
        return activeAtStart[j];
    }

    /**
     * The smallest {@code t} in {@code (0, tMax]} at which {@code N(x + t e)} reaches 0 or has the sign opposite
     * to {@code N(x)} (the decision boundary counts as a flip). A value at a breakpoint within the rounding error of
     * the running sums ({@code gamma_n} times the sum of the magnitudes of every term added, {@code n} the number of
     * additions) cannot be told from 0 and counts as reaching it: otherwise, where many neurons share one kink (every
     * neuron when {@code d = 1}), the sign of the rounding noise would decide whether the walk sees the boundary.
     *
     * @param v output weights
     * @param c output bias
     * @param tMax the limit given to the constructor
     * @return the flip distance in units of {@code e}; 0 when {@code N(x) = 0}; {@code +infinity} when there is none
     */
    public double flipDistance(double[] v, double c, double tMax) {
        double alpha = c;  // N(x + t e) = alpha + beta t on the current segment
        double beta = 0;
        double absAlpha = Math.abs(c);   // sums of the magnitudes of every term added to alpha and beta
        double absBeta = 0;
        int additions = 1;
        for (int j = 0; j < a.length; j++) {
            if (activeAtStart[j]) {
                alpha += v[j] * a[j];
                beta += v[j] * s[j];
                absAlpha += Math.abs(v[j] * a[j]);
                absBeta += Math.abs(v[j] * s[j]);
                additions++;
            }
        }
        double f0 = c;
        for (int j = 0; j < a.length; j++) {
            f0 += v[j] * Math.max(0, a[j]);
        }
        if (f0 == 0) {
            return 0;
        }
        int active = 0;
        for (boolean on : activeAtStart) {
            active += on ? 1 : 0;
        }
        double lo = 0;
        for (int k = 0; k <= order.length; k++) {
            double hi = k < order.length ? breaks[k] : tMax;
            if (active == 0) {
                // no active neuron: N = c exactly, whatever rounding the running sums carry
                alpha = c;
                beta = 0;
            }
            double fHi = alpha + beta * hi;
            if (Math.signum(fHi) != Math.signum(f0)) {
                // constant on the segment (beta = 0): continuity puts the sign change at its start, which rounding
                // kept the previous segment from seeing
                double t = beta != 0 ? -alpha / beta : lo;
                return Math.min(hi, Math.max(lo, t));
            }
            if (k < order.length && active > 0
                    && Math.abs(fHi) <= Rounding.gamma(additions + 2) * (absAlpha + absBeta * hi)) {
                return hi;
            }
            if (k < order.length) {
                int j = order[k];
                double sign = s[j] > 0 ? 1 : -1;  // entering (s > 0) or leaving (s < 0)
                alpha += sign * v[j] * a[j];
                beta += sign * v[j] * s[j];
                absAlpha += Math.abs(v[j] * a[j]);
                absBeta += Math.abs(v[j] * s[j]);
                additions++;
                active += s[j] > 0 ? 1 : -1;
            }
            lo = hi;
        }
        return Double.POSITIVE_INFINITY;
    }
}
