package org.reluspec.lazy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.data.SphereData;
import org.reluspec.kernel.Vectors;

/** The exact lazy-regime tools against brute force on small networks. */
class LazyToolsTest {

    private static double[] along(double[] x, double[] g, double eta) {
        double[] out = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            out[k] = x[k] + eta * g[k];
        }
        return out;
    }

    @Test
    void theSmallestFlippingStepIsExactAndNoSmallerStepFlips() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(1L);
        int flips = 0;
        int never = 0;
        for (int trial = 0; trial < 300; trial++) {
            int d = 1 + trial % 5;
            int m = 1 + trial % 23;
            LazyNetwork net = LazyNetwork.initialize(d, m, rng);
            double[] x = SphereData.sampleUnit(d, 1, rng)[0];
            FlipStep step = FlipStep.minimal(net, x);
            double f = net.value(x);
            double[] g = net.gradient(x);
            if (f == 0) {
                continue;
            }
            assertEquals(-Math.signum(f), Math.signum(step.eta()), "the step goes against sign f(x)");
            double limit = step.flips() ? Math.abs(step.eta()) : 1e4;
            for (int i = 1; i < 2000; i++) {
                double eta = -Math.signum(f) * limit * i / 2000.0 * (step.flips() ? 0.999999 : 1);
                assertEquals(Math.signum(f), Math.signum(net.value(along(x, g, eta))), 1e-300,
                        "no smaller step flips (trial " + trial + ", eta " + eta + ")");
            }
            if (step.flips()) {
                flips++;
                // sign 0 differs from sign f(x): reaching the boundary and turning back counts as a flip
                double at = net.value(along(x, g, step.eta()));
                double beyond = net.value(along(x, g, step.eta() * (1 + 1e-9)));
                assertTrue(Math.signum(beyond) != Math.signum(f) || Math.abs(at) <= 1e-12 * (1 + Math.abs(f)),
                        "eta* reaches the boundary (trial " + trial + "): f = " + at + ", just beyond " + beyond);
                assertEquals(Math.abs(step.eta()) * step.gradientNorm(), step.perturbationNorm(),
                        1e-12 * step.perturbationNorm());
            } else {
                never++;
            }
        }
        assertTrue(flips > 100 && never > 0, "both cases exercised: " + flips + " flips, " + never + " never");
    }

    @Test
    void theBallExtremesAreAttainedAndNeverExceeded() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(2L);
        for (int trial = 0; trial < 50; trial++) {
            int d = 2 + trial % 4;
            int m = 1 + trial % 9;
            LazyNetwork w0 = LazyNetwork.initialize(d, m, rng);
            LazyBall ball = new LazyBall(w0, 0.05 + trial * 0.02);
            double[] x = SphereData.sampleUnit(d, 1, rng)[0];
            double sup = ball.supValue(x);
            double inf = ball.infValue(x);
            assertEquals(sup, w0.withFirstLayer(ball.extremePoint(x, 1)).value(x), 1e-12);
            assertEquals(inf, w0.withFirstLayer(ball.extremePoint(x, -1)).value(x), 1e-12);
            for (int i = 0; i < 200; i++) {
                double[] w = w0.firstLayer().clone();
                double[][] u = SphereData.sampleUnit(d, m, rng);
                for (int s = 0; s < m; s++) {
                    Vectors.axpy(ball.radius() * rng.nextDouble(), u[s], 0, w, s * d, d);
                }
                assertTrue(ball.contains(w));
                double f = w0.withFirstLayer(w).value(x);
                assertTrue(f <= sup + 1e-12 && f >= inf - 1e-12, f + " outside [" + inf + ", " + sup + "]");
            }
        }
    }

    @Test
    void theProjectionLandsInTheBallAndKeepsInsideRows() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(3L);
        LazyNetwork w0 = LazyNetwork.initialize(7, 40, rng);
        LazyBall ball = LazyBall.lazyRegime(w0, 3);
        double[] w = w0.firstLayer().clone();
        for (int k = 0; k < w.length; k++) {
            // rows alternate far and near; coordinate 3 of every row stays at its initialization (a zero input)
            w[k] += k % 7 == 3 ? 0.0 : (k % 14 < 7 ? 5 : 0.01) * (rng.nextDouble() - 0.5);
        }
        double[] p = w.clone();
        ball.project(p);
        assertTrue(ball.contains(p));
        assertFalse(ball.contains(w));
        assertEquals(ball.radius(), ball.distance(p), 1e-12);
        double[] init = w0.firstLayer();
        for (int k = 0; k < w.length; k++) {
            if (k % 14 >= 7 || k % 7 == 3) {   // RowBall's contracts: rows inside are not written, and a
                // coordinate at its initialization stays there in a moved row too
                assertEquals(Double.doubleToRawLongBits(k % 7 == 3 ? init[k] : w[k]), Double.doubleToRawLongBits(p[k]),
                        "coordinate " + k);
            } else {
                assertTrue(p[k] != w[k], "a far row moves, coordinate " + k);
            }
        }
    }

    @Test
    void theSegmentMaximumOfTheGradientChangeMatchesEveryPieceEvaluatedAfresh() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(4L);
        for (int trial = 0; trial < 100; trial++) {
            int d = 1 + trial % 4;
            int m = 1 + trial % 17;
            LazyNetwork net = LazyNetwork.initialize(d, m, rng);
            double[] x = SphereData.sampleUnit(d, 1, rng)[0];
            double[] delta = SphereData.sampleUnit(d, 1, rng)[0];
            for (int k = 0; k < d; k++) {
                delta[k] *= 2;
            }
            double exact = GradientChange.maxOnSegment(net, x, delta);
            double[] g0 = net.gradient(x);
            // independent of the walk: every breakpoint in (0, 1), and the gradient evaluated afresh on each piece
            java.util.List<Double> points = new java.util.ArrayList<>(java.util.List.of(0.0, 1.0));
            for (int s = 0; s < m; s++) {
                double t = -net.preActivation(s, x) / net.preActivation(s, delta);
                if (t > 0 && t < 1) {
                    points.add(t);
                }
            }
            java.util.Collections.sort(points);
            boolean nearTies = false;
            for (int i = 0; i + 1 < points.size(); i++) {
                nearTies |= points.get(i + 1) - points.get(i) < 1e-9;
            }
            if (nearTies) {
                // kinks equal in exact arithmetic but split by rounding (d = 1, delta parallel to x): the fresh
                // evaluation on a 1e-17 piece reads rounding noise; the walk keeps the exact tie semantics
                assertTrue(exact >= 0);
                continue;
            }
            double sampled = 0;
            for (int i = 0; i + 1 < points.size(); i++) {
                double left = 0.5 * (points.get(i) + points.get(i + 1));
                sampled = Math.max(sampled, distance(net, g0, along(x, delta, left), x, delta, -1));
                // at the breakpoint itself relu'(0) = 1: the left piece's active set plus the neurons breaking there
                if (i + 1 < points.size() - 1) {
                    sampled = Math.max(sampled, distance(net, g0, along(x, delta, left), x, delta, points.get(i + 1)));
                }
            }
            assertEquals(exact, sampled, 1e-12, "trial " + trial + " (the walk visits every segment)");
        }
    }

    /** {@code ||grad f - g0||} with the active set at {@code probe}, plus the neurons whose kink is at {@code tKink}. */
    private static double distance(LazyNetwork net, double[] g0, double[] probe, double[] x, double[] delta,
                                   double tKink) {
        int d = net.d();
        double[] g = new double[d];
        for (int s = 0; s < net.m(); s++) {
            boolean kink = -net.preActivation(s, x) / net.preActivation(s, delta) == tKink;
            if (net.preActivation(s, probe) >= 0 || kink) {
                Vectors.axpy(net.signs()[s] / Math.sqrt(net.m()), net.firstLayer(), s * d, g, 0, d);
            }
        }
        double sq = 0;
        for (int k = 0; k < d; k++) {
            sq += (g[k] - g0[k]) * (g[k] - g0[k]);
        }
        return Math.sqrt(sq);
    }
}
