package org.reluspec.papers.wuma;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.stats.BinomialTails;
import org.reluspec.stats.ExactProbability;
import org.reluspec.stats.NormalTails;

/**
 * Exact per-neuron membership in the sets of WUMA Lemmas 4.3 and B.4, and the binomial law of their sizes.
 *
 * <p>With {@code ||x|| = 1} and {@code g_s = <w_{s,0}, x> ~ N(0,1)}, a neuron is in
 * {@code S_w = { s : exists W in B_{2,inf}(W0, V) with 1[<w_s,x> >= 0] != 1[<w_{s,0},x> >= 0] }} exactly when
 * {@code -V <= g_s < V}: {@code <w_s, x>} ranges over {@code [g_s - V, g_s + V]} and the indicator changes iff that
 * interval reaches the other side of 0 (attained by {@code w_s = w_{s,0} -+ V x}). So {@code |S_w| ~ Bin(m, p)} with
 * {@code p = P(|g| < V) = erf(V / sqrt 2)}.
 */
final class NeuronCounts {

    private NeuronCounts() {
    }

    /** The printed bound {@code V m + sqrt(m ln(1/gamma)/2)} of B.4's first part (and of L4.3 with V = C0/sqrt m). */
    static double hoeffdingBound(double m, double v, double gamma) {
        return v * m + Math.sqrt(m * Math.log(1 / gamma) / 2);
    }

    /**
     * @param m neurons
     * @param halfWidth the window {@code |g| <= halfWidth}
     * @param bound the bound on the count
     * @return {@code P(Bin(m, P(|g| <= halfWidth)) > bound)} from both libraries
     */
    static ExactProbability countExceeds(int m, double halfWidth, double bound) {
        ExactProbability p = NormalTails.twoSidedLower(halfWidth);
        long k = (long) Math.floor(bound) + 1;
        ExactProbability h = BinomialTails.atLeast(m, p.hipparchus(), k);
        ExactProbability c = BinomialTails.atLeast(m, p.commonsStatistics(), k);
        return new ExactProbability(h.hipparchus(), c.commonsStatistics(),
                "P(Bin(" + m + ", P(|g| <= " + halfWidth + ")) > " + bound + ")");
    }

    /**
     * Draws {@code m} normals {@code g_s} and counts {@code -V <= g_s < V} (exact membership in S_w) and
     * {@code |g_s| <= window}.
     *
     * @return {@code {|S_w|, #{|g| <= window}}}
     */
    static int[] countWindow(UniformRandomProvider rng, int m, double v, double window) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        int members = 0;
        int inWindow = 0;
        for (int s = 0; s < m; s++) {
            double gs = g.sample();
            if (-v <= gs && gs < v) {
                members++;
            }
            if (Math.abs(gs) <= window) {
                inWindow++;
            }
        }
        return new int[] {members, inWindow};
    }

    /**
     * Exact size of {@code S'_w = { s : exists delta, ||delta|| <= R, and W in the ball with
     * 1[<w_s, x+delta> >= 0] != 1[<w_{s,0}, x+delta> >= 0] }} on one draw of {@code m} neurons.
     *
     * <p>For fixed {@code c = x + delta} the indicator can change iff {@code |<w0, c>| < V ||c||} (as for S_w, up to a
     * boundary of measure zero). Over {@code c in B(x, R)}, directions within {@code asin R} of {@code x}, the least
     * {@code |<w0, c>| / ||c||} is {@code ||w0|| sin(max(0, phi - asin R))}, with {@code phi} the angle between
     * {@code x} and the hyperplane {@code w0^perp} ({@code sin phi = |g|/||w0||}). A neuron draws {@code g ~ N(0,1)}
     * then {@code ||w0 - g x||^2 ~ chi2_{d-1}} (a gamma variate), exact in law.
     */
    static int countSupOverDelta(UniformRandomProvider rng, int m, int d, double v, double r) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        org.apache.commons.rng.sampling.distribution.ContinuousSampler chi = d > 1
                ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, (d - 1) / 2.0, 2) : () -> 0.0;
        double asinR = d > 1 ? Math.asin(r) : 0; // in R^1 every c in B(x, R) points along x
        int members = 0;
        for (int s = 0; s < m; s++) {
            double a = Math.abs(g.sample());
            double b = Math.sqrt(chi.sample());
            double rho = Math.hypot(a, b);
            double phi = Math.atan2(a, b);
            if (rho * Math.sin(Math.max(0, phi - asinR)) < v) {
                members++;
            }
        }
        return members;
    }
}
