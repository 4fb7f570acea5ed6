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
import org.reluspec.kernel.Vectors;
import org.reluspec.lazy.FlipStep;
import org.reluspec.lazy.GradientChange;
import org.reluspec.lazy.LazyBall;
import org.reluspec.lazy.LazyNetwork;

/**
 * WUMA's key inequality (section 4 and App. B), with the supremum over the ball replaced by the exact maximum over
 * the segment (sharper, still implied by the fundamental theorem of calculus): for {@code s = sign f(x)},
 * {@code delta = -s |eta| grad f(x)},
 * <pre>
 * s f(x + delta) <= s f(x) - |eta| ||grad f(x)||^2 + |eta| ||grad f(x)|| max_{t in [0,1]} ||grad f(x + t delta) - grad f(x)||.
 * </pre>
 * Checked on {@value #INSTANCES} networks per point, at {@code W0} and at a point of the lazy ball from a case family
 * (inside, on the boundary, or pushed toward every neuron's kink at {@code x}), for a random unit {@code x} and steps {@code |eta| in {1/4, 1/2, 1, 3/2, 3} |eta*|} and {@code 1/d}. Tolerance: {@code 1e-10}
 * times the sum of the magnitudes of the terms (rounding of sums of {@code m} products; the inequality itself has no
 * slack to spare where the segment has no kink).
 */
public final class WumaPf3_1 implements DeterministicClaim {

    static final int INSTANCES = 10;

    @Override
    public Theorem theorem() {
        return WumaTheorems.PF3_1;
    }

    @Override
    public String variant() {
        return "segment-max";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("d", 1, 4096, "input dimension"),
                ParameterSpec.integer("m", 1, 1 << 18, "width"),
                ParameterSpec.nonNegativeReal("C0", "lazy constant of the random W in the ball"),
                ParameterSpec.cases("W", "the second network of each instance, in the ball B_{2,inf}(W0, C0/sqrt m)",
                        "every row moved a uniform fraction of the radius along a random direction",
                        "every row moved the full radius along a random direction (a vertex region of the ball)",
                        "every row moved the full radius along +-x toward its ReLU kink at x"));
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return List.of(ParameterPoint.of(this, "d", 1, "m", 1, "C0", 1, "W", 0), ParameterPoint.of(this, "d", 2,
                        "m", 3, "C0", 10, "W", 0),
                ParameterPoint.of(this, "d", 10, "m", 300, "C0", 10, "W", 0), ParameterPoint.of(this, "d", 49,
                        "m", 2000, "C0", 40, "W", 0),
                ParameterPoint.of(this, "d", 200, "m", 5000, "C0", 1, "W", 0),
                ParameterPoint.of(this, "d", 10, "m", 300, "C0", 10, "W", 1),     // every row on the ball's boundary
                ParameterPoint.of(this, "d", 10, "m", 300, "C0", 10, "W", 2));    // every row pushed to its kink
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "any x, W, eta with sign(eta) = -sign f(x)"));
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        int d = point.getInt("d");
        int m = point.getInt("m");
        double worst = Double.NEGATIVE_INFINITY;
        int checked = 0;
        String first = "";
        for (int i = 0; i < INSTANCES; i++) {
            UniformRandomProvider rng = instances.forTrial(i);
            LazyNetwork w0 = LazyNetwork.initialize(d, m, rng);
            LazyBall ball = LazyBall.lazyRegime(w0, point.get("C0"));
            double[] moved = w0.firstLayer().clone();
            double[][] directions = SphereData.sampleUnit(d, m, rng);
            int wCase = point.getInt("W");
            for (int s = 0; s < m; s++) {
                double fraction = rng.nextDouble();   // drawn in every case, so the streams stay aligned
                if (wCase < 2) {
                    Vectors.axpy(ball.radius() * (wCase == 0 ? fraction : 1), directions[s], 0, moved, s * d, d);
                }
            }
            double[] x = SphereData.sampleUnit(d, 1, rng)[0];
            if (wCase == 2) {
                double[] h = w0.preActivations(x);
                for (int s = 0; s < m; s++) {
                    Vectors.axpy(ball.radius() * (h[s] > 0 ? -1 : 1), x, 0, moved, s * d, d);
                }
            }
            ball.project(moved);
            for (LazyNetwork net : new LazyNetwork[] {w0, w0.withFirstLayer(moved)}) {
                double f = net.value(x);
                double[] g = net.gradient(x);
                double gn2 = Vectors.squaredNorm(g);
                if (f == 0 || gn2 == 0) {
                    continue;
                }
                double sign = Math.signum(f);
                double etaStar = Math.abs(FlipStep.minimal(net, x).eta());
                double[] steps = Double.isFinite(etaStar)
                        ? new double[] {etaStar / 4, etaStar / 2, etaStar, 1.5 * etaStar, 3 * etaStar, 1.0 / d}
                        : new double[] {1.0 / d};
                for (double eta : steps) {
                    double[] delta = new double[d];
                    double[] xd = new double[d];
                    for (int k = 0; k < d; k++) {
                        delta[k] = -sign * eta * g[k];
                        xd[k] = x[k] + delta[k];
                    }
                    double lhs = sign * net.value(xd);
                    double change = GradientChange.maxOnSegment(net, x, delta);
                    double rhs = sign * f - eta * gn2 + eta * Math.sqrt(gn2) * change;
                    double scale = Math.abs(lhs) + Math.abs(f) + eta * gn2 + eta * Math.sqrt(gn2) * change;
                    double excess = (lhs - rhs) / scale;
                    worst = Math.max(worst, excess);
                    checked++;
                    if (excess > 1e-10 && first.isEmpty()) {
                        first = "; first failure: instance " + i + ", eta = " + eta + ": " + lhs + " > " + rhs;
                    }
                }
            }
        }
        return new DeterministicOutcome(worst <= 1e-10, worst, 1e-10, "max (lhs - rhs) / (sum of magnitudes)",
                checked + " (network, x, eta) triples on " + INSTANCES + " instances at W0 and a random W in the ball"
                        + first);
    }
}
