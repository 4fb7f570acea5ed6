package org.reluspec.papers.wuma;

import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.hipparchus.util.FastMath;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ExactProbability;

/**
 * WUMA Lemma B.6, first part, equation (3) (cited from Bubeck et al.):
 * <blockquote>for {@code ||delta|| <= R < 1}, {@code x in S^{d-1}}, {@code w ~ N(0, I_d)}:
 * {@code P( sign(w.x) != sign(w.(x+delta)) ) <= R sqrt(2 ln d) + 1/d}.</blockquote>
 * Exact: the probability is {@code angle(x, x+delta)/pi}; its maximum over {@code ||delta|| <= R} is
 * {@code arcsin(R)/pi}, attained at {@code delta = -R^2 x + R sqrt(1-R^2) e} with {@code e ⊥ x}. The trials use that
 * worst-case delta. Only the two coordinates of {@code w} along {@code x} and {@code e} enter the event, so a trial
 * draws those two normals (exact in law by rotation invariance). The exact value is computed with Hipparchus'
 * {@code FastMath.asin} and the JDK's {@code StrictMath.asin} (fdlibm), two independent implementations.
 */
public final class WumaEq3 extends AbstractProbabilisticClaim {

    /** The claim as printed, at the worst-case delta. */
    public WumaEq3() {
        super(WumaTheorems.EQ3, "as-printed", "sign(w.x) != sign(w.(x+delta)), delta the worst case");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"d", "R"}, new double[][] {
            {1, 0.1}, {2, 1e-3}, {2, 0.1}, {3, 0.5}, {10, 0.1}, {10, 0.999}, {1000, 0.01}, {1000, 0.5},
            {1000000, 1e-4}, {1000000, 0.9}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "||x|| = 1, w ~ N(0, I_d), delta with ||delta|| = R"));
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double r = point.get("R");
        return Optional.of(new ExactProbability(FastMath.asin(r) / FastMath.PI, StrictMath.asin(r) / StrictMath.PI,
                "max_{||delta|| <= R} angle(x, x+delta)/pi = arcsin(R)/pi"));
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        double r = point.get("R");
        double cx = 1 - r * r;
        double ce = r * Math.sqrt(1 - r * r);
        return rng -> {
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
            double wx = g.sample();
            double we = g.sample();
            return (wx >= 0) != (cx * wx + ce * we >= 0);
        };
    }
}
