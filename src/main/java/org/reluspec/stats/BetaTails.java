package org.reluspec.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.hipparchus.special.Beta;

/** Exact Beta tails from Hipparchus ({@code Beta.regularizedBeta}) and from Commons Statistics. */
public final class BetaTails {

    private BetaTails() {
    }

    /**
     * @param a first shape
     * @param b second shape
     * @param x threshold in [0, 1]
     * @return {@code P(Beta(a, b) > x) = 1 - I_x(a, b)}, the Hipparchus value computed as {@code I_{1-x}(b, a)}
     */
    public static ExactProbability upper(double a, double b, double x) {
        double h = Beta.regularizedBeta(1 - x, b, a);
        double c = BetaDistribution.of(a, b).survivalProbability(x);
        return new ExactProbability(h, c, "P(Beta(" + a + ", " + b + ") > " + x + ")");
    }
}
