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
 * WUMA Theorem B.1 (Bernstein; OCR "Berstein"), on the test distribution {@code z_i ~ Bernoulli(p)}:
 * <blockquote>{@code z_1..z_n} independent, {@code sum E z_i^2 <= v}, {@code sum E|z_i|^q <= (q!/2) v c^{q-2}} for
 * all integers {@code q >= 3}; with {@code S = sum (z_i - E z_i)}: {@code P(S >= sqrt(2 v t) + c t) <= e^{-t}}.
 * </blockquote>
 * For Bernoulli(p): {@code E z^2 = E|z|^q = p}, so {@code v = n p} and {@code c = 1} satisfy the hypotheses
 * ({@code q!/2 >= 1}), and {@code P(S >= sqrt(2 n p t) + t) = P(Bin(n,p) >= ceil(n p + sqrt(2 n p t) + t))} exactly.
 * A trial draws {@code n} uniforms ({@code nextDouble}) and counts those below {@code p}.
 */
public final class WumaB_1 extends AbstractProbabilisticClaim {

    /** The theorem on Bernoulli summands. */
    public WumaB_1() {
        super(WumaTheorems.B_1, "bernoulli", "Bin(n,p) - n p >= sqrt(2 n p t) + t");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"n", "p", "t"}, new double[][] {
            {1, 0.5, 0.1}, {1, 0.01, 1}, {2, 0.5, 1}, {3, 0.5, 0.5}, {10, 0.5, 2}, {100, 0.01, 1}, {100, 0.5, 5},
            {10000, 0.5, 1}, {10000, 0.01, 20}, {1000000, 1e-6, 3}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        double np = point.get("n") * point.get("p");
        double worst = Double.POSITIVE_INFINITY;
        double factorialHalf = 3;
        for (int q = 3; q <= 30; q++) {
            worst = Math.min(worst, factorialHalf * np - np);
            factorialHalf *= q + 1;
        }
        return List.of(HypothesisResult.byConstruction("H1", "z_i independent Bernoulli(p)"),
                HypothesisResult.atMost("H2", "sum E z_i^2 <= v (v = n p)", np, np),
                new HypothesisResult("H3", "sum E|z_i|^q <= (q!/2) v c^(q-2), c = 1, checked for q = 3..30",
                        worst >= 0, np, np + worst, worst));
    }

    private static double threshold(ParameterPoint point) {
        double np = point.get("n") * point.get("p");
        double t = point.get("t");
        return np + Math.sqrt(2 * np * t) + t;
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        return Optional.of(BinomialTails.atLeast(point.getInt("n"), point.get("p"),
                (long) Math.ceil(threshold(point))));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("n");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int n = point.getInt("n");
        double p = point.get("p");
        double threshold = threshold(point);
        return rng -> GaussianDraws.bernoulliSum(rng, n, p) >= threshold;
    }
}
