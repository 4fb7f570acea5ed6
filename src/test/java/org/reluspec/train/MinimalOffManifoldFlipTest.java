package org.reluspec.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class MinimalOffManifoldFlipTest {

    /**
     * With ell = 2 the off-manifold plane is a circle of directions: the exact ray distance over 20,000 directions is
     * within 0.1% of the true minimum, so the QP answer must match it from below and not be smaller by more than that.
     */
    @Test
    void exactMinimumMatchesADenseDirectionalSearchInTwoOffManifoldDimensions() {
        var rng = RandomSource.XO_SHI_RO_256_PP.create(5L);
        int checked = 0;
        for (int trial = 0; trial < 20; trial++) {
            MyvNetwork net = MyvNetwork.initialize(5, 4, 1, rng);
            double[] x0 = {rng.nextDouble() - 0.5, rng.nextDouble() - 0.5, rng.nextDouble() - 0.5, 0, 0};
            double exact = MinimalOffManifoldFlip.distance(net, 2, x0);
            BiasedNetwork b = net.asBiased();
            double directional = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 20_000; k++) {
                double phi = 2 * Math.PI * k / 20_000;
                directional = Math.min(directional, b.flipDistance(x0, new double[] {0, 0, 0, Math.cos(phi),
                    Math.sin(phi)}, 1e6));
            }
            if (Double.isInfinite(directional)) {
                assertTrue(Double.isInfinite(exact), "no direction flips but the QP found " + exact);
                continue;
            }
            checked++;
            assertTrue(exact <= directional * (1 + 1e-6), "exact " + exact + " above directional " + directional);
            assertTrue(exact >= directional * (1 - 1e-3), "exact " + exact + " far below directional " + directional);
        }
        assertTrue(checked >= 5, "too few flippable instances: " + checked);
    }
}
