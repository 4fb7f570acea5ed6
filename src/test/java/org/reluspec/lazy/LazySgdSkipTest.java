package org.reluspec.lazy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.data.Dataset;
import org.reluspec.data.SphereData;
import org.reluspec.kernel.Losses;
import org.reluspec.kernel.Vectors;

/**
 * Lazy SGD on the reference products skips the measurements {@link RowReach} proves unnecessary; this test trains
 * the same networks with a plain loop that measures (and projects) every row after every step, and asks for the
 * same weights and the same stopping step, bit for bit, in both modes, with balls small enough to be left.
 */
class LazySgdSkipTest {

    /** Section 5's step measuring every row: the loop before the bounds existed. */
    private static LazySgd.Result everyRowMeasured(LazySgd sgd, LazyNetwork init, Dataset data,
                                                   UniformRandomProvider rng) {
        LazyBall ball = LazyBall.lazyRegime(init, sgd.c0());
        int d = init.d();
        int m = init.m();
        int n = sgd.batchSize();
        double[] w = init.firstLayer().clone();
        for (int step = 0; step < sgd.maxSteps(); step++) {
            LazyNetwork current = init.withFirstLayer(w);
            double[][] xs = new double[n][];
            double[] ys = new double[n];
            for (int b = 0; b < n; b++) {
                int j = rng.nextInt(data.size());
                ys[b] = data.y()[j];
                xs[b] = java.util.Arrays.copyOfRange(data.x(), j * d, j * d + d);
            }
            double[][] hs = new double[n][m];
            for (int s = 0; s < m; s++) {
                for (int b = 0; b < n; b++) {
                    hs[b][s] = current.preActivation(s, xs[b]);
                }
            }
            double[] c = new double[n];
            for (int b = 0; b < n; b++) {
                double q = ys[b] * current.valueAt(hs[b]);
                c[b] = -sgd.eta() / n * Losses.logisticDerivative(q) * ys[b] * (1 / Math.sqrt(m));
            }
            double[] next = w.clone();
            for (int s = 0; s < m; s++) {
                for (int b = 0; b < n; b++) {
                    if (hs[b][s] >= 0) {
                        Vectors.axpy(c[b] * current.signs()[s], xs[b], 0, next, s * d, d);
                    }
                }
            }
            if (sgd.mode() == LazySgd.Mode.PROJECT) {
                ball.project(next);
            } else if (!(ball.distance(next) <= ball.radius())) {
                return new LazySgd.Result(current, ball, step, true);
            }
            w = next;
        }
        return new LazySgd.Result(init.withFirstLayer(w), ball, sgd.maxSteps(), false);
    }

    @Test
    void skippingProvablyInsideRowsChangesNoBit() {
        int d = 24;
        UniformRandomProvider dataRng = RandomSource.XO_RO_SHI_RO_128_PP.create(31);
        Dataset data = SphereData.teacherLabelledUnit(d, 120, dataRng);
        for (LazySgd.Mode mode : LazySgd.Mode.values()) {
            for (double c0 : new double[] {0.2, 0.6, 2, 50}) {
                LazySgd sgd = new LazySgd(0.5, 8, 250, c0, mode, 0, 0);
                UniformRandomProvider r1 = RandomSource.XO_RO_SHI_RO_128_PP.create(17);
                UniformRandomProvider r2 = RandomSource.XO_RO_SHI_RO_128_PP.create(17);
                LazySgd.Result expected = everyRowMeasured(sgd, LazyNetwork.initialize(d, 150, r1), data, r1);
                LazySgd.Result actual = sgd.train(LazyNetwork.initialize(d, 150, r2), data, r2);
                assertEquals(expected.steps(), actual.steps(), mode + " C0 = " + c0);
                assertEquals(expected.stoppedAtBoundary(), actual.stoppedAtBoundary(), mode + " C0 = " + c0);
                assertArrayEquals(expected.net().firstLayer(), actual.net().firstLayer(), 0.0, mode + " C0 = " + c0);
            }
        }
    }
}
