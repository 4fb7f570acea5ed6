package org.reluspec.papers.wuma;

import java.util.List;
import java.util.Optional;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.GaussianDraws;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.BinomialTails;
import org.reluspec.stats.ExactProbability;

/**
 * WUMA Theorem B.2 (Chernoff), with equal success probabilities:
 * <blockquote>{@code z_i} independent Bernoulli({@code p_i}), {@code S = sum z_i}, {@code mu = E S}; for
 * {@code t > mu}: {@code P(S >= t) <= e^{-mu} (e mu / t)^t}.</blockquote>
 * With {@code p_i = p}, {@code S ~ Bin(n, p)} and the exact tail is {@code P(Bin(n,p) >= ceil(t))}. The bound is
 * evaluated in the log domain ({@code -mu + t (1 + ln mu - ln t)}) so it does not underflow before the tail does.
 */
public final class WumaB_2 extends AbstractProbabilisticClaim {

    /** The theorem with equal p_i. */
    public WumaB_2() {
        super(WumaTheorems.B_2, "equal-p", "Bin(n,p) >= t");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"n", "p", "t"}, new double[][] {
            {1, 0.5, 0.51}, {1, 0.5, 1}, {2, 0.5, 1.5}, {3, 0.1, 1}, {10, 0.5, 5.01}, {10, 0.5, 9}, {100, 0.01, 2},
            {100, 0.5, 75}, {10000, 0.5, 5200}, {10000, 0.001, 40}, {10, 0.5, 4}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        double mu = point.get("n") * point.get("p");
        return List.of(HypothesisResult.byConstruction("H1", "z_i independent Bernoulli(p)"),
                new HypothesisResult("H2", "t > mu", point.get("t") > mu, point.get("t"), mu, point.get("t") - mu));
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        return Optional.of(BinomialTails.atLeast(point.getInt("n"), point.get("p"), (long) Math.ceil(point.get("t"))));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("n");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int n = point.getInt("n");
        double p = point.get("p");
        double t = point.get("t");
        return rng -> GaussianDraws.bernoulliSum(rng, n, p) >= t;
    }
}
