package org.reluspec.papers.myv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.Theorem;
import org.reluspec.stats.ChiSquaredTails;
import org.reluspec.stats.ExactProbability;

/**
 * MYV Corollaries 6.1 and 6.2 (F000 lines 422-426 and 471; the printed bounds are garbled, catalogue C6.1-1): with an
 * effective initialization scale {@code beta_eff}, w.p. {@code >= 1 - e^{-ell/16}}:
 * {@code ||Pi_{P-perp}(dN(x0)/dx)|| <= sqrt(2/d)}.
 * <ul>
 *   <li>C6.1: {@code beta = 1/d} (variance {@code 1/d^2});</li>
 *   <li>C6.2: L2 with {@code rho = (1 - eta lambda)^T <= 1/sqrt(d)} (hypothesis), {@code beta_eff = rho/sqrt(d)}.</li>
 * </ul>
 * Given {@code S}, the squared norm is {@code (beta_eff^2 k/m) chi2_ell}: exact failure
 * {@code P(chi2_ell > 2m/(d k beta_eff^2))}, at most {@code P(chi2_ell > 2 ell)} because {@code k <= m},
 * {@code ell <= d} and {@code beta_eff <= 1/d}.
 */
public final class MyvC6_1 extends ActiveSetGradient {

    private final boolean l2;

    private MyvC6_1(boolean l2, Theorem theorem) {
        super(theorem, "||sum_S u_i w_hat_i||^2 > 2/d");
        this.l2 = l2;
    }

    /** @return Corollary 6.1 */
    public static MyvC6_1 c61() {
        return new MyvC6_1(false, MyvTheorems.C6_1);
    }

    /** @return Corollary 6.2 */
    public static MyvC6_1 c62() {
        return new MyvC6_1(true, MyvTheorems.C6_2);
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return l2 ? grid(new String[] {"d", "ell", "m", "k", "rho"}, new double[][] {
            {4, 2, 2, 2, 0.5}, {100, 16, 10, 10, 0.1}, {100, 99, 3, 3, 0.05}, {2000, 1000, 3, 2, 0.01},
            {100, 16, 10, 10, 0.2}, {100, 16, 10, 10, -1}})   // the last: a negative decay (row 66)
            : grid(new String[] {"d", "ell", "m", "k"}, new double[][] {
                {2, 1, 1, 1}, {4, 3, 2, 2}, {100, 16, 10, 10}, {100, 99, 3, 3}, {2000, 1000, 3, 2}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        List<HypothesisResult> h = new ArrayList<>(super.hypotheses(point));
        if (l2) {
            h.add(HypothesisResult.atMost("H5", "(1 - eta lambda)^T <= 1/sqrt(d)", point.get("rho"),
                    1 / Math.sqrt(point.get("d"))));
            h.add(HypothesisResult.hiddenAtMost("H6", "abs((1 - eta lambda)^T) <= 1/sqrt(d) (not printed: a negative "
                    + "decay satisfies H5 however large its magnitude)", Math.abs(point.get("rho")),
                    1 / Math.sqrt(point.get("d"))));
        }
        return h;
    }

    @Override
    double variance(ParameterPoint point) {
        double d = point.get("d");
        return l2 ? point.get("rho") * point.get("rho") / d : 1 / (d * d);
    }

    @Override
    boolean fails(double squaredNorm, ParameterPoint point) {
        return squaredNorm > 2 / point.get("d");
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double threshold = 2 * point.get("m") / (point.get("d") * point.get("k") * variance(point));
        return emptyActiveSet(point).or(() -> Optional.of(ChiSquaredTails.upper(point.get("ell"), threshold)));
    }
}
