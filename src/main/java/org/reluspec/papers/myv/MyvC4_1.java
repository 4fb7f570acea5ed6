package org.reluspec.papers.myv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.stats.ChiSquaredTails;
import org.reluspec.stats.ExactProbability;

/**
 * MYV Corollary 4.1 (F000 line 255), with the hidden constants of {@code ell = Omega(d)}, {@code k = Omega(m)} named
 * {@code C_ell}, {@code C_k} in {@code (0, 1]}:
 * <blockquote>if {@code ell >= C_ell d} and {@code k >= C_k m}, then w.p. {@code >= 1 - exp(-C_ell d/16)}:
 * {@code ||Pi_{P-perp}(dN(x0)/dx)|| >= sqrt(C_ell C_k / 2)}.</blockquote>
 * Given {@code S}, the squared norm is {@code (k/(d m)) chi2_ell}, so the exact failure probability is
 * {@code P(chi2_ell < C_ell C_k d m/(2k))}, at most {@code P(chi2_ell < ell/2)} under the hypotheses.
 */
public final class MyvC4_1 extends ActiveSetGradient {

    /** The distributional core. */
    public MyvC4_1() {
        super(MyvTheorems.C4_1, "||sum_S u_i w_hat_i||^2 < C_ell C_k / 2");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"d", "ell", "m", "k", "Cell", "Ck"}, new double[][] {
            {20, 10, 4, 2, 0.5, 0.5}, {100, 25, 10, 5, 0.25, 0.5}, {100, 99, 1, 1, 0.99, 1},
            {2000, 1000, 3, 2, 0.5, 0.5}, {64, 16, 8, 1, 0.5, 0.125}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        List<HypothesisResult> h = new ArrayList<>(super.hypotheses(point));
        h.add(HypothesisResult.atLeast("H5", "ell >= C_ell d", point.get("ell"), point.get("Cell") * point.get("d")));
        h.add(HypothesisResult.atLeast("H6", "k >= C_k m", point.get("k"), point.get("Ck") * point.get("m")));
        return h;
    }

    @Override
    double variance(ParameterPoint point) {
        return 1 / point.get("d");
    }

    @Override
    boolean fails(double squaredNorm, ParameterPoint point) {
        return squaredNorm < point.get("Cell") * point.get("Ck") / 2;
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double threshold = point.get("Cell") * point.get("Ck") * point.get("d") * point.get("m") / (2 * point.get("k"));
        return emptyActiveSet(point).or(() -> Optional.of(ChiSquaredTails.lower(point.get("ell"), threshold)));
    }
}
