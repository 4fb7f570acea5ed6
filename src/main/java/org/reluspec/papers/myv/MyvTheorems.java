package org.reluspec.papers.myv;

import java.util.List;
import java.util.Map;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.engine.Theorem.Hypothesis;

/** The MYV theorems whose hypotheses several claims, experiments and {@code reluspec assumptions} share. */
final class MyvTheorems {

    /**
     * Theorem 5.1 (universal off-manifold perturbation). H2 as printed reads {@code ln(m^3 d)} (F000), the proof needs
     * {@code ln(m^2 d)} (F001; catalogue D1): both are written here once, as {@code H2} and {@code H2'}. H3 is the
     * implicit precondition the catalogue flags as D6.
     */
    static final Theorem T5_1 = new Theorem("MYV-T5.1", new Source("MYV", "Theorem 5.1", "F000 lines 274-288"),
            "Data in P (dim d - ell), ell >= 32(m-1) ln(m^3 d): w.p. >= 1 - 5(m e^{-ell/16} + d^{-1/2}) over the init, "
                    + "z in P-perp with ||z|| <= 8 sqrt(3) N(x0) (m/k_{y0}) sqrt(d/ell) flips the sign of N(x0).",
            List.of("d", "ell", "m"), List.of(
            new Hypothesis("H1", v -> HypothesisResult.byConstruction("H1", "training data in P, dim P = d - ell")),
            new Hypothesis("H2", v -> HypothesisResult.atLeast("H2", "ell >= 32(m-1) ln(m^3 d)", v.get("ell"),
                    32 * (v.get("m") - 1) * T5Construction.logM3d(v.get("m"), v.get("d")))),
            new Hypothesis("H2'", v -> HypothesisResult.atLeast("H2'", "ell >= 32(m-1) ln(m^2 d)", v.get("ell"),
                    32 * (v.get("m") - 1) * T5Construction.logM2d(v.get("m"), v.get("d")))),
            new Hypothesis("H3", v -> HypothesisResult.byConstruction("H3", "(implicit) N(x0) != 0 and k_{y0} >= 1")),
            new Hypothesis("H4", v -> HypothesisResult.byConstruction("H4", "no regularization; u fixed; only w "
                    + "trained"))),
            "the conclusion is encoded as MYV-T5.1 as-printed, as-proved, as-proved-x0-fixed, the proof's events and "
                    + "its probability budget; these are its hypotheses for a given setting");

    private MyvTheorems() {
    }

    /**
     * @param printed the printed {@code ln(m^3 d)} or the proof's {@code ln(m^2 d)}
     * @param point a point with {@code d}, {@code ell}, {@code m}
     * @return Theorem 5.1's H2 there, under the name {@code H2} either way
     */
    static HypothesisResult t51H2(boolean printed, ParameterPoint point) {
        HypothesisResult h = T5_1.evaluate(printed ? "H2" : "H2'", Map.of("d", point.get("d"), "ell",
                point.get("ell"), "m", point.get("m")));
        return new HypothesisResult("H2", h.text(), h.holds(), h.lhs(), h.rhs(), h.margin());
    }
}
