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
 *
 * <p>The JML below states what the lemmas rest on. KeY cannot load Hipparchus or Commons Statistics, so every clause
 * is checked at run time by the test its tag names in {@code proofs-checks/runtime-clauses.tsv}
 * ({@code RuntimeClauseLedgerTest} keeps the two in step).
 */
public final class ChiSquaredTails {

    private ChiSquaredTails() {
    }

    /*@ public normal_behavior
      @ requires 0.0 < n && n < Double.POSITIVE_INFINITY && !Double.isNaN(x);
      @ ensures 0.0 <= \result.hipparchus() && \result.hipparchus() <= 1.0
      @      && 0.0 <= \result.commonsStatistics() && \result.commonsStatistics() <= 1.0;          // tail-is-probability
      @ ensures Math.abs(\result.hipparchus() + upper(n, x).hipparchus() - 1.0) <= 1e-12;         // tails-complementary
      @ ensures (\forall double y; x <= y;
      @             \result.hipparchus() <= lower(n, y).hipparchus() * (1 + 1e-12));                 // lower-monotone
      @ ensures (\forall double t; t > 0.0; x == n - 2 * Math.sqrt(n * t)
      @             ==> \result.hipparchus() <= Math.exp(0.0 - t) * (1 + 1e-12));                // laurent-massart-lower
      @ assignable \nothing;
      @*/
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

    /*@ public normal_behavior
      @ requires 0.0 < n && n < Double.POSITIVE_INFINITY && !Double.isNaN(x);
      @ ensures 0.0 <= \result.hipparchus() && \result.hipparchus() <= 1.0
      @      && 0.0 <= \result.commonsStatistics() && \result.commonsStatistics() <= 1.0;          // tail-is-probability
      @ ensures (\forall double y; x <= y;
      @             \result.hipparchus() * (1 + 1e-12) >= upper(n, y).hipparchus());                 // upper-monotone
      @ ensures (\forall double t; t > 0.0; x == n + 2 * Math.sqrt(n * t) + 2 * t
      @             ==> \result.hipparchus() <= Math.exp(0.0 - t) * (1 + 1e-12));                // laurent-massart-upper
      @ ensures x == Double.POSITIVE_INFINITY ==> \result.hipparchus() == 0.0;                    // infinite-threshold
      @ assignable \nothing;
      @*/
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
