package org.reluspec.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.reluspec.util.Checks;

/**
 * Exact (Clopper–Pearson) confidence bounds for a binomial proportion from {@code k} failures in {@code n} trials,
 * from the Beta quantiles (Clopper and Pearson, Biometrika 26(4), 1934):
 * <pre>
 *   lower_{1-a}(k, n) = Beta^{-1}(a;     k,     n - k + 1)     (0 when k = 0)
 *   upper_{1-a}(k, n) = Beta^{-1}(1 - a; k + 1, n - k)         (1 when k = n)
 * </pre>
 * A one-sided bound at confidence {@code 1 - a} covers the true proportion with probability at least {@code 1 - a}
 * for every proportion; the two-sided interval uses {@code a/2} on each side.
 *
 * <p>The upper quantile is computed as an inverse survival probability, which keeps relative accuracy when the
 * bound is tiny (a few failures in 10^8 trials).
 */
public final class ClopperPearson {

    private ClopperPearson() {
    }

    /**
     * @param k failures
     * @param n trials
     * @param confidence one-sided confidence {@code 1 - a}, in (0, 1)
     * @return the one-sided lower confidence bound on the failure probability
     */
    public static double lower(long k, long n, double confidence) {
        check(k, n, confidence);
        if (k == 0) {
            return 0;
        }
        return BetaDistribution.of(k, n - k + 1.0).inverseCumulativeProbability(1 - confidence);
    }

    /**
     * @param k failures
     * @param n trials
     * @param confidence one-sided confidence {@code 1 - a}, in (0, 1)
     * @return the one-sided upper confidence bound on the failure probability
     */
    public static double upper(long k, long n, double confidence) {
        check(k, n, confidence);
        if (k == n) {
            return 1;
        }
        return BetaDistribution.of(k + 1.0, n - k).inverseSurvivalProbability(1 - confidence);
    }

    /**
     * @param k failures
     * @param n trials
     * @param confidence two-sided coverage, in (0, 1)
     * @return the two-sided interval, {@code (1 - confidence)/2} in each tail
     */
    public static Interval twoSided(long k, long n, double confidence) {
        double oneSided = 1 - (1 - confidence) / 2;
        return new Interval(lower(k, n, oneSided), upper(k, n, oneSided), confidence, "Clopper-Pearson two-sided");
    }

    private static void check(long k, long n, double confidence) {
        Checks.requireAtLeast(n, 1, "trials");
        Checks.requireAtLeast(k, 0, "failures");
        Checks.requireAtLeast(n - k, 0, "trials - failures");
        Checks.requireOpenUnitInterval(confidence, "confidence");
    }
}
