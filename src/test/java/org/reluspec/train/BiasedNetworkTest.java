package org.reluspec.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class BiasedNetworkTest {

    /**
     * The exact walk over breakpoints must agree with brute force: no sign change on a fine grid before the reported
     * distance, and a sign change just after it.
     */
    @Property(tries = 60)
    void flipDistanceIsTheFirstSignChangeAlongTheRay(@ForAll @IntRange(min = 0, max = 100_000) int seed) {
        var rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        BiasedNetwork net = BiasedNetwork.pytorchDefault(3, 12, 1, rng);
        double[] x = {rng.nextDouble() - 0.5, rng.nextDouble() - 0.5, rng.nextDouble() - 0.5};
        double[] e = {rng.nextDouble() - 0.5, rng.nextDouble() - 0.5, rng.nextDouble() - 0.5};
        double t = net.flipDistance(x, e, 50);
        double f0 = Math.signum(net.output(x, 0));
        double end = Double.isInfinite(t) ? 50 : t;
        for (int i = 1; i < 4000; i++) {
            double s = end * i / 4000.0 * (1 - 1e-9);
            assertEquals(f0, Math.signum(net.output(at(x, e, s), 0)), "sign changed at " + s + " < " + t);
        }
        if (!Double.isInfinite(t)) {
            assertTrue(Math.signum(net.output(at(x, e, t * (1 + 1e-9) + 1e-12), 0)) != f0, "no flip just after " + t);
        }
    }

    @Test
    void aStraightLineThroughTheBoundaryFlipsWhereTheLinearModelSaysSo() {
        // N(x) = relu(x_1) - 0.5 : flips at x_1 = 0.5 from x = 0 along e_1.
        BiasedNetwork net = new BiasedNetwork(2, 1, new double[] {1, 0}, new double[] {0}, new double[] {1}, -0.5);
        assertEquals(0.5, net.flipDistance(new double[] {0, 0}, new double[] {1, 0}, 10), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, net.flipDistance(new double[] {0, 0}, new double[] {0, 1}, 10));
    }

    private static double[] at(double[] x, double[] e, double t) {
        return new double[] {x[0] + t * e[0], x[1] + t * e[1], x[2] + t * e[2]};
    }
}
