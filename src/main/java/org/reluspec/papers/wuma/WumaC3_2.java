package org.reluspec.papers.wuma;

import java.util.List;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.data.Dataset;
import org.reluspec.data.SphereData;
import org.reluspec.harness.TrialEvent;
import org.reluspec.kernel.Vectors;
import org.reluspec.lazy.LazyNetwork;
import org.reluspec.stats.ClopperPearson;

/**
 * WUMA Corollary 3.2 (robust test error): with Theorem 3.1's settings and {@code R = O(1/sqrt d)}, for any
 * distribution {@code D} on {@code S^{d-1} x {+-1}} fixed before the draw, w.p. {@code >= 1 - 10 gamma} over
 * {@code (W0, a)}, every {@code W} in the lazy ball has robust loss {@code L_R(W; D) >= 0.9}.
 *
 * <p>The check refutes only ({@link EventKind#LOWER_BOUND}): it looks for certified robustness at {@code W = W0},
 * which is in the ball. At a point {@code x} with {@code y f(x) > 0}, no {@code x'} within {@code R} changes the sign
 * when {@code |f(x)| > R ||grad f(x)|| + (R/sqrt m) sum_{s in S} ||w_s||}, {@code S} the neurons with
 * {@code |w_s.x| <= R ||w_s||} (only they can switch within {@code R}; integrate the gradient along the segment).
 * Such points have {@code l_R = 0}. The event: among {@code n} points drawn from {@code D}, the Clopper-Pearson lower
 * bound at {@code 1 - 1e-12} of the certified fraction exceeds 0.1, which implies {@code L_R(W0; D) < 0.9} except
 * with probability {@code 1e-12} per trial.
 *
 * <p>{@code D}: {@code x} uniform on the sphere, {@code y = sign(u.x)} for a teacher {@code u} drawn from its own
 * stream, independent of the initialization. {@code R = cR / sqrt d}: the printed {@code R = O(1/sqrt d)} bounds
 * {@code R} from above only, so small {@code cR} is inside the hypothesis.
 */
public final class WumaC3_2 extends AbstractProbabilisticClaim {

    private static final int POINTS = 100;
    private static final double CERTIFICATE_ERROR = 1e-12;

    /** @return the corollary as printed */
    public static WumaC3_2 asPrinted() {
        return new WumaC3_2();
    }

    private WumaC3_2() {
        super(WumaTheorems.C3_2, "as-printed", "at W = W0, m = ceil(d^2.4), R = cR/sqrt(d): the certified-robust "
                + "fraction of " + POINTS + " points of D has Clopper-Pearson lower bound (1 - 1e-12) > 0.1, so "
                + "L_R(W0; D) < 0.9");
    }

    @Override
    public EventKind eventKind() {
        return EventKind.LOWER_BOUND;
    }

    @Override
    public List<ParameterSpec> parameters() {
        // d is capped by the cost of m = ceil(d^2.4); cR and gamma are the printed ones (a gamma in [0.1, 1) makes
        // the bound 10 gamma >= 1, and the point reads VACUOUS rather than being refused)
        return List.of(ParameterSpec.integer("d", 2, 64, "input dimension (m = ceil(d^2.4))"),
                theorem().parameter("cR"), theorem().parameter("gamma"));
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"d", "cR", "gamma"}, new double[][] {
            {9, 0.05, 0.01}, {16, 0.05, 0.01}, {16, 0.5, 0.01}, {16, 4, 0.01}, {2, 0.05, 0.05}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        double d = point.get("d");
        double m = Math.ceil(Math.pow(d, 2.4));
        return List.of(LazyHypotheses.setting(),
                HypothesisResult.byConstruction("W1", "m = ceil(d^2.4) >= d^2.4"), LazyHypotheses.widthUpper(d, m),
                LazyHypotheses.widthLog("W3", m, 1, point.get("gamma")),
                HypothesisResult.unnamedConstant("H2", "R = O(1/sqrt d): R sqrt(d) = " + point.get("cR")
                        + " <= C for any C >= " + point.get("cR")));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        double d = point.get("d");
        return 3 * POINTS * Math.ceil(Math.pow(d, 2.4)) * d;
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int d = point.getInt("d");
        int m = (int) Math.ceil(Math.pow(d, 2.4));
        double r = point.get("cR") / Math.sqrt(d);
        return rng -> {
            LazyNetwork net = LazyNetwork.initialize(d, m, rng);
            // D's draws follow the initialization's on the same stream: independent of it
            Dataset sample = SphereData.teacherLabelledUnit(d, POINTS, rng);
            int certified = 0;
            for (int j = 0; j < POINTS; j++) {
                if (certifiedRobust(net, sample.example(j), sample.y()[j], r)) {
                    certified++;
                }
            }
            return ClopperPearson.lower(certified, POINTS, 1 - CERTIFICATE_ERROR) > 0.1;
        };
    }

    /**
     * @return whether {@code y f(x) > 0} and no point within {@code r} of {@code x} changes the sign (sufficient
     *         condition in the class comment)
     */
    static boolean certifiedRobust(LazyNetwork net, double[] x, double y, double r) {
        double f = net.value(x);
        if (!(y * f > 0)) {
            return false;
        }
        double reach = r * Math.sqrt(Vectors.squaredNorm(net.gradient(x)));
        double[] w = net.firstLayer();
        int d = net.d();
        double switching = 0;
        for (int s = 0; s < net.m(); s++) {
            double norm = Math.sqrt(Vectors.dot(w, s * d, w, s * d, d));
            if (Math.abs(net.preActivation(s, x)) <= r * norm) {
                switching += norm;
            }
        }
        return Math.abs(f) > reach + r * switching / Math.sqrt(net.m());
    }
}
