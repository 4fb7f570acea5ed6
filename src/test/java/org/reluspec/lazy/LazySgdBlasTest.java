package org.reluspec.lazy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.data.Dataset;
import org.reluspec.linalg.Blas;
import org.reluspec.linalg.DenseProducts;

/**
 * Lazy SGD through BLAS against the reference path: the native OpenBLAS actually runs (no silent fallback), the
 * trajectories agree to rounding, every weight whose input coordinate is zero in the data stays bit-identical, and
 * the reference path is unchanged by the choice.
 */
class LazySgdBlasTest {

    /** Unit-norm points whose last {@code zeros} coordinates are 0, labelled by a teacher on the others. */
    private static Dataset data(int n, int d, int zeros, UniformRandomProvider rng) {
        double[] x = new double[n * d];
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            double sq = 0;
            for (int k = 0; k < d - zeros; k++) {
                double v = rng.nextDouble() * 2 - 1;
                x[j * d + k] = v;
                sq += v * v;
            }
            for (int k = 0; k < d - zeros; k++) {
                x[j * d + k] /= Math.sqrt(sq);
            }
            y[j] = x[j * d] + 0.5 * x[j * d + 1] >= 0 ? 1 : -1;
        }
        return new Dataset(x, y, d);
    }

    private static LazySgd.Result train(DenseProducts how, LazySgd.Mode mode, double radius, Dataset data, int m,
                                        long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        LazyNetwork init = LazyNetwork.initialize(data.d(), m, rng);
        return new LazySgd(0.1, 8, 150, 10, mode, radius, radius > 0 ? 3 : 0).with(how).train(init, data, rng);
    }

    @Test
    void theNativeOpenBlasRunsOnLinuxAmd64() {
        if (System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64")) {
            assertTrue(Blas.isNative(), Blas.implementation());
            assertTrue(Blas.implementation().startsWith("OpenBLAS"), Blas.implementation());
            // the BLAS path's bits hold per CPU kind, so the provenance must name the CPU, read from /proc/cpuinfo
            assertTrue(Blas.implementation().matches(".* on \\S.*"), Blas.implementation());
            assertTrue(!Blas.implementation().endsWith(" on amd64") && !Blas.implementation().contains(" on amd64 "),
                    "the CPU model, not the architecture: " + Blas.implementation());
        }
    }

    @Test
    void blasAndReferenceTrajectoriesAgreeToRoundingAndFrozenCoordinatesStayBitIdentical() {
        int d = 60;
        int zeros = 17;
        Dataset data = data(200, d, zeros, RandomSource.XO_RO_SHI_RO_128_PP.create(5));
        for (LazySgd.Mode mode : LazySgd.Mode.values()) {
            for (double radius : new double[] {0, 0.05}) {
                LazySgd.Result ref = train(DenseProducts.REFERENCE, mode, radius, data, 300, 9);
                LazySgd.Result blas = train(DenseProducts.BLAS, mode, radius, data, 300, 9);
                assertEquals(ref.steps(), blas.steps(), mode + " radius " + radius);
                double[] w0 = ref.ball().center().firstLayer();
                double[] wr = ref.net().firstLayer();
                double[] wb = blas.net().firstLayer();
                double worst = 0;
                for (int i = 0; i < wr.length; i++) {
                    // adversarial examples leave the data subspace, so only standard training keeps them frozen
                    if (radius == 0 && i % d >= d - zeros) {
                        assertEquals(Double.doubleToRawLongBits(w0[i]), Double.doubleToRawLongBits(wb[i]),
                                "frozen weight " + i + " moved through BLAS");
                        assertEquals(Double.doubleToRawLongBits(w0[i]), Double.doubleToRawLongBits(wr[i]));
                    }
                    worst = Math.max(worst, Math.abs(wr[i] - wb[i]));
                }
                assertTrue(worst < 1e-10, mode + " radius " + radius + ": paths differ by " + worst);
            }
        }
    }

    /** Adversarial training's PGD for a whole batch through BLAS takes each example where the reference attack does. */
    @Test
    void batchedPgdThroughBlasFollowsTheReferenceAttackOfEachExample() {
        int d = 40;
        int n = 8;
        Dataset data = data(n, d, 0, RandomSource.XO_RO_SHI_RO_128_PP.create(11));
        LazyNetwork net = LazyNetwork.initialize(d, 300, RandomSource.XO_RO_SHI_RO_128_PP.create(12));
        double r = 0.3;
        double[] batch = data.x().clone();
        L2Pgd.ascendThroughBlas(net, batch, n, data.y(), r, 20, RowReach.norms(net.firstLayer(), net.m(), d));
        double worst = 0;
        for (int j = 0; j < n; j++) {
            double[] x = data.example(j);
            L2Pgd.attack(net, x, data.y()[j], r, 20, false);
            double moved = 0;
            for (int k = 0; k < d; k++) {
                worst = Math.max(worst, Math.abs(x[k] - batch[j * d + k]));
                moved += (batch[j * d + k] - data.x()[j * d + k]) * (batch[j * d + k] - data.x()[j * d + k]);
            }
            assertTrue(Math.sqrt(moved) <= r * (1 + 1e-12), "example " + j + " left the ball: " + Math.sqrt(moved));
            assertTrue(Math.sqrt(moved) > 0.5 * r, "example " + j + " did not move: " + Math.sqrt(moved));
        }
        assertTrue(worst < 1e-12, "batched and one-at-a-time PGD differ by " + worst);
    }

    /**
     * A small ball, so that the BLAS path's skipped measurements ({@link RowReach}) meet the boundary: stop-on-exit
     * stops at the reference path's step, and the projection pins rows at the radius exactly as the reference does.
     */
    @Test
    void atTheBoundaryTheBlasPathDecidesAsTheReference() {
        int d = 30;
        Dataset data = data(150, d, 0, RandomSource.XO_RO_SHI_RO_128_PP.create(8));
        for (double c0 : new double[] {0.3, 1.0}) {
            UniformRandomProvider r1 = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
            UniformRandomProvider r2 = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
            LazySgd stop = new LazySgd(0.5, 8, 400, c0, LazySgd.Mode.STOP_ON_EXIT, 0, 0);
            LazySgd.Result ref = stop.train(LazyNetwork.initialize(d, 200, r1), data, r1);
            LazySgd.Result blas = stop.with(DenseProducts.BLAS).train(LazyNetwork.initialize(d, 200, r2), data, r2);
            assertTrue(ref.stoppedAtBoundary(), "C0 = " + c0 + " should leave the ball within 400 steps");
            assertEquals(ref.steps(), blas.steps(), "stop step, C0 = " + c0);
            assertTrue(blas.ball().contains(blas.net().firstLayer()));

            r1 = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
            r2 = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
            LazySgd project = new LazySgd(0.5, 8, 300, c0, LazySgd.Mode.PROJECT, 0, 0);
            LazySgd.Result pr = project.train(LazyNetwork.initialize(d, 200, r1), data, r1);
            LazySgd.Result pb = project.with(DenseProducts.BLAS).train(LazyNetwork.initialize(d, 200, r2), data, r2);
            LazyBall ball = pb.ball();
            assertTrue(ball.contains(pb.net().firstLayer()), "projected iterate outside, C0 = " + c0);
            int pinnedRef = pinned(pr);
            int pinnedBlas = pinned(pb);
            assertTrue(pinnedBlas > 0, "no row reached the boundary, C0 = " + c0);
            assertEquals(pinnedRef, pinnedBlas, "rows at the boundary, C0 = " + c0);
        }
    }

    /** @return rows within 1e-9 V of the boundary */
    private static int pinned(LazySgd.Result r) {
        double[] w = r.net().firstLayer();
        double[] w0 = r.ball().center().firstLayer();
        int d = r.net().d();
        int count = 0;
        for (int s = 0; s < r.net().m(); s++) {
            double sq = 0;
            for (int k = s * d; k < s * d + d; k++) {
                sq += (w[k] - w0[k]) * (w[k] - w0[k]);
            }
            count += Math.sqrt(sq) >= r.ball().radius() * (1 - 1e-9) ? 1 : 0;
        }
        return count;
    }

    @Test
    void theReferencePathIsTheDefaultAndRepeatsBitForBit() {
        Dataset data = data(100, 20, 0, RandomSource.XO_RO_SHI_RO_128_PP.create(6));
        UniformRandomProvider r1 = RandomSource.XO_RO_SHI_RO_128_PP.create(4);
        LazySgd plain = new LazySgd(0.1, 8, 50, 10, LazySgd.Mode.STOP_ON_EXIT, 0, 0);
        assertEquals(DenseProducts.REFERENCE, plain.products());
        double[] a = plain.train(LazyNetwork.initialize(20, 50, r1), data, r1).net().firstLayer();
        UniformRandomProvider r2 = RandomSource.XO_RO_SHI_RO_128_PP.create(4);
        double[] b = plain.with(DenseProducts.REFERENCE).train(LazyNetwork.initialize(20, 50, r2), data, r2).net()
                .firstLayer();
        assertTrue(java.util.Arrays.equals(a, b));
    }

    @Test
    void flipStepsOfASetThroughBlasMatchTheReferenceWalk() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(21);
        LazyNetwork net = LazyNetwork.initialize(50, 400, rng);
        Dataset set = data(40, 50, 0, rng);
        FlipStep[] ref = FlipStep.minimalAll(net, set, DenseProducts.REFERENCE);
        FlipStep[] blas = FlipStep.minimalAll(net, set, DenseProducts.BLAS);
        for (int j = 0; j < set.size(); j++) {
            assertSameWalk(ref[j], blas[j], j);
            assertEquals(FlipStep.minimal(net, set.example(j)), ref[j]);
        }
    }

    /** A set of one goes through {@code dgemv}, not {@code dgemm}, and reuses the network's cached row norms. */
    @Test
    void flipStepOfOneInputThroughBlasMatchesTheReferenceWalk() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(22);
        LazyNetwork net = LazyNetwork.initialize(50, 400, rng);
        Dataset set = data(40, 50, 0, rng);
        for (int j = 0; j < set.size(); j++) {
            Dataset one = Dataset.ofRows(new double[][] {set.example(j)}, new double[] {set.y()[j]});
            assertSameWalk(FlipStep.minimal(net, set.example(j)), FlipStep.minimalAll(net, one, DenseProducts.BLAS)[0],
                    j);
        }
    }

    private static void assertSameWalk(FlipStep ref, FlipStep blas, int j) {
        assertEquals(ref.value(), blas.value(), 1e-12 * (1 + Math.abs(ref.value())), "f " + j);
        assertEquals(ref.gradientNorm(), blas.gradientNorm(), 1e-12 * ref.gradientNorm(), "grad " + j);
        assertEquals(ref.flips(), blas.flips());
        if (ref.flips()) {
            assertEquals(ref.eta(), blas.eta(), 1e-9 * Math.abs(ref.eta()), "eta " + j);
        }
    }
}
