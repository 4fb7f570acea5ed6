package org.reluspec.engine;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.reluspec.stats.ClopperPearson;

/**
 * The design side of a Monte Carlo check: what a given number of trials can detect. Reported with every
 * {@code INCONCLUSIVE} verdict, so "not shown false" comes with the size of a falsehood that would have been shown.
 */
public final class PowerAnalysis {

    private PowerAnalysis() {
    }

    /**
     * The smallest failure rate {@code p > B} at which {@code n} trials give a one-sided Clopper–Pearson lower bound
     * (at {@code 1 - alpha}) above {@code B} with probability at least {@code power}.
     *
     * @param n trials
     * @param bound the stated bound {@code B} in [0, 1]
     * @param alpha one-sided error rate of the lower bound
     * @param power required detection probability
     * @return that rate, or 1 when even {@code p = 1} is not detected with that power
     */
    public static double minDetectableFailureRate(long n, double bound, double alpha, double power) {
        if (bound >= 1) {
            return 1;
        }
        long kStar = criticalCount(n, bound, alpha);
        if (kStar > n) {
            return 1;
        }
        double lo = bound;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            double detect = BinomialDistribution.of(Math.toIntExact(n), mid).survivalProbability((int) kStar - 1);
            if (detect >= power) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Smallest failure count whose lower confidence bound exceeds the bound (binary search; monotone in k). */
    static long criticalCount(long n, double bound, double alpha) {
        long lo = 0;
        long hi = n + 1;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (mid <= n && ClopperPearson.lower(mid, n, 1 - alpha) > bound) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
