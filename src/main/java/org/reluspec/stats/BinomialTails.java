package org.reluspec.stats;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/** Exact binomial tails from Hipparchus and from Commons Statistics. */
public final class BinomialTails {

    private BinomialTails() {
    }

    /**
     * @param n trials
     * @param p success probability
     * @param k threshold (any integer; {@code k <= 0} gives 1)
     * @return {@code P(Bin(n, p) >= k)}
     */
    public static ExactProbability atLeast(int n, double p, long k) {
        String f = "P(Bin(" + n + ", " + p + ") >= " + k + ")";
        if (k <= 0) {
            return new ExactProbability(1, 1, f);
        }
        if (k > n) {
            return new ExactProbability(0, 0, f);
        }
        double h = 1 - new org.hipparchus.distribution.discrete.BinomialDistribution(n, p)
                .cumulativeProbability((int) k - 1);
        // Hipparchus has no survival function: for tails below 1e-3, use its regularized beta directly, which keeps
        // relative accuracy: P(X >= k) = I_p(k, n - k + 1).
        if (h < 1e-3) {
            h = org.hipparchus.special.Beta.regularizedBeta(p, k, n - k + 1.0);
        }
        double c = BinomialDistribution.of(n, p).survivalProbability((int) k - 1);
        return new ExactProbability(h, c, f);
    }
}
