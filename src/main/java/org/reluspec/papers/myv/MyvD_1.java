package org.reluspec.papers.myv;

import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.ChiSquaredTilting;
import org.reluspec.harness.GaussianDraws;
import org.reluspec.harness.TrialEvent;
import org.reluspec.harness.WeightedEvent;
import org.reluspec.stats.ChiSquaredTails;
import org.reluspec.stats.ExactProbability;

/**
 * MYV Lemma D.1 (upper tail of a sum; F000 line 977, F001 L579-L587):
 * <blockquote>If {@code w_1..w_m} are iid {@code N(0, sigma^2 I_n)} then
 * {@code P[ ||sum_i w_i||^2 >= 2 m sigma^2 n ] <= e^{-n/16}}.</blockquote>
 * Variants: {@code as-printed} (F000's statement and both proofs, bound {@code e^{-n/16}}) and
 * {@code F001-statement}, whose printed bound is {@code e^{-1/2}} (catalogue D.1-1: a typo; the constant is weaker
 * than {@code e^{-n/16}} for {@code n > 8} and stronger for {@code n < 8}). Exact: {@code P(chi2_n >= 2n)}.
 */
public final class MyvD_1 extends AbstractProbabilisticClaim {

    private final boolean f001Statement;

    private MyvD_1(String variant, String bound, boolean f001Statement) {
        super(MyvTheorems.D_1, variant, MyvTheorems.D_1.source(),
                "If w_1..w_m are iid N(0, sigma^2 I_n) then P[ ||sum_i w_i||^2 >= 2 m sigma^2 n ] <= " + bound + ".",
                bound, "||sum_i w_i||^2 >= 2 m sigma^2 n");
        this.f001Statement = f001Statement;
    }

    /** @return the statement with bound {@code exp(-n/16)} (F000, and both proofs) */
    public static MyvD_1 asPrinted() {
        return new MyvD_1("as-printed", "exp(-n/16)", false);
    }

    /** @return F001's statement, bound {@code exp(-1/2)} */
    public static MyvD_1 f001Statement() {
        return new MyvD_1("F001-statement", "exp(-1/2)", true);
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"n", "m", "sigma"}, new double[][] {
            {1, 1, 1}, {2, 3, 1}, {3, 2, 0.1}, {8, 2, 1}, {9, 1, 1}, {16, 10, 1}, {64, 3, 1}, {256, 2, 1},
            {1024, 1, 1}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "w_i ~ N(0, sigma^2 I_n), independent (not stated)"));
    }

    @Override
    public double statedBound(ParameterPoint point) {
        return f001Statement ? Math.exp(-0.5) : Math.exp(-point.get("n") / 16);
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double n = point.get("n");
        return Optional.of(ChiSquaredTails.upper(n, 2 * n));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("n") * point.get("m");
    }

    @Override
    public Optional<WeightedEvent> importanceSampler(ParameterPoint point) {
        int n = point.getInt("n");
        return Optional.of(ChiSquaredTilting.upperTail(n, 2.0 * n));
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int n = point.getInt("n");
        int m = point.getInt("m");
        double sigma = point.get("sigma");
        double[] scratch = new double[n];
        double threshold = 2 * m * sigma * sigma * n;
        return rng -> GaussianDraws.squaredNormOfIidSum(ZigguratSampler.NormalizedGaussian.of(rng), m, n, sigma,
                scratch) >= threshold;
    }
}
