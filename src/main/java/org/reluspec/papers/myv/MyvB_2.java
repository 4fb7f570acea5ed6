package org.reluspec.papers.myv;

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
 * MYV Lemma B.2 (F001 L498-L505):
 * <blockquote>If {@code w_1..w_m} are iid {@code N(0, sigma^2 I_n)} then
 * {@code P[ ||sum_i w_i||^2 <= (1/2) m sigma^2 n ] <= e^{-n/16}}.</blockquote>
 * The sum is {@code N(0, m sigma^2 I_n)}, so the failure probability is {@code P(chi2_n <= n/2)}, independent of
 * {@code m} and {@code sigma}. The lemma does not state independence (catalogue B.2-1); the trials draw the
 * {@code w_i} independently, as the proof assumes.
 */
public final class MyvB_2 extends AbstractProbabilisticClaim {

    /** The claim as printed. */
    public MyvB_2() {
        super(MyvTheorems.B_2, "as-printed", "||sum_i w_i||^2 <= m sigma^2 n / 2");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"n", "m", "sigma"}, new double[][] {
            {1, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 10, 0.1}, {16, 1, 1}, {16, 3, 0.1}, {64, 2, 1}, {64, 10, 1},
            {256, 3, 1}, {1024, 2, 1}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "w_i ~ N(0, sigma^2 I_n), independent (not stated)"));
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double n = point.get("n");
        return Optional.of(ChiSquaredTails.lower(n, n / 2));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("n") * point.get("m");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int n = point.getInt("n");
        int m = point.getInt("m");
        double sigma = point.get("sigma");
        double[] scratch = new double[n];
        double threshold = m * sigma * sigma * n / 2;
        return rng -> GaussianDraws.squaredNormOfIidSum(ZigguratSampler.NormalizedGaussian.of(rng), m, n, sigma,
                scratch) <= threshold;
    }
}
