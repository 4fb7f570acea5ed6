package org.reluspec.papers.wuma;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ExactProbability;

/**
 * WUMA Lemma B.4 (counting neurons that change sign), three variants:
 * <ul>
 *   <li>{@code part1}: w.p. {@code >= 1 - gamma},
 *       {@code |S_w| <= #{s : |<w_{s,0},x>| <= V} <= V m + sqrt(m ln(1/gamma)/2)};</li>
 *   <li>{@code part2-as-printed}: {@code S'_w} as defined, with {@code delta} ranging over {@code ||delta|| <= R <= 0.5}
 *       inside the set ("there exist delta and W"): w.p. {@code >= 1 - gamma},
 *       {@code |S'_w| <= (V m + sqrt(m ln(1/gamma)/2)) (1 + R)};</li>
 *   <li>{@code part2-fixed-delta}: the proof's reading with one fixed {@code delta}, the printed chain
 *       {@code |S'_w(delta)| <= #{s : |<w_{s,0}, x+delta>| <= V(1+R)} <= (V m + sqrt(m ln(1/gamma)/2))(1 + R)},
 *       at the adversarial {@code delta = -R x} ({@code ||x + delta|| = 1 - R}, which enlarges the middle set).</li>
 * </ul>
 * Memberships are exact per neuron ({@link NeuronCounts}).
 */
public final class WumaB_4 extends AbstractProbabilisticClaim {

    private enum Part { PART1, SUP_OVER_DELTA, FIXED_DELTA }

    private final Part part;

    private WumaB_4(String variant, Part part, String statement, String event) {
        super(WumaTheorems.B_4, variant, WumaTheorems.B_4.source(), statement, WumaTheorems.B_4.boundFormula(),
                event);
        this.part = part;
    }

    /** @return the first part */
    public static WumaB_4 part1() {
        return new WumaB_4("part1", Part.PART1,
                "w.p. >= 1 - gamma: |S_w| <= #{s : |<w_{s,0},x>| <= V} <= V m + sqrt(m ln(1/gamma)/2).",
                "#{|g_s| <= V} > V m + sqrt(m ln(1/gamma)/2)");
    }

    /** @return the second part with delta inside the set definition, as printed */
    public static WumaB_4 part2AsPrinted() {
        return new WumaB_4("part2-as-printed", Part.SUP_OVER_DELTA,
                "S'_w = {s : exists delta (||delta|| <= R <= 0.5) and W in B_{2,inf}(W0,V) flipping neuron s at x+delta}: "
                        + "w.p. >= 1 - gamma, |S'_w| <= (V m + sqrt(m ln(1/gamma)/2)) (1 + R).",
                "|S'_w| > (V m + sqrt(m ln(1/gamma)/2)) (1 + R)");
    }

    /** @return the second part for one fixed delta, the printed chain */
    public static WumaB_4 part2FixedDelta() {
        return new WumaB_4("part2-fixed-delta", Part.FIXED_DELTA,
                "fixed delta (||delta|| <= R <= 0.5): w.p. >= 1 - gamma, |S'_w(delta)| <= #{s : |<w_{s,0}, x+delta>| "
                        + "<= V(1+R)} <= (V m + sqrt(m ln(1/gamma)/2)) (1 + R).",
                "#{|<w_{s,0}, x+delta>| <= V(1+R)} > (V m + sqrt(m ln(1/gamma)/2)) (1 + R), delta = -R x");
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(theorem().parameters());
        if (part != Part.PART1) {
            p.add(new ParameterSpec("R", false, 0, false, 0.5, true, "||delta|| <= R"));
        }
        if (part == Part.SUP_OVER_DELTA) {
            p.add(ParameterSpec.integer("d", 1, 1 << 24, "input dimension"));
        }
        return p;
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return switch (part) {
            case PART1 -> grid(new String[] {"m", "V", "gamma"}, new double[][] {
                {1, 0.1, 0.5}, {2, 0.5, 0.1}, {3, 0.01, 0.1}, {100, 0.1, 0.01}, {1000, 0.316, 0.01},
                {10000, 0.1, 1e-9}});
            case SUP_OVER_DELTA -> grid(new String[] {"m", "V", "gamma", "R", "d"}, new double[][] {
                {3, 0.1, 0.1, 0.01, 1}, {10, 0.1, 0.1, 0.5, 2}, {100, 0.1, 0.01, 0.5, 10},
                {1000, 0.316, 0.01, 0.5, 100}, {1000, 0.316, 0.01, 0.1, 784}, {10000, 0.1, 1e-3, 0.5, 784}});
            case FIXED_DELTA -> grid(new String[] {"m", "V", "gamma", "R"}, new double[][] {
                {3, 0.1, 0.1, 0.01}, {100, 0.1, 0.01, 0.5}, {1000, 0.316, 0.01, 0.5}, {10000, 0.1, 0.01, 0.5},
                {10000, 0.1, 0.01, 0.1}, {100000, 0.0316, 1e-3, 0.5}});
        };
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        List<HypothesisResult> h = new ArrayList<>();
        h.add(HypothesisResult.byConstruction("H1", "||x|| = 1, w_{s,0} iid N(0, I_d), x fixed"));
        if (part != Part.PART1) {
            h.add(HypothesisResult.atMost("H2", "R <= 0.5", point.get("R"), 0.5));
        }
        return h;
    }

    private double bound(ParameterPoint p) {
        double b = NeuronCounts.hoeffdingBound(p.get("m"), p.get("V"), p.get("gamma"));
        return part == Part.PART1 ? b : b * (1 + p.get("R"));
    }

    /** Half-width of the window {@code |g| <= window} the fixed-delta chain counts, in units of {@code g = <w0, x>}. */
    private static double fixedDeltaWindow(ParameterPoint p) {
        double r = p.get("R");
        return p.get("V") * (1 + r) / (1 - r);
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        int m = point.getInt("m");
        return switch (part) {
            case PART1 -> Optional.of(NeuronCounts.countExceeds(m, point.get("V"), bound(point)));
            case FIXED_DELTA -> Optional.of(NeuronCounts.countExceeds(m, fixedDeltaWindow(point), bound(point)));
            case SUP_OVER_DELTA -> Optional.empty();
        };
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return (part == Part.SUP_OVER_DELTA ? 4 : 1) * point.get("m");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int m = point.getInt("m");
        double v = point.get("V");
        double bound = bound(point);
        return switch (part) {
            case PART1 -> rng -> {
                int[] c = NeuronCounts.countWindow(rng, m, v, v);
                return c[0] > c[1] || c[1] > bound;
            };
            case FIXED_DELTA -> {
                double window = fixedDeltaWindow(point);
                yield rng -> {
                    int[] c = NeuronCounts.countWindow(rng, m, v, window);
                    return c[0] > c[1] || c[1] > bound;
                };
            }
            case SUP_OVER_DELTA -> {
                int d = point.getInt("d");
                double r = point.get("R");
                yield rng -> NeuronCounts.countSupOverDelta(rng, m, d, v, r) > bound;
            }
        };
    }
}
