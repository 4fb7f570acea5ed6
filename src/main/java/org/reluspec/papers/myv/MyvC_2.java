package org.reluspec.papers.myv;

import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ExactProbability;
import org.reluspec.stats.NormalTails;

/**
 * MYV Lemma C.2 (Gaussian projection tail, F001 L533-L538):
 * <blockquote>{@code u in R^n} fixed, {@code v ~ N(0, sigma^2 I_n)}, {@code t > 0}:
 * {@code P[ |<u,v>| >= ||u|| t ] <= 2 exp(-t^2 / (2 sigma^2))}.</blockquote>
 * Exact: {@code <u,v>/||u|| ~ N(0, sigma^2)}, so the probability is {@code erfc(t / (sigma sqrt 2))} whatever
 * {@code u}. The trials use the fixed vector {@code u_k = 1/(k+1)}; the bound is vacuous for
 * {@code t/sigma <= sqrt(2 ln 2) = 1.1774}.
 */
public final class MyvC_2 extends AbstractProbabilisticClaim {

    /** The claim as printed. */
    public MyvC_2() {
        super(MyvTheorems.C_2, "as-printed", "|<u,v>| >= ||u|| t");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"n", "sigma", "t"}, new double[][] {
            {1, 1, 0.001}, {1, 1, 0.5}, {2, 1, 1}, {3, 0.3, 0.3 * 1.1774100225154747}, {50, 1, 1.2}, {1, 1, 2},
            {2, 0.3, 1.2}, {50, 1, 4}, {1, 1, 6}, {3, 1, 8}, {1000, 0.1, 0.9}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "u fixed (u_k = 1/(k+1)), v ~ N(0, sigma^2 I_n)"));
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        return Optional.of(NormalTails.twoSidedUpper(point.get("t") / point.get("sigma")));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("n");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int n = point.getInt("n");
        double sigma = point.get("sigma");
        double t = point.get("t");
        double[] u = new double[n];
        double uu = 0;
        for (int k = 0; k < n; k++) {
            u[k] = 1.0 / (k + 1);
            uu += u[k] * u[k];
        }
        double threshold = Math.sqrt(uu) * t;
        return rng -> {
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
            double dot = 0;
            for (int k = 0; k < n; k++) {
                dot += u[k] * sigma * g.sample();
            }
            return Math.abs(dot) >= threshold;
        };
    }
}
