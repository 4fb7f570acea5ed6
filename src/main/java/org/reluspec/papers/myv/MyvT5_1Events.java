package org.reluspec.papers.myv;

import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.harness.TrialEvent;
import org.reluspec.kernel.Vectors;
import org.reluspec.stats.ChiSquaredTails;
import org.reluspec.stats.ExactProbability;

/**
 * The good events of the proof of MYV Theorem 5.1 (F001 L545-L577), each a claim of its own. With
 * {@code w_bar_i iid N(0, (1/d) I_ell)}, {@code s_i = sign(u_i)} iid uniform signs and {@code L = ln(m^2 d)}:
 * <ul>
 *   <li>{@code E1}: {@code ||w_bar_i||^2 >= ell/(2d)} for all {@code i}; failure bound {@code m e^{-ell/16}} (Lemma
 *       B.1 and a union bound); exact failure {@code 1 - (1 - P(chi2_ell < ell/2))^m}.</li>
 *   <li>{@code EQ3-one-neuron}: {@code |<w_bar_1, sum_{j != 1} s_j w_bar_j>| <= (1/d) sqrt(2 ell (m-1) L)}; failure
 *       bound {@code e^{-ell/16} + 2/(m sqrt d)} (Lemma C.3 with {@code t^2 = (m-1)L/d}).</li>
 *   <li>{@code E2}: the same for every {@code i}; failure bound {@code m e^{-ell/16} + 2/sqrt d}.</li>
 *   <li>{@code E3}: {@code ||sum_i s_i w_bar_i||^2 <= 2 m ell/d}; failure bound {@code e^{-ell/16}} (Lemma C.1);
 *       exact failure {@code P(chi2_ell > 2 ell)}.</li>
 * </ul>
 * A trial draws the {@code m} signs, then the {@code m x ell} normals.
 */
public final class MyvT5_1Events extends AbstractProbabilisticClaim {

    /** Which event. */
    enum Event { E1, EQ3, E2, E3 }

    private final Event event;

    private MyvT5_1Events(Event event, String variant, String statement, String bound, String failure) {
        super(MyvTheorems.T5_1, variant, new Source("MYV", "Theorem 5.1 proof", "F001 L545-L577"), statement, bound,
                failure);
        this.event = event;
    }

    /** @return event E1 */
    public static MyvT5_1Events e1() {
        return new MyvT5_1Events(Event.E1, "proof-E1",
                "w.p. >= 1 - m exp(-ell/16): ||w_bar_i||^2 >= ell/(2d) for all i", "m exp(-ell/16)",
                "some ||w_bar_i||^2 < ell/(2d)");
    }

    /** @return equation (3) for one neuron */
    public static MyvT5_1Events eq3() {
        return new MyvT5_1Events(Event.EQ3, "proof-EQ3-one-neuron",
                "w.p. >= 1 - exp(-ell/16) - 2/(m sqrt d): |<w_bar_1, sum_{j!=1} s_j w_bar_j>| <= (1/d) sqrt(2 ell (m-1) "
                        + "ln(m^2 d))", "exp(-ell/16) + 2/(m sqrt(d))", "|<w_bar_1, sum_{j!=1} s_j w_bar_j>| too large");
    }

    /** @return event E2 */
    public static MyvT5_1Events e2() {
        return new MyvT5_1Events(Event.E2, "proof-E2",
                "w.p. >= 1 - m exp(-ell/16) - 2/sqrt(d): for all i, |<w_bar_i, sum_{j!=i} s_j w_bar_j>| <= (1/d) "
                        + "sqrt(2 ell (m-1) ln(m^2 d))", "m exp(-ell/16) + 2/sqrt(d)",
                "some |<w_bar_i, sum_{j!=i} s_j w_bar_j>| too large");
    }

