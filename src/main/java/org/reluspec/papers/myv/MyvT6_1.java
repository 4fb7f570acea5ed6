package org.reluspec.papers.myv;

import java.util.List;
import java.util.Optional;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.harness.ChiSquaredTilting;
import org.reluspec.harness.WeightedEvent;
import org.reluspec.stats.ChiSquaredTails;
import org.reluspec.stats.ExactProbability;

/**
 * MYV Theorem 6.1 (upper bound for initialization scale beta), distributional core (F000 Sec. 6; proof F001
 * L589-L602):
 * <blockquote>with {@code w_i(0) ~ N(0, beta^2 I_d)}, w.p. {@code >= 1 - e^{-ell/16}}:
 * {@code || Pi_{P-perp}(dN(x0)/dx) || <= beta sqrt( 2 k ell / m )}.</blockquote>
 * Given {@code k >= 1} the failure probability is {@code P(chi2_ell > 2 ell)}. (The proof cites Lemma B.2, a lower
 * tail, for this upper bound; the right reference is Lemma D.1: catalogue T6.1-1.)
 */
public final class MyvT6_1 extends ActiveSetGradient {

    /** The distributional core. */
    public MyvT6_1() {
        super(MyvTheorems.T6_1, "||sum_S u_i w_hat_i||^2 > 2 beta^2 k ell / m");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"d", "ell", "m", "k", "beta"}, new double[][] {
            {2, 1, 1, 1, 1}, {3, 2, 3, 3, 1.0 / 3}, {10, 9, 2, 1, 0.1}, {50, 10, 4, 0, 1}, {100, 16, 10, 5, 0.1},
            {100, 99, 1, 1, 0.01}, {1000, 64, 3, 3, 1.0 / Math.sqrt(1000)}, {2000, 1000, 3, 2, 1e-3}});
    }

    @Override
    double variance(ParameterPoint point) {
        double beta = point.get("beta");
        return beta * beta;
    }

    @Override
    boolean fails(double squaredNorm, ParameterPoint point) {
        double beta = point.get("beta");
        return squaredNorm > beta * beta * 2 * point.get("k") * point.get("ell") / point.get("m");
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double ell = point.get("ell");
        return emptyActiveSet(point).or(() -> Optional.of(ChiSquaredTails.upper(ell, 2 * ell)));
    }

    @Override
    public Optional<WeightedEvent> importanceSampler(ParameterPoint point) {
        int ell = point.getInt("ell");
        return point.getInt("k") == 0 ? Optional.empty() : Optional.of(ChiSquaredTilting.upperTail(ell, 2.0 * ell));
    }
}
