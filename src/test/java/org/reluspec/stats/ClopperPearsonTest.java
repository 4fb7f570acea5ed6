package org.reluspec.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

class ClopperPearsonTest {

    /**
     * {k, n, one-sided confidence, lower, upper}: src/test/python/reference_values.py, block "ClopperPearsonTest"
     * (scipy.stats.beta.ppf / beta.isf, scipy 1.17.1).
     */
    static Object[][] reference() {
        return new Object[][] {
            {0, 100, 0.99, 0.0, 0.045007413978564045},
            {3, 100, 0.99, 0.004394976455887061, 0.09697104526534446},
            {50, 100, 0.95, 0.4136217146309118, 0.5863782853690882},
            {100, 100, 0.99, 0.954992586021436, 1.0},
            {7, 1000000, 0.999, 1.5203396657073715e-06, 1.9626053493864596e-05},
        };
    }

    /** Tolerance 1e-9 relative: both sides invert the same regularized incomplete beta. */
    @ParameterizedTest
    @MethodSource("reference")
    void boundsMatchScipyBetaQuantiles(int k, int n, double confidence, double lower, double upper) {
        assertEquals(lower, ClopperPearson.lower(k, n, confidence), 1e-9 * lower);
        assertEquals(upper, ClopperPearson.upper(k, n, confidence), 1e-9 * upper);
    }

    /** The defining property: at p = upper bound, observing <= k failures has probability exactly 1 - confidence. */
    @Test
    void upperBoundIsWherePOfAtMostKFailuresEqualsAlpha() {
        long k = 12;
        long n = 5000;
        double u = ClopperPearson.upper(k, n, 0.99);
        double pAtMostK = BinomialDistribution.of((int) n, u).cumulativeProbability((int) k);
        assertEquals(0.01, pAtMostK, 1e-9);
    }

    @Test
    void twoSidedIntervalSplitsAlphaEvenly() {
        Interval i = ClopperPearson.twoSided(3, 100, 0.98);
        assertEquals(ClopperPearson.lower(3, 100, 0.99), i.lower(), 0.0);
        assertEquals(ClopperPearson.upper(3, 100, 0.99), i.upper(), 0.0);
        assertTrue(i.contains(0.03));
    }

    @Test
    void malformedCountsNameTheViolatedPrecondition() {
        ReluSpecArgumentException e = assertThrows(ReluSpecArgumentException.class,
                () -> ClopperPearson.upper(5, 0, 0.99));
        assertEquals(Violation.TOO_SMALL, e.getViolation());
        assertEquals("trials", e.getParts()[0]);
        e = assertThrows(ReluSpecArgumentException.class, () -> ClopperPearson.upper(6, 5, 0.99));
        assertEquals("trials - failures", e.getParts()[0]);
        e = assertThrows(ReluSpecArgumentException.class, () -> ClopperPearson.lower(1, 5, Double.NaN));
        assertEquals(Violation.NOT_IN_OPEN_UNIT_INTERVAL, e.getViolation());
    }
}
