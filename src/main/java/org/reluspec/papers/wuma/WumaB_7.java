package org.reluspec.papers.wuma;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.GaussianDraws;
import org.reluspec.harness.TrialEvent;

/**
 * WUMA Lemma B.7 (gradient lower bound; catalogue's best reading of the OCR): for any {@code x}, w.p.
 * {@code >= 1 - gamma}, for all {@code W} in {@code B_{2,inf}(W0, C0/sqrt m)},
 * <pre>
 * ||grad f(x;a,W)|| >= (1/2 - (sqrt(2 ln(4/gamma)/m) + ln(4/gamma)/m))^{1/2} (d - 5 sqrt(d ln(4/gamma)))^{1/2}
 *                      - C0 - sqrt((1/sqrt m)(C0 + sqrt(ln(4/gamma)/2))) (d + 4 sqrt(d ln(8m/gamma)))^{1/2}.
 * </pre>
 * The minimum over the ball is not computable, so two events bracket the failure "some W has a smaller gradient":
 * <ul>
 *   <li>{@code at-W0} ({@link EventKind#LOWER_BOUND}): {@code W0} itself fails; it can refute only;</li>
 *   <li>{@code certified-ball} ({@link EventKind#UPPER_BOUND}): the certificate
 *       {@code ||P grad f(W0)|| - C0 - (1/sqrt m) sum_{s in S_w} ||P w_{s,0}||} (with {@code P = I - x x^T} and
 *       {@code S_w = {s : |g_s| <= V}}, the neurons some W can switch) falls below the bound; it can confirm only.
 *       Each neuron outside {@code S_w} keeps its activation over the ball and moves the gradient by at most
 *       {@code V/sqrt m}; one inside moves it by at most {@code (||P w_{s,0}|| + V)/sqrt m}.</li>
 * </ul>
 * Draws, with {@code x = e_1} (rotation invariance): {@code a_s}, {@code g_s = w_{s,0,1}}; the orthogonal parts
 * {@code P w_{s,0}} are independent of {@code g}, so those of active neurons outside {@code S_w} enter only through
 * their sum, one {@code N(0, (k/m) I_{d-1})} vector.
 */
public final class WumaB_7 extends AbstractProbabilisticClaim {

    private final boolean certified;

    private WumaB_7(String variant, boolean certified, String event) {
        super(WumaTheorems.B_7, variant, event);
        this.certified = certified;
    }

    /** @return the event at the initialization (refutes only) */
    public static WumaB_7 atInitialization() {
        return new WumaB_7("at-W0", false, "||grad f(x;a,W0)|| < bound");
    }

    /** @return the certified event over the ball (confirms only) */
    public static WumaB_7 certifiedBall() {
        return new WumaB_7("certified-ball", true,
                "||P grad f(W0)|| - C0 - (1/sqrt m) sum_{|g_s| <= V} ||P w_{s,0}|| < bound");
    }

