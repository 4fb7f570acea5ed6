package org.reluspec.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.hipparchus.special.Erf;

/** Exact tails of the standard normal law {@code N(0,1)}, from Hipparchus' {@code Erf} and Commons Statistics. */
public final class NormalTails {

    private static final double SQRT2 = Math.sqrt(2);

    private NormalTails() {
    }

    /**
     * @param x the threshold, {@code x >= 0}
     * @return {@code P(|g| >= x) = erfc(x / sqrt 2)}
     */
    public static ExactProbability twoSidedUpper(double x) {
        double h = Erf.erfc(x / SQRT2);
        double c = 2 * NormalDistribution.of(0, 1).survivalProbability(x);
        return new ExactProbability(h, c, "P(|N(0,1)| >= " + x + ")");
    }

    /**
     * @param x the half-width, {@code x >= 0}
     * @return {@code P(|g| <= x) = erf(x / sqrt 2)}
     */
    public static ExactProbability twoSidedLower(double x) {
        double h = Erf.erf(x / SQRT2);
        NormalDistribution n = NormalDistribution.of(0, 1);
        double c = n.probability(-x, x);
        return new ExactProbability(h, c, "P(|N(0,1)| <= " + x + ")");
    }
}
