package org.reluspec.papers.wuma;

import java.util.List;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.TrialEvent;

/**
 * WUMA Lemma B.6, second part, equation (4):
 * <blockquote>{@code P( exist delta', delta'' in B_2(delta, eps) and W in B_{2,inf}(W0, V) with
 * sign(w_s.(x+delta')) != sign(w_s.(x+delta'')) ) <= 2 eps (sqrt d + 2 sqrt(d ln(2/eps))) + (1 + R + eps) V}.
 * </blockquote>
 * The existential is decided exactly per draw. With {@code c = x + delta}, the hyperplane {@code w^perp} meets the
 * ball {@code B(c, eps)} iff {@code |w.c| <= eps ||w||}, i.e. iff the angle {@code psi} between {@code w} and the
 * hyperplane {@code c^perp} satisfies {@code sin psi <= eps/||c||}. Over {@code w in B(w0, V)} (a cone of half-angle
 * {@code asin(V/||w0||)} around {@code w0}, or everything if {@code V >= ||w0||}) the smallest such angle is
 * {@code max(0, phi0 - asin(V/||w0||))}, where {@code sin phi0 = |w0.c|/(||w0|| ||c||)}. The adversarial delta
 * takes {@code ||c|| = 1 - R}, the smallest, which maximizes the event. A trial draws {@code w0.ĉ ~ N(0,1)} and
 * {@code ||w0 - (w0.ĉ)ĉ||^2 ~ chi2_{d-1}} (exact in law), one normal then one gamma variate.
 */
public final class WumaEq4 extends AbstractProbabilisticClaim {

    /** The claim as printed, at the adversarial delta. */
    public WumaEq4() {
        super(WumaTheorems.EQ4, "as-printed",
                "hyperplane of some w in B(w0,V) meets B(x+delta, eps), ||x+delta|| = 1-R");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"d", "R", "eps", "V"}, new double[][] {
            {2, 0, 0.01, 0.01}, {2, 0.5, 1e-3, 0.01}, {10, 0, 1e-3, 0.1}, {10, 0.5, 0.01, 0.01},
            {100, 0, 1e-4, 0.01}, {784, 0.5, 1e-4, 0.316}, {784, 0.2, 1e-5, 0.05}, {10000, 0, 1e-6, 0.01}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "||x|| = 1, w_{s,0} ~ N(0, I_d), ||delta|| <= R"),
                HypothesisResult.atMost("H2", "R + eps < 1 (the ball B(x+delta, eps) avoids 0)",
                        point.get("R") + point.get("eps"), 1));
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        double d = point.get("d");
        double v = point.get("V");
        double sinTheta = Math.min(1, point.get("eps") / (1 - point.get("R")));
        return rng -> {
            double a = Math.abs(ZigguratSampler.NormalizedGaussian.of(rng).sample());
            double b2 = 2 * AhrensDieterMarsagliaTsangGammaSampler.of(rng, (d - 1) / 2, 1).sample();
            double rho = Math.sqrt(a * a + b2);
            if (v >= rho) {
                return true;
            }
            double psi = Math.max(0, Math.atan2(a, Math.sqrt(b2)) - Math.asin(v / rho));
            return Math.sin(psi) <= sinTheta;
        };
    }
}
