package org.reluspec.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
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

    /**
     * The Laurent–Massart inequalities the MYV and WUMA lemmas rest on, for the values the code computes (both
     * libraries): {@code P(chi2_n <= n - 2 sqrt(n x)) <= e^-x} and {@code P(chi2_n >= n + 2 sqrt(n x) + 2x) <= e^-x},
     * over n and x; a slack of 1e-12 relative covers the libraries' rounding.
     */
    @Property(tries = 2000)
    void computedTailsObeyLaurentMassart(@ForAll @IntRange(min = 1, max = 5000) int n,
                                         @ForAll @DoubleRange(min = 1e-3, max = 200) @Scale(6) double x) {
        ExactProbability lo = ChiSquaredTails.lower(n, n - 2 * Math.sqrt(n * x));
        ExactProbability hi = ChiSquaredTails.upper(n, n + 2 * Math.sqrt(n * x) + 2 * x);
        double bound = Math.exp(-x) * (1 + 1e-12);
        assertTrue(lo.hipparchus() <= bound && lo.commonsStatistics() <= bound, "lower tail " + lo);
        assertTrue(hi.hipparchus() <= bound && hi.commonsStatistics() <= bound, "upper tail " + hi);
    }

    /** The two tails at one point are complementary, in each library, and lie in [0, 1]. */
    @Property(tries = 2000)
    void tailsAreProbabilitiesAndComplementary(@ForAll @IntRange(min = 1, max = 5000) int n,
                                               @ForAll @DoubleRange(min = 0, max = 20000) double x) {
        ExactProbability lo = ChiSquaredTails.lower(n, x);
        ExactProbability hi = ChiSquaredTails.upper(n, x);
        for (double v : new double[] {lo.hipparchus(), lo.commonsStatistics(), hi.hipparchus(), hi.commonsStatistics()}) {
            assertTrue(v >= 0 && v <= 1, "probability " + v);
        }
        assertEquals(1.0, lo.hipparchus() + hi.hipparchus(), 1e-12);
        assertEquals(1.0, lo.commonsStatistics() + hi.commonsStatistics(), 1e-12);
    }

    /** A threshold over a zero variance is infinite (MYV-C6.2 at rho = 0): both libraries give the limits. */
    @org.junit.jupiter.api.Test
    void anInfiniteThresholdGivesTheLimits() {
        ExactProbability hi = ChiSquaredTails.upper(3, Double.POSITIVE_INFINITY);
        ExactProbability lo = ChiSquaredTails.lower(3, Double.POSITIVE_INFINITY);
        assertEquals(0.0, hi.hipparchus());
        assertEquals(0.0, hi.commonsStatistics());
        assertEquals(1.0, lo.hipparchus());
        assertEquals(1.0, lo.commonsStatistics());
    }

    /**
     * Clauses lower-monotone and upper-monotone: the lower tail grows and the upper tail shrinks with the threshold, up
     * to a relative 1e-12. Not exactly: Commons Statistics gives {@code P(chi2_35 >= 0.01) = 0.9999999999999999} and
     * {@code P(chi2_35 >= 0.02) = 1.0}, one ulp the wrong way (found by this property with the exact clause).
     */
    @Property(tries = 10000)
    void tailsAreMonotoneInTheThreshold(@ForAll @IntRange(min = 1, max = 5000) int n,
                                        @ForAll @DoubleRange(min = 0, max = 20000) double x,
                                        @ForAll @DoubleRange(min = 0, max = 100) double step) {
        double y = x + step;
        ExactProbability lx = ChiSquaredTails.lower(n, x);
        ExactProbability ly = ChiSquaredTails.lower(n, y);
        ExactProbability ux = ChiSquaredTails.upper(n, x);
        ExactProbability uy = ChiSquaredTails.upper(n, y);
        double slack = 1 + 1e-12;
        assertTrue(lx.hipparchus() <= ly.hipparchus() * slack && lx.commonsStatistics() <= ly.commonsStatistics() * slack,
                "lower tail of chi2_" + n + " at " + x + " and " + y + ": " + lx + " vs " + ly);
        assertTrue(ux.hipparchus() * slack >= uy.hipparchus() && ux.commonsStatistics() * slack >= uy.commonsStatistics(),
                "upper tail of chi2_" + n + " at " + x + " and " + y + ": " + ux + " vs " + uy);
    }
}
