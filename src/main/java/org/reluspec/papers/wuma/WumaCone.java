package org.reluspec.papers.wuma;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.data.SphereData;
import org.reluspec.harness.TrialStreams;
import org.reluspec.lazy.FlipStep;
import org.reluspec.lazy.LazyNetwork;

/**
 * WUMA's "beyond the lazy regime" remark (section 3): on the cone {@code {W : r W in B_{2,inf}(W0, C0/sqrt m), r > 0}}
 * Theorem 3.1 "still holds", since {@code f(x; a, W/r) = f(x; a, W)/r} and {@code grad f(x; a, W/r) =
 * grad f(x; a, W)/r}. Checked exactly: for {@code W' = W/r} the sign of {@code f(x)}, the smallest flipping
 * perturbation {@code ||delta*||} and the flip itself are unchanged, and the smallest step scales as
 * {@code eta*(W') = r eta*(W)} (relative error {@code <= 1e-9}). The remark is true with the step-size condition
 * rescaled by {@code r}: a step of order {@code 1/d} for {@code W} is a step of order {@code r/d} for {@code W'}.
 */
public final class WumaCone implements DeterministicClaim {

    private static final double[] FACTORS = {0.01, 0.1, 0.5, 3, 100};

    @Override
    public Theorem theorem() {
        return WumaTheorems.CONE;
    }

    @Override
    public String variant() {
        return "rescaled-step";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return List.of(ParameterPoint.of(this, "d", 1, "m", 2), ParameterPoint.of(this, "d", 10, "m", 252),
                ParameterPoint.of(this, "d", 49, "m", 11411));
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "W' = W0 / r lies in the cone for every r > 0"));
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        int d = point.getInt("d");
        int m = point.getInt("m");
        double worst = 0;
        int flips = 0;
        for (int i = 0; i < 10; i++) {
            UniformRandomProvider rng = instances.forTrial(i);
            LazyNetwork net = LazyNetwork.initialize(d, m, rng);
            double[] x = SphereData.sampleUnit(d, 1, rng)[0];
            FlipStep base = FlipStep.minimal(net, x);
            for (double r : FACTORS) {
                double[] scaled = net.firstLayer().clone();
                for (int k = 0; k < scaled.length; k++) {
                    scaled[k] /= r;
                }
                FlipStep cone = FlipStep.minimal(net.withFirstLayer(scaled), x);
                boolean sameSign = Math.signum(cone.value()) == Math.signum(base.value());
                boolean moves = base.flips() && base.perturbationNorm() > 0;   // f(x) = 0 needs no step
                double etaError = moves ? Math.abs(cone.eta() - r * base.eta()) / Math.abs(r * base.eta())
                        : (base.flips() == cone.flips() ? 0 : 1);
                double deltaError = moves ? Math.abs(cone.perturbationNorm() - base.perturbationNorm())
                        / base.perturbationNorm() : 0;
                worst = Math.max(worst, Math.max(etaError, deltaError) + (sameSign ? 0 : 1));
                flips += base.flips() ? 1 : 0;
            }
        }
        return new DeterministicOutcome(worst <= 1e-9, worst, 1e-9, "max relative error of eta*(W/r) = r eta*(W) and "
                + "||delta*(W/r)|| = ||delta*(W)|| (+1 for a sign change)", "10 networks x r in "
                + java.util.Arrays.toString(FACTORS) + "; " + flips + " with a flip along the gradient");
    }
}
