package org.reluspec.papers.wuma;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.TrialEvent;

/**
 * WUMA Lemma B.8 (fixed {@code r}, {@code delta}; catalogue reading, the condition on {@code R} garbled): w.p.
 * {@code >= 1 - gamma}, for all {@code W} in {@code B_{2,inf}(W0, C0/sqrt m)},
 * <pre>
 * |(1/sqrt m) sum_s a_s (w_s.r)(relu'(w_s.x) - relu'(w_s.(x+delta)))|
 *   <= 2 sqrt(ln(4/gamma)) ((4 R sqrt(ln d))^{1/4} + sqrt(ln(4/gamma)/m)) + C0
 *      + 3 sqrt((1/sqrt m)(C0 + sqrt(ln(4/gamma)/2))) sqrt(d + 4 sqrt(d ln(8m/gamma)))
 *      + 5 (C0 + sqrt(ln(4/gamma))) (sqrt(ln(4m/gamma)) + 3).
 * </pre>
 * Checked at {@code x = e_1}, {@code delta = R e_2} (orthogonal to {@code x}, which switches the most neurons) and
 * {@code r = delta/||delta||} (aligned with the switching direction). The supremum over the ball is exact: the sum
 * separates per neuron, and neuron {@code s}'s term depends on {@code w_s} only through {@code (w_{s,1}, w_{s,2})},
 * which ranges over the disc of radius {@code V} around {@code (g_s, h_s)}. On that plane the term is
 * {@code -a_s |w_2|} on the double wedge where {@code w_1} and {@code w_1 + R w_2} have opposite signs and 0 elsewhere,
 * so its extremes over the disc are maxima of a linear function over a disc cut by a cone ({@link #maxAbsW2}).
 */
public final class WumaB_8 extends AbstractProbabilisticClaim {

    /** @return the lemma with its supremum over the ball computed exactly */
    public static WumaB_8 exactBall() {
        return new WumaB_8();
    }

    private WumaB_8() {
        super(WumaTheorems.B_8, "exact-ball", "sup over the ball of |(1/sqrt m) sum_s a_s (w_s.r)(relu'(w_s.x) - "
                + "relu'(w_s.(x+delta)))| > bound, x = e1, delta = R e2, r = e2");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"d", "m", "C0", "R", "gamma"}, new double[][] {
            {2, 1, 1, 0.5, 0.5}, {25, 100, 10, 0.2, 0.1}, {100, 1000, 10, 0.1, 0.01}, {784, 10000, 40, 0.036, 0.01},
            {784, 100000, 1, 0.036, 1e-3}, {10000, 10000, 0, 0.01, 0.01}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(LazyHypotheses.setting(), HypothesisResult.unnamedConstant("H2", "R <= C'_1 / sqrt(d) (the "
                + "printed condition is garbled) holds iff C'_1 >= " + point.get("R") * Math.sqrt(point.get("d"))));
    }

    static double bound(ParameterPoint p) {
        double d = p.get("d");
        double m = p.get("m");
        double c0 = p.get("C0");
        double r = p.get("R");
        double gamma = p.get("gamma");
        double l4 = Math.log(4 / gamma);
        return 2 * Math.sqrt(l4) * (Math.pow(4 * r * Math.sqrt(Math.log(d)), 0.25) + Math.sqrt(l4 / m)) + c0
                + 3 * Math.sqrt((c0 + Math.sqrt(l4 / 2)) / Math.sqrt(m))
                * Math.sqrt(d + 4 * Math.sqrt(d * Math.log(8 * m / gamma)))
                + 5 * (c0 + Math.sqrt(l4)) * (Math.sqrt(Math.log(4 * m / gamma)) + 3);
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return 4 * point.get("m");
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int m = point.getInt("m");
        double v = point.get("C0") / Math.sqrt(m);
        double r = point.get("R");
        double bound = bound(point);
        return rng -> supOverBall(rng, m, v, r) > bound;
    }

    /** The exact supremum over the ball of the lemma's left side, from {@code m} signs and {@code 2m} normals. */
    static double supOverBall(UniformRandomProvider rng, int m, double v, double r) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] extremes = new double[2];
        double sumMax = 0;
        double sumMin = 0;
        for (int s = 0; s < m; s++) {
            boolean plus = rng.nextBoolean();
            double g = gauss.sample();
            double h = gauss.sample();
            neuronExtremes(plus, g, h, v, r, extremes);
            sumMax += extremes[0];
            sumMin += extremes[1];
        }
        return Math.max(sumMax, -sumMin) / Math.sqrt(m);
    }

    /**
     * The largest and smallest value of one neuron's term {@code a_s (w.r)(relu'(w.x) - relu'(w.(x+delta)))} over
     * {@code ||w - w_{s,0}|| <= v}, with {@code x = e_1}, {@code delta = r e_2}, {@code r = e_2} and
     * {@code (g, h) = (w_{s,0,1}, w_{s,0,2})}: the term is {@code -a_s |w_2|} where {@code w_1} and {@code w_1 + r w_2}
     * have opposite signs (the double wedge) and 0 elsewhere.
     *
     * @param plus whether {@code a_s = +1}
     * @param out receives {max, min}
     */
    static void neuronExtremes(boolean plus, double g, double h, double v, double r, double[] out) {
        double cone = v * Math.sqrt(1 + r * r);
        double u = g + r * h;   // w.(x + delta) at w_{s,0}
        boolean insideA = g - v >= 0 && u + cone < 0;
        boolean insideB = g + v < 0 && u - cone >= 0;
        boolean zeroReachable = !insideA && !insideB;
        double minAbs = insideA ? -(h + v) : insideB ? h - v : 0;
        double max = Math.max(maxAbsW2(g, h, v, r), maxAbsW2(-g, -h, v, r));   // -infinity: no switch
        if (plus) {
            out[0] = zeroReachable ? 0 : -minAbs;
            out[1] = Math.min(zeroReachable ? 0 : Double.POSITIVE_INFINITY, -max);
        } else {
            out[0] = Math.max(zeroReachable ? 0 : Double.NEGATIVE_INFINITY, max);
            out[1] = zeroReachable ? 0 : minAbs;
        }
    }

    /**
     * {@code max -w_2} over the disc of radius {@code v} around {@code (g, h)} intersected with the closed wedge
     * {@code {w_1 >= 0, w_1 + r w_2 <= 0}}: the disc's lowest point if it lies in the wedge, else the best point of
     * the wedge's two boundary rays inside the disc (a linear maximum over a convex set with a binding constraint).
     *
     * @return the maximum, {@code -infinity} when the intersection is empty
     */
    static double maxAbsW2(double g, double h, double v, double r) {
        if (g >= 0 && g + r * (h - v) <= 0) {
            return v - h;
        }
        double best = Double.NEGATIVE_INFINITY;
        double halfChord = v * v - g * g;   // ray w_1 = 0, w_2 <= 0
        if (halfChord >= 0) {
            double lowest = h - Math.sqrt(halfChord);
            if (lowest <= 0) {
                best = -lowest;
            }
        }
        double n = Math.sqrt(1 + r * r);      // ray s (r, -1)/n, s >= 0
        double uc = (r * g - h) / n;
        double disc = uc * uc - (g * g + h * h) + v * v;
        if (disc >= 0) {
            double far = uc + Math.sqrt(disc);
            if (far >= 0) {
                best = Math.max(best, far / n);
            }
        }
        return best;
    }
}
