package org.reluspec.papers.wuma;

import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.GaussianDraws;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ChiSquaredTails;
import org.reluspec.stats.ExactProbability;

/**
 * WUMA appendix B, equation (2) (chi-squared concentration):
 * <blockquote>{@code z_1..z_m} iid {@code N(0,1)}: w.p. {@code >= 1 - gamma},
 * {@code | sum_s z_s^2 - m | <= 4 sqrt( m ln(2/gamma) )}.</blockquote>
 * Exact: {@code P(chi2_m > m + c) + P(chi2_m < m - c)} with {@code c = 4 sqrt(m ln(2/gamma))}.
 */
public final class WumaEq2 extends AbstractProbabilisticClaim {

    /** The claim as printed. */
    public WumaEq2() {
        super(WumaTheorems.EQ2, "as-printed", "|sum z_s^2 - m| > 4 sqrt(m ln(2/gamma))");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"m", "gamma"}, new double[][] {
            {1, 0.5}, {1, 0.1}, {2, 0.1}, {3, 1e-3}, {10, 0.5}, {10, 1e-6}, {100, 0.1}, {1000, 1e-3},
            {1000, 1e-9}, {100000, 0.5}, {100000, 1e-9}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "z_s iid N(0,1)"));
    }

    private static double halfWidth(ParameterPoint point) {
        return 4 * Math.sqrt(point.get("m") * Math.log(2 / point.get("gamma")));
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double m = point.get("m");
        double c = halfWidth(point);
        ExactProbability up = ChiSquaredTails.upper(m, m + c);
        ExactProbability lo = m - c > 0 ? ChiSquaredTails.lower(m, Math.nextDown(m - c))
                : new ExactProbability(0, 0, "0");
        return Optional.of(new ExactProbability(up.hipparchus() + lo.hipparchus(),
                up.commonsStatistics() + lo.commonsStatistics(), up.formula() + " + " + lo.formula()));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("m");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int m = point.getInt("m");
        double c = halfWidth(point);
        return rng -> Math.abs(GaussianDraws.squaredNorm(ZigguratSampler.NormalizedGaussian.of(rng), m) - m) > c;
    }
}
