package org.reluspec.papers.wuma;

import java.util.List;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.TrialEvent;
import org.reluspec.lazy.BallSearch;
import org.reluspec.lazy.FlipStep;
import org.reluspec.lazy.LazyBall;
import org.reluspec.lazy.LazyNetwork;

/**
 * WUMA Theorem 3.1, the part without unnamed constants in the conclusion: w.p. {@code >= 1 - gamma}, for all
 * {@code W} in the lazy ball, some single step {@code delta = eta grad_x f(x; a, W)} flips the sign. A trial fails
 * when no step along the gradient flips at all (any {@code |eta|}; {@link FlipStep} walks the whole ray), so the
 * failure is a subset of the theorem's failure for every choice of the step-size constants {@code C1, C2}:
 * <ul>
 *   <li>{@code flip-exists-W0}: at {@code W0} (in the ball);</li>
 *   <li>{@code flip-exists-search-W}: at the worst of {@link BallSearch#largestFlipStep}'s candidates
 *       ({@link EventKind#LOWER_BOUND}: a search, it refutes only).</li>
 * </ul>
 * Width {@code m = ceil(d^2.4)}, the smallest the theorem admits; {@code m >= C3 ln(1/gamma)} has an unnamed
 * {@code C3}, so a {@code VIOLATED} here refutes the theorem for every {@code C3} up to the value its hypothesis
 * prints. The orders of the step and of {@code ||delta||} are {@link WumaScaling}'s.
 */
public final class WumaT3_1 extends AbstractProbabilisticClaim {

    private final boolean search;

    private WumaT3_1(String variant, boolean search) {
        super(WumaTheorems.T3_1, variant, WumaTheorems.T3_1.source(),
                "max{d^2.4, C3 ln(1/gamma)} <= m <= C4 exp(d^0.24): w.p. >= 1 - gamma over (W0, a), for all W in "
                        + "B_{2,inf}(W0, C0/sqrt m), sign f(x;a,W) != sign f(x + eta grad f(x;a,W); a, W) for a step "
                        + "eta with sign(eta) = -sign f(x) (size condition garbled).",
                WumaTheorems.T3_1.boundFormula(), search ? "no step along grad f flips the sign at some searched W in the ball (x = e1)"
                        : "no step along grad f flips the sign at W0 (x = e1)");
        this.search = search;
    }

    /** @return the event at the initialization */
    public static WumaT3_1 atInitialization() {
        return new WumaT3_1("flip-exists-W0", false);
    }

    /** @return the event at searched points of the ball */
    public static WumaT3_1 overBall() {
        return new WumaT3_1("flip-exists-search-W", true);
    }

    @Override
    public EventKind eventKind() {
        return search ? EventKind.LOWER_BOUND : EventKind.EXACT;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("d", 1, 64, "input dimension (m = ceil(d^2.4))"),
                ParameterSpec.nonNegativeReal("C0", "lazy constant, V = C0/sqrt(m)"),
                ParameterSpec.openUnit("gamma", "confidence parameter"));
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return search
                ? grid(new String[] {"d", "C0", "gamma"}, new double[][] {{9, 1, 0.01}, {16, 1, 0.01}, {25, 2, 0.01}})
                : grid(new String[] {"d", "C0", "gamma"}, new double[][] {{1, 0, 0.5}, {4, 0, 0.05}, {9, 0, 0.01},
                    {16, 0, 0.01}, {25, 0, 0.01}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        double d = point.get("d");
        double m = Math.ceil(Math.pow(d, 2.4));
        return List.of(LazyHypotheses.setting(), HypothesisResult.byConstruction("W1", "m = ceil(d^2.4) = "
                        + (long) m + " >= d^2.4"), LazyHypotheses.widthLog("W1'", m, 1, point.get("gamma")),
                LazyHypotheses.widthUpper(d, m));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        double d = point.get("d");
        return (search ? 12 : 3) * Math.ceil(Math.pow(d, 2.4)) * d;
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int d = point.getInt("d");
        int m = (int) Math.ceil(Math.pow(d, 2.4));
        double c0 = point.get("C0");
        double[] x = new double[d];
        x[0] = 1;
        return rng -> {
            LazyNetwork net = LazyNetwork.initialize(d, m, rng);
            FlipStep step = search ? BallSearch.largestFlipStep(LazyBall.lazyRegime(net, c0), x)
                    : FlipStep.minimal(net, x);
            return !step.flips();
        };
    }
}
