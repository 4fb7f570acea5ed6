package org.reluspec.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChiSquaredTailsTest {

    /**
     * {n, P(chi2_n <= n/2), P(chi2_n >= 2n)}: src/test/python/reference_values.py, block "ChiSquaredTailsTest"
     * (scipy.stats.chi2.cdf / chi2.sf, scipy 1.17.1). Agrees with CATALOGUE.md section 7.1 to its 4 digits.
     */
    static Object[][] reference() {
        return new Object[][] {
            {1, 0.5204998778130466, 0.15729920705028105},
            {2, 0.3934693402873665, 0.1353352832366127},
            {3, 0.31772966966378746, 0.11161022509471268},
            {4, 0.2642411176571153, 0.0915781944436709},
            {8, 0.14287653950145296, 0.04238011199168396},
            {16, 0.0511336157928473, 0.00999978095310478},
            {32, 0.008231010986844851, 0.0006599275525999399},
            {64, 0.00027619979919740837, 3.6170210951655312e-06},
            {128, 4.144460860368402e-07, 1.4305824542981926e-10},
            {256, 1.2723672854257493e-12, 3.0379597519061034e-19},
            {512, 1.661074190784796e-23, 1.8949542164465122e-36},
            {1024, 3.959042419889634e-45, 1.0306329691734196e-70},
        };
    }

    /** Tolerance 1e-12 relative: scipy (Cephes igam) and both Java libraries agree far below it. */
    @ParameterizedTest
    @MethodSource("reference")
    void bothLibrariesMatchScipyOnBothTails(int n, double lower, double upper) {
        ExactProbability lo = ChiSquaredTails.lower(n, n / 2.0);
        ExactProbability hi = ChiSquaredTails.upper(n, 2.0 * n);
        assertEquals(lower, lo.hipparchus(), 1e-12 * lower);
        assertEquals(lower, lo.commonsStatistics(), 1e-12 * lower);
        assertEquals(upper, hi.hipparchus(), 1e-12 * upper);
        assertEquals(upper, hi.commonsStatistics(), 1e-12 * upper);
        assertTrue(lo.librariesAgree() && hi.librariesAgree());
    }

    @ParameterizedTest
    @MethodSource("reference")
    void tailsAreBelowTheLaurentMassartBoundExpMinusNOver16(int n, double lower, double upper) {
        assertTrue(lower <= Math.exp(-n / 16.0));
        assertTrue(upper <= Math.exp(-n / 16.0));
    }
}
