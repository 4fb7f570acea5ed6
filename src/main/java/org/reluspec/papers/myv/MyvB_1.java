package org.reluspec.papers.myv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.ChiSquaredTilting;
import org.reluspec.harness.TrialEvent;
import org.reluspec.harness.WeightedEvent;
import org.reluspec.stats.ChiSquaredTails;
import org.reluspec.stats.ExactProbability;

/**
 * MYV Lemma B.1 (chi-squared lower tail). Melamed, Yehudai, Vardi, appendix B (F001 L493-L497; F000 App. B):
 * <blockquote>If {@code w ~ N(0, sigma^2 I_n)} then {@code P[ ||w||^2 <= (1/2) sigma^2 n ] <= e^{-n/16}}.</blockquote>
 * \[ \Pr\big[\|w\|^2 \le \tfrac12 \sigma^2 n\big] \le e^{-n/16} \]
 *
 * <p>Exact law: {@code ||w||^2 / sigma^2 ~ chi2_n}, so the failure probability is {@code P(chi2_n <= n/2)} for every
 * sigma. The paper proves it from the Laurent–Massart lower tail with {@code t = n/16}. A trial draws
 * {@code n} standard normals {@code g_k} (Commons RNG ziggurat sampler), sets {@code w_k = sigma g_k}, and fails when
 * {@code ||w||^2 <= sigma^2 n / 2} in floating point, so the simulation also tests that scaling by sigma does not
 * move the event. Points too rare to simulate are cross-checked by exponential tilting ({@link ChiSquaredTilting}).
 */
public final class MyvB_1 extends AbstractProbabilisticClaim {

    /** Dimensions of the default grid: the smallest sizes, powers of two up to 1024. */
    static final int[] GRID_N = {1, 2, 3, 4, 8, 16, 32, 64, 128, 256, 512, 1024};

    /** Standard deviations of the default grid: the unit scale and one that is not a power of two. */
    static final double[] GRID_SIGMA = {1.0, 0.1};

    /** The claim as printed. */
    public MyvB_1() {
        super(MyvTheorems.B_1, "as-printed", "||w||^2 <= sigma^2 n / 2");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        List<ParameterPoint> grid = new ArrayList<>();
        for (double sigma : GRID_SIGMA) {
            for (int n : GRID_N) {
                grid.add(ParameterPoint.of(this, "n", n, "sigma", sigma));
            }
        }
        return grid;
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1",
                "w ~ N(0, sigma^2 I_n): n independent coordinates N(0, sigma^2)"));
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double n = point.get("n");
        return Optional.of(ChiSquaredTails.lower(n, n / 2));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("n");
    }

    @Override
    public Optional<WeightedEvent> importanceSampler(ParameterPoint point) {
        int n = point.getInt("n");
        return Optional.of(ChiSquaredTilting.lowerTail(n, n / 2.0));
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int n = point.getInt("n");
        double sigma = point.get("sigma");
        double threshold = sigma * sigma * n / 2;
        return rng -> {
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
            double normSq = 0;
            for (int k = 0; k < n; k++) {
                double w = sigma * g.sample();
                normSq += w * w;
            }
            return normSq <= threshold;
        };
    }
}
