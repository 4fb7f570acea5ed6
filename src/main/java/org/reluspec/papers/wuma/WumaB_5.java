package org.reluspec.papers.wuma;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.harness.TrialEvent;

/**
 * WUMA Lemma B.5 / Lemma 4.1 (function value over the lazy ball): for any {@code x}, w.p. {@code >= 1 - gamma}, for
 * all {@code W in B_{2,inf}(W0, C0/sqrt m)}, {@code |f(x; a, W)| <= bound}. Two readings of the bound:
 * <ul>
 *   <li>{@code WUMA-L4.1}: {@code 2 sqrt(ln(2/gamma)) + C0} (Lemma 4.1, given {@code m >= Omega(ln(2/gamma))});</li>
 *   <li>{@code WUMA-B.5 without-garbled-term}: {@code sqrt(2 ln(2/gamma)) + C0}, B.5's two legible terms (the
 *       middle one, vanishing in {@code m}, is unreadable); a failure here may be the missing term's.</li>
 * </ul>
 * The "for all W" is exact: {@link org.reluspec.lazy.LazyBall#supAbsValue} is separable per neuron and depends only on
 * {@code g_s = w_{s,0}.x ~ N(0,1)} and {@code a_s}, so a trial draws {@code m} signs and {@code m} normals (rotation
 * invariance: the law of {@code (g_s)} does not depend on {@code x} or {@code d}).
 */
public final class WumaB_5 extends AbstractProbabilisticClaim {

    private final boolean informal;

    private WumaB_5(Theorem theorem, String variant, boolean informal, String bound) {
        super(theorem, variant, theorem.source(),
                "for any x, w.p. >= 1 - gamma, for all W in B_{2,inf}(W0, C0/sqrt m): |f(x;a,W)| <= " + bound + ".",
                theorem.boundFormula(), "sup over the ball of |f(x;a,W)| > " + bound);
        this.informal = informal;
    }

    /** @return Lemma 4.1, the informal version */
    public static WumaB_5 lemma41() {
        return new WumaB_5(WumaTheorems.L4_1, "as-printed", true, "2 sqrt(ln(2/gamma)) + C0");
    }

    /** @return Lemma B.5's legible terms */
    public static WumaB_5 withoutGarbledTerm() {
        return new WumaB_5(WumaTheorems.B_5, "without-garbled-term", false, "sqrt(2 ln(2/gamma)) + C0");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"m", "C0", "gamma"}, new double[][] {
            {1, 1, 0.5}, {3, 0, 0.1}, {10, 1, 0.1}, {100, 10, 0.01}, {1000, 10, 0.01}, {10000, 40, 1e-3},
            {100000, 0.1, 0.05}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(LazyHypotheses.setting(), LazyHypotheses.widthLog("H2", point.get("m"), 2, point.get("gamma")));
    }

    double valueBound(ParameterPoint p) {
        double l = Math.log(2 / p.get("gamma"));
        return (informal ? 2 * Math.sqrt(l) : Math.sqrt(2 * l)) + p.get("C0");
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return 2 * point.get("m");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int m = point.getInt("m");
        double v = point.get("C0") / Math.sqrt(m);
        double bound = valueBound(point);
        return rng -> supAbsValue(rng, m, v) > bound;
    }

    /** The exact {@code max_W |f|} over the ball, from {@code m} signs and then {@code m} normals. */
    static double supAbsValue(UniformRandomProvider rng, int m, double v) {
        boolean[] plus = new boolean[m];
        for (int s = 0; s < m; s++) {
            plus[s] = rng.nextBoolean();
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double sup = 0;
        double inf = 0;
        for (int s = 0; s < m; s++) {
            double g = gauss.sample();
            if (plus[s]) {
                sup += Math.max(0, g + v);
                inf += Math.max(0, g - v);
            } else {
                sup -= Math.max(0, g - v);
                inf -= Math.max(0, g + v);
            }
        }
        return Math.max(sup, -inf) / Math.sqrt(m);
    }
}