    /** @return event E3 */
    public static MyvT5_1Events e3() {
        return new MyvT5_1Events(Event.E3, "proof-E3",
                "w.p. >= 1 - exp(-ell/16): ||sum_i s_i w_bar_i||^2 <= 2 m ell/d", "exp(-ell/16)",
                "||sum_i s_i w_bar_i||^2 > 2 m ell/d");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("d", 2, 1 << 24, "input dimension"),
                ParameterSpec.integer("ell", 1, 1 << 20, "codimension of P"),
                ParameterSpec.integer("m", 2, 1 << 12, "width"));
    }

    @Override
    public void validateRelations(ParameterPoint point) {
        point.requireRelation(this, point.get("d") > point.get("ell"), "d > ell", "d", "ell");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"d", "ell", "m"}, new double[][] {
            {20, 8, 2}, {100, 20, 5}, {100, 50, 2}, {400, 64, 10}, {2000, 1000, 3}, {4000, 2500, 5}, {10000, 3979, 10}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "w_bar_i iid N(0, (1/d) I_ell), signs iid uniform, "
                + "independent (the law at initialization, frozen by Theorem A.2)"),
                HypothesisResult.atLeast("H2", "ell >= 1", point.get("ell"), 1));
    }

    @Override
    public double statedBound(ParameterPoint point) {
        double m = point.get("m");
        double e = Math.exp(-point.get("ell") / 16);
        double sq = Math.sqrt(point.get("d"));
        return switch (event) {
            case E1 -> m * e;
            case EQ3 -> e + 2 / (m * sq);
            case E2 -> m * e + 2 / sq;
            case E3 -> e;
        };
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double ell = point.get("ell");
        double m = point.get("m");
        return switch (event) {
            case E1 -> {
                ExactProbability one = ChiSquaredTails.lower(ell, ell / 2);
                yield Optional.of(new ExactProbability(-Math.expm1(m * Math.log1p(-one.hipparchus())),
                        -Math.expm1(m * Math.log1p(-one.commonsStatistics())),
                        "1 - (1 - " + one.formula() + ")^" + (long) m));
            }
            case E3 -> Optional.of(ChiSquaredTails.upper(ell, 2 * ell));
            default -> Optional.empty();
        };
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return point.get("m") * point.get("ell") * (event == Event.E2 || event == Event.EQ3 ? 3 : 1);
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int d = point.getInt("d");
        int ell = point.getInt("ell");
        int m = point.getInt("m");
        double sigma = 1 / Math.sqrt(d);
        double crossBound = Math.sqrt(2 * ell * (m - 1) * T5Construction.logM2d(m, d)) / d;
        double[][] w = new double[m][ell];
        double[] s = new double[m];
        double[] sum = new double[ell];
        return rng -> {
            for (int i = 0; i < m; i++) {
                s[i] = rng.nextBoolean() ? 1 : -1;
            }
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
            java.util.Arrays.fill(sum, 0);
            for (int i = 0; i < m; i++) {
                for (int c = 0; c < ell; c++) {
                    w[i][c] = sigma * g.sample();
                    sum[c] += s[i] * w[i][c];
                }
            }
            switch (event) {
                case E1: {
                    for (int i = 0; i < m; i++) {
                        if (Vectors.squaredNorm(w[i]) < ell / (2.0 * d)) {
                            return true;
                        }
                    }
                    return false;
                }
                case E3:
                    return Vectors.squaredNorm(sum) > 2.0 * m * ell / d;
                default: {
                    int last = event == Event.EQ3 ? 1 : m;
                    for (int i = 0; i < last; i++) {
                        // <w_i, sum_{j != i} s_j w_j> = <w_i, sum> - s_i ||w_i||^2
                        double dot = 0;
                        for (int c = 0; c < ell; c++) {
                            dot += w[i][c] * (sum[c] - s[i] * w[i][c]);
                        }
                        if (Math.abs(dot) > crossBound) {
                            return true;
                        }
                    }
                    return false;
                }
            }
        };
    }
}
