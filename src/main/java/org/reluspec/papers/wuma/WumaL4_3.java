package org.reluspec.papers.wuma;

import java.util.List;
import java.util.Optional;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ExactProbability;

/**
 * WUMA Lemma 4.3 (F003 line 369):
 * <blockquote>with {@code S_w := { s : exists W in B_{2,inf}(W0, C0/sqrt m) with
 * 1[<w_s,x> >= 0] != 1[<w_{s,0},x> >= 0] }}, w.p. {@code >= 1 - gamma}:
 * {@code |S_w| <= C0 sqrt(m) + sqrt( m ln(1/gamma) / 2 )}.</blockquote>
 * Membership is decided exactly per neuron ({@link NeuronCounts}); exact law {@code Bin(m, erf(V/sqrt 2))}.
 */
public final class WumaL4_3 extends AbstractProbabilisticClaim {

    /** The lemma as printed. */
    public WumaL4_3() {
        super(WumaTheorems.L4_3, "as-printed", "|S_w| > C0 sqrt(m) + sqrt(m ln(1/gamma)/2)");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"m", "C0", "gamma"}, new double[][] {
            {1, 0.1, 0.5}, {2, 1, 0.1}, {3, 0.5, 0.1}, {100, 1, 0.01}, {1000, 10, 0.01}, {1000, 1, 1e-9},
            {10000, 10, 0.01}, {10000, 40, 1e-6}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "||x|| = 1, w_{s,0} iid N(0, I_d), x fixed"));
    }

    private static double bound(ParameterPoint p) {
        return NeuronCounts.hoeffdingBound(p.get("m"), p.get("C0") / Math.sqrt(p.get("m")), p.get("gamma"));
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        int m = point.getInt("m");
        return Optional.of(NeuronCounts.countExceeds(m, point.get("C0") / Math.sqrt(m), bound(point)));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("m");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int m = point.getInt("m");
        double v = point.get("C0") / Math.sqrt(m);
        double bound = bound(point);
        return rng -> NeuronCounts.countWindow(rng, m, v, v)[0] > bound;
    }
}
