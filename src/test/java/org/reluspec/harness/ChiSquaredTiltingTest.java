package org.reluspec.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reluspec.stats.ChiSquaredTails;

/**
 * Unbiasedness of the tilted estimators against exact tails. Each assertion allows 4.5 standard errors: for a
 * correct estimator (approximately normal mean of 10^5 weights) it fails with probability below 1e-5; the seeds are
 * fixed, so the test is deterministic.
 */
class ChiSquaredTiltingTest {

    private static void assertUnbiased(WeightedEvent event, double exact, long trials, int grid) {
        WeightedMean m = MonteCarlo.mean(() -> event, new TrialStreams(11, "tilting-test", grid), trials, 0);
        assertTrue(Math.abs(m.estimate() - exact) <= 4.5 * m.standardError(),
                m + " vs exact " + exact + " (" + (m.estimate() - exact) / m.standardError() + " se)");
    }

    @Test
    void lowerTailEstimatesMatchExactFromModerateToRare() {
        for (int n : new int[] {1, 4, 32, 256}) {
            assertUnbiased(ChiSquaredTilting.lowerTail(n, n / 2.0), ChiSquaredTails.lower(n, n / 2.0).value(),
                    100_000, n);
        }
    }

    @Test
    void upperTailEstimatesMatchExactFromModerateToRare() {
        for (int n : new int[] {1, 4, 32, 256}) {
            assertUnbiased(ChiSquaredTilting.upperTail(n, 2.0 * n), ChiSquaredTails.upper(n, 2.0 * n).value(),
                    100_000, 1000 + n);
        }
    }

    /** The target: a tail near 1e-12 to 10% relative error; 20,000 trials reach about 2%. */
    @Test
    void aTailNearOneInATrillionIsEstimatedToTenPercent() {
        double exact = ChiSquaredTails.lower(256, 128).value();
        assertEquals(1.27e-12, exact, 0.01e-12);
        WeightedMean m = MonteCarlo.mean(() -> ChiSquaredTilting.lowerTail(256, 128),
                new TrialStreams(3, "tilting-1e-12", 0), 20_000, 0);
        assertTrue(m.relativeError() < 0.05, "relative standard error " + m.relativeError());
        assertTrue(Math.abs(m.estimate() / exact - 1) < 0.10, m.estimate() + " vs " + exact);
    }

    @Test
    void weightedMeanIsBitIdenticalForOneAndTwoThreads() {
        TrialStreams s = new TrialStreams(5, "w", 0);
        WeightedMean one = MonteCarlo.mean(() -> ChiSquaredTilting.lowerTail(16, 8), s, 50_001, 1);
        WeightedMean two = MonteCarlo.mean(() -> ChiSquaredTilting.lowerTail(16, 8), s, 50_001, 2);
        assertEquals(Double.doubleToRawLongBits(one.estimate()), Double.doubleToRawLongBits(two.estimate()));
        assertEquals(Double.doubleToRawLongBits(one.standardError()), Double.doubleToRawLongBits(two.standardError()));
    }
}
