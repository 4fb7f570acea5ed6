package org.reluspec.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.hipparchus.special.Gamma;
import org.reluspec.util.Checks;
import org.reluspec.util.Formats;

/**
 * Exact tails of the chi-squared law, {@code chi2_n = sum_{k<n} g_k^2} with {@code g_k} iid {@code N(0,1)}.
 *
 * <p>Both tails are computed from the regularized incomplete gamma function, {@code P(chi2_n <= x) = P(n/2, x/2)}
 * and {@code P(chi2_n >= x) = Q(n/2, x/2)}, never as {@code 1 - cdf}, so upper tails down to {@code 1e-300} keep
 * their relative accuracy (MYV Lemma C.1 at {@code n = 1024} needs {@code 1e-70}).
 */
public final class ChiSquaredTails {

    private ChiSquaredTails() {
    }

    /**
     * @param n degrees of freedom, {@code n > 0}
     * @param x the threshold
     * @return {@code P(chi2_n <= x)} from both libraries
     */
    public static ExactProbability lower(double n, double x) {
        Checks.requirePositiveFinite(n, "degrees of freedom n");
        // Hipparchus' continued fraction diverges at x = infinity (a threshold over a zero variance): P = 1 there
        double h = x <= 0 ? 0 : x == Double.POSITIVE_INFINITY ? 1 : Gamma.regularizedGammaP(n / 2, x / 2);
        double c = ChiSquaredDistribution.of(n).cumulativeProbability(x);
        return new ExactProbability(h, c, "P(chi2_" + Formats.plain(n) + " <= " + Formats.plain(x) + ")");
    }

    /**
     * @param n degrees of freedom, {@code n > 0}
     * @param x the threshold
     * @return {@code P(chi2_n >= x)} from both libraries
     */
    public static ExactProbability upper(double n, double x) {
        Checks.requirePositiveFinite(n, "degrees of freedom n");
        double h = x <= 0 ? 1 : x == Double.POSITIVE_INFINITY ? 0 : Gamma.regularizedGammaQ(n / 2, x / 2);
        double c = ChiSquaredDistribution.of(n).survivalProbability(x);
        return new ExactProbability(h, c, "P(chi2_" + Formats.plain(n) + " >= " + Formats.plain(x) + ")");
    }
}
