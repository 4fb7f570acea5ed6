package org.reluspec.papers.myv;

import java.util.List;
import org.reluspec.data.SubspaceData;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.harness.TrialEvent;
import org.reluspec.train.LogisticGd;

/**
 * MYV Theorem 5.1 as proved (constant {@code 8 sqrt 2}, {@code |N(x0)|}) without its implicit hypothesis H3: the test
 * point {@code x0} is fixed before the initialization is drawn (the statement quantifies over an arbitrary
 * {@code x0}), and a draw where {@code alpha = 8 sqrt(m) d |N(x0)|/(k_{y0} ell)} is undefined ({@code N(x0) = 0} or
 * {@code k_{y0} = 0}) counts as a failure: the printed conclusion says nothing there, yet the printed probability
 * {@code 1 - 5(m e^{-ell/16} + d^{-1/2})} covers it. The other variants choose {@code x0} after the draw among points
 * with {@code k_{y0} >= 1}, which is the implicit H3 of the catalogue (register row 65).
 */
public final class MyvT5_1FixedPoint extends AbstractProbabilisticClaim {

    /** The claim with x0 fixed before the draw. */
    public MyvT5_1FixedPoint() {
        super(MyvTheorems.T5_1, "as-proved-x0-fixed", new Source("MYV", "Theorem 5.1", "F000 lines 274-288; proof F001 "
                        + "L545-L577"),
                "ell >= 32(m-1) ln(m^2 d), x0 in P fixed before the draw => w.p. >= 1 - 5(m e^{-ell/16} + d^{-1/2}): "
                        + "alpha is defined (N(x0) != 0, k_{y0} >= 1), ||z|| <= 8 sqrt(2) |N(x0)| (m/k_{y0}) "
                        + "sqrt(d/ell) and sign N(x0+z) != sign N(x0)",
                MyvTheorems.T5_1.boundFormula(),
                "alpha undefined (N(x0) = 0 or k_{y0} = 0), or no sign flip at x0 + z, or ||z|| above the norm bound");
    }

    @Override
    public List<String> settingParameters() {
        return List.of("d", "ell", "m");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("d", 2, 1 << 14, "input dimension"),
                ParameterSpec.integer("ell", 1, 1 << 14, "codimension of P"),
                ParameterSpec.integer("m", 1, 1 << 12, "width"),
                ParameterSpec.integer("r", 1, 1 << 12, "training examples"),
                ParameterSpec.integer("T", 0, 1 << 16, "GD steps"),
                ParameterSpec.positiveReal("eta", "learning rate"));
    }

    @Override
    public void validateRelations(ParameterPoint point) {
        point.requireRelation(this, point.get("d") > point.get("ell"), "d > ell", "d", "ell");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(new String[] {"d", "ell", "m", "r", "T", "eta"}, new double[][] {
            {2000, 1000, 1, 10, 30, 1}, {2000, 1000, 2, 10, 30, 1}, {2000, 1000, 3, 10, 30, 1},
            {4000, 2500, 3, 10, 20, 1}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(
                HypothesisResult.byConstruction("H1", "training data in M = span(e_1..e_{d-ell}) (Theorem A.1 for any P)"),
                MyvTheorems.t51H2(false, point),
                HypothesisResult.byConstruction("H4", "no regularization; u fixed; only w trained"));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return MyvT5_1.trainingCost(point);
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int ell = point.getInt("ell");
        LogisticGd gd = new LogisticGd(point.get("eta"), 0, point.getInt("T"), Double.POSITIVE_INFINITY, 0);
        double constant = 8 * Math.sqrt(2);
        return rng -> {
            MyvInstance inst = MyvInstance.draw(point, true, SubspaceData.Labels.TEACHER, 1 / Math.sqrt(point.get("d")),
                    rng);
            double[] x0 = SubspaceData.testPoint(inst.p(), rng);   // its own draws: independent of w and u
            gd.train(inst.net(), inst.data(), null, null);
            T5Construction c = new T5Construction(inst.net(), ell, x0, false);
            if (!c.defined()) {
                return true;
            }
            double flipped = c.perturbedOutput(inst.net());
            boolean flips = Math.signum(flipped) != Math.signum(c.n0) && flipped != 0;
            return !flips || !(c.zNorm <= c.normBound(constant, false));
        };
    }
}
