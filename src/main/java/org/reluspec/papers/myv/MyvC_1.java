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
 * MYV Lemma C.1 (chi-squared upper tail, F001 L527-L531):
 * <blockquote>If {@code w ~ N(0, sigma^2 I_n)} then {@code P[ ||w||^2 >= 2 sigma^2 n ] <= e^{-n/16}}.</blockquote>
 * Two variants: {@code as-printed} (threshold {@code 2n}) and {@code intermediate-13n/8}, the sharper step of the
 * proof: Laurent–Massart with {@code t = n/16} gives {@code 2 sqrt(n t) + 2t = 5n/8}, so
 * {@code P(chi2_n >= 13n/8) <= e^{-n/16}} (catalogue MYV-C.1, MYV-S1).
 */
public final class MyvC_1 extends AbstractProbabilisticClaim {

    private final double factor;

    private MyvC_1(String variant, double factor, String threshold) {
        super(MyvTheorems.C_1, variant, MyvTheorems.C_1.source(),
                "If w ~ N(0, sigma^2 I_n) then P[ ||w||^2 >= " + threshold + " ] <= exp(-n/16).",
                MyvTheorems.C_1.boundFormula(), "||w||^2 >= " + threshold);
        this.factor = factor;
    }

    /** @return the statement as printed: threshold {@code 2 sigma^2 n} */
    public static MyvC_1 asPrinted() {
        return new MyvC_1("as-printed", 2.0, "2 sigma^2 n");
    }

    /** @return the proof's intermediate step: threshold {@code (13/8) sigma^2 n} */
    public static MyvC_1 intermediate() {
        return new MyvC_1("intermediate-13n/8", 13.0 / 8, "(13/8) sigma^2 n");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"n", "sigma"}, new double[][] {
            {1, 1}, {2, 1}, {3, 0.1}, {4, 1}, {8, 1}, {16, 1}, {32, 0.1}, {64, 1}, {128, 1}, {256, 1}, {1024, 1}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "w ~ N(0, sigma^2 I_n)"));
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double n = point.get("n");
        return Optional.of(ChiSquaredTails.upper(n, factor * n));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("n");
    }

    @Override
    public Optional<WeightedEvent> importanceSampler(ParameterPoint point) {
        int n = point.getInt("n");
        return Optional.of(ChiSquaredTilting.upperTail(n, factor * n));
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int n = point.getInt("n");
        double sigma = point.get("sigma");
        double threshold = factor * sigma * sigma * n;
        return rng -> sigma * sigma * GaussianDraws.squaredNorm(ZigguratSampler.NormalizedGaussian.of(rng), n)
                >= threshold;
    }
}
