package org.reluspec.papers.myv;

import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.harness.GaussianDraws;
import org.reluspec.harness.TrialEvent;

/**
 * The distributional core shared by MYV Theorems 4.1 and 6.1: given the active set {@code S} of the trained network
 * at {@code x0} with {@code k = |S|}, the projected input gradient is
 * <pre>
 *   Pi_{P-perp}(dN(x0)/dx) = sum_{i in S} u_i w_hat_i,   u_i = +-1/sqrt(m),   w_hat_i iid N(0, beta^2 I_ell),
 * </pre>
 * because {@code w_hat_i} is frozen at its initialization (Theorem A.2) and {@code S} depends only on the P-parts
 * of the weights, which never read {@code w_hat}. Its squared norm is {@code (k beta^2 / m) chi2_ell}. A trial draws
 * the {@code k} signs (one {@code nextBoolean} each), then {@code k} vectors of {@code ell} normals.
 *
 * <p>Subclasses give the direction of the bound: Theorem 4.1 a lower bound, Theorem 6.1 an upper bound.
 */
abstract class ActiveSetGradient extends AbstractProbabilisticClaim {

    ActiveSetGradient(Theorem theorem, String event) {
        super(theorem, "distributional-core", event);
    }

    /** @return beta^2, the per-coordinate variance of w_hat at this point */
    abstract double variance(ParameterPoint point);

    /**
     * @param squaredNorm {@code ||sum_S u_i w_hat_i||^2}
     * @param point the point
     * @return whether the theorem's conclusion fails
     */
    abstract boolean fails(double squaredNorm, ParameterPoint point);

    @Override
    public void validateRelations(ParameterPoint point) {
        // ell = d is admitted: P = {0}, every input and x0 are 0, and the law of the projected gradient is the same
        point.requireRelation(this, point.get("d") >= point.get("ell"), "d >= ell", "d", "ell");
        point.requireRelation(this, point.get("k") <= point.get("m"), "k <= m", "k", "m");
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        // numbered as the catalogue numbers Theorem 4.1's hypotheses; "S indep" is what H1 and H3 give the core
        return List.of(
                HypothesisResult.byConstruction("H1", "training inputs in P, dim P = d - ell"),
                HypothesisResult.atLeast("H2", "ell >= 1", point.get("ell"), 1),
                HypothesisResult.byConstruction("H3", "u fixed at +-1/sqrt(m), only w trained, no regularization: "
                        + "w_hat_i stays at its N(0, beta^2 I_ell) draw (Thm A.2)"),
                HypothesisResult.byConstruction("H4", "x0 in P"),
                HypothesisResult.byConstruction("S indep", "S independent of w_hat (S depends on the P-parts only; "
                        + "from H1 and H3)"));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return Math.max(1, point.get("k") * point.get("ell"));
    }

    /** @return the exact failure probability when {@code k = 0}: the gradient is 0, which meets either bound */
    static Optional<org.reluspec.stats.ExactProbability> emptyActiveSet(ParameterPoint point) {
        return point.getInt("k") == 0
                ? Optional.of(new org.reluspec.stats.ExactProbability(0, 0, "k = 0: gradient 0, bound 0"))
                : Optional.empty();
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int k = point.getInt("k");
        int ell = point.getInt("ell");
        double scale = 1 / Math.sqrt(point.get("m"));
        double beta = Math.sqrt(variance(point));
        double[] u = new double[k];
        double[] scratch = new double[ell];
        return rng -> {
            GaussianDraws.randomSigns(rng, scale * beta, u);
            double sq = GaussianDraws.squaredNormOfCombination(ZigguratSampler.NormalizedGaussian.of(rng), u, ell,
                    scratch);
            return fails(sq, point);
        };
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }
}
