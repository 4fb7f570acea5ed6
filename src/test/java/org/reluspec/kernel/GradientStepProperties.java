package org.reluspec.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Run-time mirror of {@link GradientStep}'s contracts, including the frozen-weights postcondition (MYV-A.2). */
class GradientStepProperties {

    /** A training problem whose data lie in M = span(e_1..e_{d-ell}): the last ell coordinates are exact zeros. */
    record Problem(int d, int ell, int m, int r, long seed, double eta, double marginScale) {

        double[] weights() {
            return fill(m * d, seed, 1.0 / Math.sqrt(d));
        }

        double[] data() {
            double[] x = fill(r * d, seed + 1, 1.0);
            for (int e = 0; e < r; e++) {
                for (int k = d - ell; k < d; k++) {
                    x[e * d + k] = (k % 2 == 0) ? 0.0 : -0.0; // both signed zeros
                }
            }
            return x;
        }

        double[] outputWeights() {
            double[] u = new double[m];
            SplittableRandom g = new SplittableRandom(seed + 2);
            for (int i = 0; i < m; i++) {
                u[i] = (g.nextBoolean() ? 1 : -1) / Math.sqrt(m);
            }
            return u;
        }

        static double[] fill(int n, long seed, double scale) {
            SplittableRandom g = new SplittableRandom(seed);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = scale * (2 * g.nextDouble() - 1);
            }
            return a;
        }
    }

    @Provide
    Arbitrary<Problem> problemsOnM() {
        Arbitrary<Integer> dims = Arbitraries.integers().between(2, 30);
        return dims.flatMap(d -> Combinators.combine(
                Arbitraries.integers().between(1, d - 1),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 8),
                Arbitraries.longs(),
                Arbitraries.of(1e-300, Double.MIN_VALUE, 1e-8, 0.1, 1.0, 1e6, 1e30),
                Arbitraries.of(1.0, 1e3, 1e300, -1e300))
                .as((ell, m, r, seed, eta, margin) -> new Problem(d, ell, m, r, seed, eta, margin)));
    }

    /** Logistic coefficients c_p = L'(y N(x)) y at margins scaled up to 1e300, the "huge margin" edge. */
    private static double[] logisticCoefficients(Problem p, double[] w, double[] u, double[] x) {
        double[] c = new double[p.r()];
        for (int e = 0; e < p.r(); e++) {
            double y = e % 2 == 0 ? 1 : -1;
            double q = p.marginScale() * y * TwoLayerNet.forward(w, new double[p.m()], u, p.d(), p.m(),
                    Arrays.copyOfRange(x, e * p.d(), (e + 1) * p.d()));
            c[e] = Losses.logisticDerivative(q) * y;
        }
        return c;
    }

    private static int[] allExamples(int r) {
        int[] batch = new int[r];
        for (int e = 0; e < r; e++) {
            batch[e] = e;
        }
        return batch;
    }

    @Property(tries = 300)
    void frozenCoordinatesAreBitwiseUnchangedForDataInM(@ForAll("problemsOnM") Problem p) {
        Statistics.label("eta").collect(p.eta());
        Statistics.label("eta").coverage(cov -> {
            cov.check(Double.MIN_VALUE).count(n -> n > 0);
            cov.check(1e30).count(n -> n > 0);
        });
        double[] w = p.weights();
        double[] before = w.clone();
        double[] u = p.outputWeights();
        double[] x = p.data();
        double[] c = logisticCoefficients(p, w, u, x);
        try {
            GradientStep.apply(w, new double[p.m()], u, p.d(), p.m(), x, allExamples(p.r()), c, p.eta(), 0.0,
                    new double[p.m() * p.d()], new double[p.m()], new double[p.m()]);
        } catch (NonFiniteException e) {
            assertArrayEquals(before, w, 0.0, "a refused step writes nothing");
            return;
        }
        for (int i = 0; i < p.m(); i++) {
            for (int k = p.d() - p.ell(); k < p.d(); k++) {
                assertEquals(Double.doubleToRawLongBits(before[i * p.d() + k]),
                        Double.doubleToRawLongBits(w[i * p.d() + k]), "w_" + i + "[" + k + "]");
            }
        }

    }

    @Property(tries = 200)
    void weightDecayScalesFrozenCoordinatesByExactlyOneMinusEtaLambda(@ForAll("problemsOnM") Problem p) {
        double eta = Math.min(p.eta(), 1.0);
        double lambda = 0.37;
        double[] w = p.weights();
        double[] before = w.clone();
        double[] u = p.outputWeights();
        double[] x = p.data();
        GradientStep.apply(w, new double[p.m()], u, p.d(), p.m(), x, allExamples(p.r()),
                logisticCoefficients(p, w, u, x), eta, lambda, new double[p.m() * p.d()], new double[p.m()], new double[p.m()]);
        double decay = 1.0 - eta * lambda;
        for (int i = 0; i < p.m(); i++) {
            for (int k = p.d() - p.ell(); k < p.d(); k++) {
                assertEquals(decay * before[i * p.d() + k], w[i * p.d() + k], 0.0);
            }
        }
    }

    @Example
    void nanOrInfiniteLossDerivativeIsRefusedAndWritesNothing() {
        Problem p = new Problem(6, 2, 3, 4, 7, 0.1, 1);
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double[] w = p.weights();
            double[] before = w.clone();
            double[] c = {-0.5, bad, -0.25, 0.1};
            NonFiniteException e = assertThrows(NonFiniteException.class, () -> GradientStep.apply(w,
                    new double[p.m()], p.outputWeights(), p.d(), p.m(), p.data(), allExamples(p.r()), c, 0.1, 0.0,
                    new double[p.m() * p.d()], new double[p.m()], new double[p.m()]));
            assertEquals(1, e.getIndex());
            assertEquals("loss derivative coefficient", e.getQuantity());
            assertEquals(Double.doubleToRawLongBits(bad), Double.doubleToRawLongBits(e.getValue()));
            assertEquals("loss derivative coefficient at index 1 is not admissible (finite and within range)",
                    e.getMessage());   // the number is getValue()'s: KeY cannot execute String + double
            assertArrayEquals(before, w, 0.0);
        }
    }

    @Example
    void anUpdateThatLeavesTheAdmissibleRangeIsRefusedAndWritesNothing() {
        Problem p = new Problem(4, 1, 2, 2, 11, 1e50, 1);
        double[] w = p.weights();
        double[] before = w.clone();
        double[] x = p.data();
        Arrays.fill(x, 0, 3, 1e40); // on M, but large
        double[] c = {-1e40, 1e40};
        NonFiniteException e = assertThrows(NonFiniteException.class, () -> GradientStep.apply(w,
                new double[p.m()], new double[] {1e40, -1e40}, p.d(), p.m(), x, allExamples(p.r()), c, 1e50, 0.0,
                new double[p.m() * p.d()], new double[p.m()], new double[p.m()]));
        assertEquals("updated first-layer weight", e.getQuantity());
        assertArrayEquals(before, w, 0.0);
    }

    @Example
    void oneStepIsGradientDescentOnTheLogisticObjective() {
        // d = 2, m = 1, one example x = (1, 0), y = +1, w = (0.5, 0.25), u = 1: N = 0.5, c = L'(0.5) = -1/(1+e^0.5)
        double[] w = {0.5, 0.25};
        double c = Losses.logisticDerivative(0.5);
        GradientStep.apply(w, new double[1], new double[] {1.0}, 2, 1, new double[] {1, 0}, new int[] {0},
                new double[] {c}, 0.1, 0.0, new double[2], new double[1], new double[1]);
        assertEquals(0.5 + 0.1 / (1 + Math.exp(0.5)), w[0], 1e-16);
        assertEquals(0.25, w[1], 0.0);
    }
}
