package org.reluspec.papers.wuma;

import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.hipparchus.special.Beta;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.GaussianDraws;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ChiSquaredTails;
import org.reluspec.stats.ExactProbability;

/**
 * WUMA Theorem B.3 (Wainwright Thm 2.26, Gaussian Lipschitz concentration), with {@code f = ||.||} ({@code L = 1}):
 * <blockquote>{@code z} with iid {@code N(0,1)} coordinates, f L-Lipschitz:
 * {@code P(|f(z) - E f(z)| >= t) <= 2 exp(-t^2 / (2 L^2))}.</blockquote>
 * Exact with the chi law: {@code E||z|| = sqrt 2 Gamma((n+1)/2) / Gamma(n/2) = sqrt(2 pi) / B(n/2, 1/2)} and
 * {@code P(| ||z|| - mu | >= t) = P(chi2_n >= (mu+t)^2) + P(chi2_n <= (mu-t)^2)} (second term only when
 * {@code mu > t}); the mean is computed with Hipparchus' and with Commons Numbers' log-beta, each feeding its own
 * library's tails.
 */
public final class WumaB_3 extends AbstractProbabilisticClaim {

    /** The theorem for f = norm. */
    public WumaB_3() {
        super(WumaTheorems.B_3, "f=norm", "| ||z|| - E||z|| | >= t");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"n", "t"}, new double[][] {
            {1, 0.1}, {1, 1.5}, {2, 2}, {3, 0.5}, {10, 2}, {100, 3}, {100, 0.01}, {10000, 1.5}, {10000, 6},
            {1, 6}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "z has iid N(0,1) coordinates; ||.|| is 1-Lipschitz"));
    }

    /**
     * @param n dimension
     * @param commons whether to use Commons Numbers (else Hipparchus)
     * @return {@code E||z||} for {@code z ~ N(0, I_n)}
     */
    static double meanNorm(double n, boolean commons) {
        // Gamma((n+1)/2)/Gamma(n/2) = Gamma(1/2)/B(n/2, 1/2): a difference of two log-gammas near 4e4 would cancel
        // (the suite's self-check caught that at n = 1e4); log-beta is computed without the cancellation.
        double logBeta = commons ? LogBeta.value(n / 2, 0.5) : Beta.logBeta(n / 2, 0.5);
        return Math.sqrt(2 * Math.PI) * Math.exp(-logBeta);
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double n = point.get("n");
        double t = point.get("t");
        double[] value = new double[2];
        for (int lib = 0; lib < 2; lib++) {
            double mu = meanNorm(n, lib == 1);
            ExactProbability up = ChiSquaredTails.upper(n, (mu + t) * (mu + t));
            ExactProbability lo = mu > t ? ChiSquaredTails.lower(n, (mu - t) * (mu - t)) : null;
            value[lib] = lib == 0 ? up.hipparchus() + (lo == null ? 0 : lo.hipparchus())
                    : up.commonsStatistics() + (lo == null ? 0 : lo.commonsStatistics());
        }
        return Optional.of(new ExactProbability(value[0], value[1],
                "P(chi2_n >= (mu+t)^2) + P(chi2_n <= (mu-t)^2), mu = E||z||"));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("n");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int n = point.getInt("n");
        double t = point.get("t");
        double mu = meanNorm(n, false);
        return rng -> Math.abs(Math.sqrt(GaussianDraws.squaredNorm(ZigguratSampler.NormalizedGaussian.of(rng), n))
                - mu) >= t;
    }
}
