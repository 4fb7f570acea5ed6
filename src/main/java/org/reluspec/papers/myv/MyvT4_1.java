package org.reluspec.papers.myv;

import java.util.List;
import java.util.Optional;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.harness.ChiSquaredTilting;
import org.reluspec.harness.WeightedEvent;
import org.reluspec.stats.ChiSquaredTails;
import org.reluspec.stats.ExactProbability;

/**
 * MYV Theorem 4.1 (large off-manifold gradient), distributional core (statement F000 lines 226-233, garbled; bound
 * from the proof, F001 L506-L522):
 * <blockquote>w.p. {@code >= 1 - e^{-ell/16}}:
 * {@code || Pi_{P-perp}(dN(x0)/dx) || >= sqrt( k ell / (2 d m) )}.</blockquote>
 * With {@code w_hat_i ~ N(0, (1/d) I_ell)} (Sec. 3.1; the proof's "1/sqrt d" is a typo, catalogue T4.1-1) the
 * failure probability given {@code k >= 1} is {@code P(chi2_ell < ell/2)}; for {@code k = 0} it is 0. The trained
 * network enters only through {@code k}; the trained-network check is a separate variant.
 */
public final class MyvT4_1 extends ActiveSetGradient {

    /** The distributional core. */
    public MyvT4_1() {
        super(MyvTheorems.T4_1, "||sum_S u_i w_hat_i||^2 < k ell / (2 d m)");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"d", "ell", "m", "k"}, new double[][] {
            {2, 1, 1, 1}, {3, 2, 3, 3}, {10, 9, 2, 1}, {50, 10, 4, 0}, {100, 16, 10, 5}, {100, 99, 1, 1},
            {1000, 64, 3, 3}, {2000, 1000, 3, 2}, {4000, 2500, 5, 5}});
    }

    @Override
    double variance(ParameterPoint point) {
        return 1 / point.get("d");
    }

    @Override
    boolean fails(double squaredNorm, ParameterPoint point) {
        return squaredNorm < point.get("k") * point.get("ell") / (2 * point.get("d") * point.get("m"));
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double ell = point.get("ell");
        return emptyActiveSet(point).or(() -> Optional.of(ChiSquaredTails.lower(ell, ell / 2)));
    }

    @Override
    public Optional<WeightedEvent> importanceSampler(ParameterPoint point) {
        int ell = point.getInt("ell");
        return point.getInt("k") == 0 ? Optional.empty() : Optional.of(ChiSquaredTilting.lowerTail(ell, ell / 2.0));
    }
}