    @Override
    public EventKind eventKind() {
        return certified ? EventKind.UPPER_BOUND : EventKind.LOWER_BOUND;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"d", "m", "C0", "gamma"}, new double[][] {
            {200, 1000, 0.1, 0.1}, {400, 10000, 0.1, 0.01}, {400, 10000, 1, 0.01}, {784, 100000, 1, 0.01},
            {784, 1000, 10, 0.01}, {2000, 100000, 0.5, 1e-3}, {100, 1000, 0.1, 0.01}});
    }

    /**
     * @param p the point
     * @return the lemma's right-hand side ({@code NaN} where a square root of a negative number is printed)
     */
    static double bound(ParameterPoint p) {
        double d = p.get("d");
        double m = p.get("m");
        double c0 = p.get("C0");
        double gamma = p.get("gamma");
        double l4 = Math.log(4 / gamma);
        double first = Math.sqrt(0.5 - (Math.sqrt(2 * l4 / m) + l4 / m)) * Math.sqrt(d - 5 * Math.sqrt(d * l4));
        double last = Math.sqrt((c0 + Math.sqrt(l4 / 2)) / Math.sqrt(m))
                * Math.sqrt(d + 4 * Math.sqrt(d * Math.log(8 * m / gamma)));
        return first - c0 - last;
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        double d = point.get("d");
        double m = point.get("m");
        double l4 = Math.log(4 / point.get("gamma"));
        return List.of(LazyHypotheses.setting(), LazyHypotheses.widthLog("H2", m, 4, point.get("gamma")),
                HypothesisResult.atLeast("H3", "the printed bound is defined: d >= 5 sqrt(d ln(4/gamma)) (the "
                        + "lemma's garbled 'd >= C ...' clause)", d, 5 * Math.sqrt(d * l4)),
                HypothesisResult.atLeast("H4", "the printed bound is defined: 1/2 >= sqrt(2 ln(4/gamma)/m) + "
                        + "ln(4/gamma)/m", 0.5, Math.sqrt(2 * l4 / m) + l4 / m));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        double m = point.get("m");
        double d = point.get("d");
        double switchable = m * Math.min(1, point.get("C0") / Math.sqrt(m));
        return 2 * m + d * (1 + (certified ? switchable : 0));
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int d = point.getInt("d");
        int m = point.getInt("m");
        double c0 = point.get("C0");
        double v = c0 / Math.sqrt(m);
        double bound = bound(point);
        return rng -> (certified ? certificate(rng, d, m, c0, v) : gradientNormAtInit(rng, d, m)) < bound;
    }

    /** {@code ||grad f(x; a, W0)||}: the component along {@code x} plus {@code (k/m) chi^2_{d-1}} across it. */
    static double gradientNormAtInit(UniformRandomProvider rng, int d, int m) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double along = 0;
        int active = 0;
        for (int s = 0; s < m; s++) {
            double a = rng.nextBoolean() ? 1 : -1;
            double g = gauss.sample();
            if (g >= 0) {
                along += a * g;
                active++;
            }
        }
        along /= Math.sqrt(m);
        double across = (double) active / m * GaussianDraws.squaredNorm(gauss, d - 1);
        return Math.sqrt(along * along + across);
    }

    /**
     * The certificate on a full network, for tests of the sampler: {@code ||P grad f(W0)|| - C0 - (1/sqrt m)
     * sum_{|g_s| <= v} ||P w_{s,0}||}.
     *
     * @param a output signs
     * @param g {@code w_{s,0} . x}
     * @param pw {@code P w_{s,0}} (the components orthogonal to {@code x}), one row per neuron
     * @param c0 {@code C0}
     * @param v {@code V = C0 / sqrt m}
     * @return the certified lower bound of {@code min_W ||grad f(x; a, W)||} over the ball
     */
    static double certificateOf(double[] a, double[] g, double[][] pw, double c0, double v) {
        int m = a.length;
        double[] grad = new double[pw[0].length];
        double switchable = 0;
        for (int s = 0; s < m; s++) {
            if (g[s] >= 0) {
                for (int k = 0; k < grad.length; k++) {
                    grad[k] += a[s] * pw[s][k];
                }
            }
            if (Math.abs(g[s]) <= v) {
                double sq = 0;
                for (double z : pw[s]) {
                    sq += z * z;
                }
                switchable += Math.sqrt(sq);
            }
        }
        double sq = 0;
        for (double z : grad) {
            sq += z * z;
        }
        return (Math.sqrt(sq) - switchable) / Math.sqrt(m) - c0;
    }

    /** The certified lower bound of {@code min_W ||grad f(x;a,W)||} over the ball. */
    static double certificate(UniformRandomProvider rng, int d, int m, double c0, double v) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] grad = new double[d - 1];   // sqrt(m) P grad f(W0)
        double switchableNorms = 0;
        int activeFixed = 0;
        for (int s = 0; s < m; s++) {
            double a = rng.nextBoolean() ? 1 : -1;
            double g = gauss.sample();
            if (Math.abs(g) <= v) {
                double sq = 0;
                for (int k = 0; k < d - 1; k++) {
                    double z = gauss.sample();
                    sq += z * z;
                    if (g >= 0) {
                        grad[k] += a * z;
                    }
                }
                switchableNorms += Math.sqrt(sq);
            } else if (g >= 0) {
                activeFixed++;
            }
        }
        double sd = Math.sqrt(activeFixed);
        double sq = 0;
        for (int k = 0; k < d - 1; k++) {
            double coordinate = grad[k] + sd * gauss.sample();
            sq += coordinate * coordinate;
        }
        return (Math.sqrt(sq) - switchableNorms) / Math.sqrt(m) - c0;
    }
}
