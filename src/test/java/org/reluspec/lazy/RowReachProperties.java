package org.reluspec.lazy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.reluspec.kernel.Vectors;
import org.reluspec.linalg.Blas;

/**
 * {@link RowReach} is what lets the BLAS path of lazy SGD skip measuring rows: its bound must never fall below a
 * row's exact distance (computed here in {@link BigDecimal}), and a row it calls provably inside must measure
 * {@code <= V} (the radius is set just above the largest final distance, so rows end near the boundary). Steps go through the same {@code dgemm} as training, with
 * magnitudes from {@code 1e-60} to {@code 1e60} and exact zeros.
 */
class RowReachProperties {

    private static double entry(SplittableRandom g, int exponent) {
        return g.nextInt(8) == 0 ? 0.0 : g.nextGaussian() * Math.pow(10, exponent);
    }

    @Property(tries = 300)
    void theBoundCoversTheExactDistanceAndProvablyInsideRowsMeasureInside(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int d, @ForAll @IntRange(min = 1, max = 12) int m,
            @ForAll @IntRange(min = 1, max = 8) int n, @ForAll @IntRange(min = 1, max = 6) int steps,
            @ForAll @IntRange(min = -60, max = 60) int wExp, @ForAll @IntRange(min = -60, max = 60) int xExp,
            @ForAll @IntRange(min = -60, max = 60) int gExp) {
        SplittableRandom g = new SplittableRandom(seed);
        double[] w0 = new double[m * d];
        for (int k = 0; k < w0.length; k++) {
            w0[k] = entry(g, wExp);
        }
        double[] w = w0.clone();
        // first pass: the steps and the exact distances; the radius is then set just above one row's final distance
        double[][] xbs = new double[steps][];
        double[][] gbs = new double[steps][];
        for (int t = 0; t < steps; t++) {
            double[] xb = new double[n * d];
            double[] gb = new double[m * n];
            for (int k = 0; k < xb.length; k++) {
                xb[k] = entry(g, xExp);
            }
            for (int k = 0; k < gb.length; k++) {
                gb[k] = entry(g, gExp);
            }
            xbs[t] = xb;
            gbs[t] = gb;
        }
        double[] wExact = w0.clone();
        for (int t = 0; t < steps; t++) {
            Blas.get().dgemm("N", "T", d, m, n, 1.0, xbs[t], d, gbs[t], m, 1.0, wExact, d);
        }
        double finalMax = 0;
        for (int s = 0; s < m; s++) {
            finalMax = Math.max(finalMax, exactDistance(wExact, w0, s, d).doubleValue());
        }
        double radius = finalMax * (1 + 1e-15) + Double.MIN_VALUE;
        RowReach reach = new RowReach(RowReach.norms(w0, m, d), radius, d);
        for (int t = 0; t < steps; t++) {
            // the Gram matrix as the BLAS path computes it (the reference path's order is the other property's)
            double[] gram = new double[n * n];
            Blas.get().dgemm("T", "N", n, n, d, 1.0, xbs[t], d, xbs[t], d, 0.0, gram, n);
            reach.advance(gbs[t], gram, RowReach.normsFromGram(gram, n, d), d);
            Blas.get().dgemm("N", "T", d, m, n, 1.0, xbs[t], d, gbs[t], m, 1.0, w, d);
            for (int s = 0; s < m; s++) {
                BigDecimal exact = exactDistance(w, w0, s, d);
                assertTrue(new BigDecimal(reach.of(s)).compareTo(exact) >= 0,
                        "step " + t + " row " + s + ": bound " + reach.of(s) + " < exact " + exact);
                if (reach.provablyInside(s)) {
                    double inKernelOrder = Math.sqrt(Vectors.squaredDistance(w, s * d, w0, s * d, d));
                    assertTrue(inKernelOrder <= radius, "provably inside, yet measures " + inKernelOrder + " > "
                            + radius);
                }
            }
        }
    }

    /**
     * Lazy SGD's steps {@code g_sb = a_s c_b 1[mask]}: the tabulated bounds are the per-row ones, bit for bit (the
     * quadratic form of {@code -v} rounds exactly as that of {@code v}), so the invariant above carries over.
     */
    @Property(tries = 200)
    void maskedStepsGiveThePerRowBoundsBitForBit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int d,
            @ForAll @IntRange(min = 1, max = 40) int m, @ForAll @IntRange(min = 1, max = 8) int n,
            @ForAll @IntRange(min = -60, max = 60) int xExp, @ForAll @IntRange(min = -60, max = 60) int cExp) {
        SplittableRandom g = new SplittableRandom(seed);
        double[] w0 = new double[m * d];
        for (int k = 0; k < w0.length; k++) {
            w0[k] = entry(g, 0);
        }
        RowReach perRow = new RowReach(RowReach.norms(w0, m, d), 1.0, d);
        RowReach masked = new RowReach(RowReach.norms(w0, m, d), 1.0, d);
        for (int t = 0; t < 3; t++) {
            double[] xb = new double[n * d];
            for (int k = 0; k < xb.length; k++) {
                xb[k] = entry(g, xExp);
            }
            double[] c = new double[n];
            for (int b = 0; b < n; b++) {
                c[b] = entry(g, cExp);
            }
            int[] mask = new int[m];
            double[] gb = new double[m * n];
            for (int s = 0; s < m; s++) {
                double a = g.nextBoolean() ? 1 : -1;
                for (int b = 0; b < n; b++) {
                    if (g.nextBoolean()) {
                        mask[s] |= 1 << b;
                        gb[s + b * m] = c[b] * a;
                    }
                }
            }
            double[] gram = new double[n * n];
            for (int b = 0; b < n; b++) {
                for (int e = 0; e < n; e++) {
                    double sum = 0;
                    for (int k = 0; k < d; k++) {
                        sum += xb[b * d + k] * xb[e * d + k];
                    }
                    gram[b * n + e] = sum;
                }
            }
            double[] xNorm = RowReach.normsFromGram(gram, n, d);
            boolean a = perRow.advance(gb, gram, xNorm, d);
            boolean b = masked.advanceMasked(c, mask, gram, xNorm, d);
            assertEquals(a, b);
            for (int s = 0; s < m; s++) {
                assertEquals(Double.doubleToRawLongBits(perRow.of(s)), Double.doubleToRawLongBits(masked.of(s)),
                        "row " + s + " step " + t);
            }
        }
    }

    private static BigDecimal exactDistance(double[] w, double[] w0, int s, int d) {
        BigDecimal sq = BigDecimal.ZERO;
        for (int k = s * d; k < s * d + d; k++) {
            BigDecimal e = new BigDecimal(w[k]).subtract(new BigDecimal(w0[k]));
            sq = sq.add(e.multiply(e));
        }
        return sq.sqrt(new MathContext(40, java.math.RoundingMode.UP));
    }
}
