package org.reluspec.papers.myv;

import java.util.List;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.TrialEvent;

/**
 * MYV Lemma C.3 (inner product of two Gaussians, F001 L540-L543):
 * <blockquote>{@code u ~ N(0, sigma1^2 I_n)}, {@code v ~ N(0, sigma2^2 I_n)}, {@code t > 0}:
 * {@code P[ |<u,v>| >= sigma1 sqrt(2n) t ] <= e^{-n/16} + 2 exp(-t^2/(2 sigma2^2))}.</blockquote>
 * The proof applies Lemma C.1 to {@code u} and Lemma C.2 to {@code v} given {@code u}, which needs {@code u} and
 * {@code v} independent; the lemma does not say so (catalogue C.3-1). The trials draw them independently. No closed
 * form is encoded: Monte Carlo decides.
 */
public final class MyvC_3 extends AbstractProbabilisticClaim {

    /** The claim as printed (with the independence the proof uses). */
    public MyvC_3() {
        super(MyvTheorems.C_3, "as-printed", "|<u,v>| >= sigma1 sqrt(2n) t");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"n", "sigma1", "sigma2", "t"}, new double[][] {
            {1, 1, 1, 1}, {2, 1, 1, 2}, {3, 0.5, 1, 2}, {16, 1, 1, 2}, {16, 1, 0.2, 0.5}, {64, 1, 1, 3},
            {64, 0.5, 1, 1.5}, {256, 1, 1, 4}, {256, 1, 0.5, 1}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "u and v independent (used by the proof, not stated)"));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return 2 * point.get("n");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int n = point.getInt("n");
        double s1 = point.get("sigma1");
        double s2 = point.get("sigma2");
        double threshold = s1 * Math.sqrt(2.0 * n) * point.get("t");
        return rng -> {
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
            double dot = 0;
            for (int k = 0; k < n; k++) {
                dot += (s1 * g.sample()) * (s2 * g.sample());
            }
            return Math.abs(dot) >= threshold;
        };
    }
}
