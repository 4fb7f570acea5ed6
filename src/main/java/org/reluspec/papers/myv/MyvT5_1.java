package org.reluspec.papers.myv;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.data.SubspaceData;
import org.reluspec.harness.TrialEvent;
import org.reluspec.train.LogisticGd;

/**
 * MYV Theorem 5.1 (universal off-manifold perturbation; statement F000 lines 274-288, proof F001 L545-L577) on
 * networks actually trained. With {@code z} as printed ({@link T5Construction}):
 * <blockquote>if {@code ell >= 32 (m-1) ln(m^3 d)}, then w.p. {@code >= 1 - 5(m e^{-ell/16} + d^{-1/2})}:
 * {@code ||z|| <= 8 sqrt(3) N(x0) (m/k_{y0}) sqrt(d/ell)} and {@code sign N(x0+z) != sign N(x0)}.</blockquote>
 * One trial: data in {@code M} with teacher labels, initialization, {@code T} GD steps on the logistic loss, then test
 * points {@code x0} in {@code M} drawn until one has {@code sign N(x0) = y0} and {@code k_{y0} >= 1} (hypothesis H3;
 * the choice reads only {@code u} and the {@code M}-parts of the weights, on which the proof conditions, so the
 * bound applies to it). When no such point appears among 64, the instance is redrawn (a network with all {@code u_i}
 * of one sign has no {@code x0} of the other sign). Failure: no sign flip, or the norm bound violated.
 * <p>Variants: {@code as-printed} ({@code alpha} and the norm bound with the signed {@code N(x0)}, constant
 * {@code 8 sqrt 3}, hypothesis with {@code ln(m^3 d)}) and {@code as-proved} ({@code |N(x0)|}, {@code 8 sqrt 2},
 * {@code ln(m^2 d)}; catalogue D1, D2). The proof covers only {@code y0 = +1} "w.l.o.g."; the grid has both signs.
 */
public final class MyvT5_1 extends AbstractProbabilisticClaim {

    static final int TEST_POINTS = 64;
    static final int MAX_INSTANCES = 200;

    private final boolean printed;
    private final boolean corollary;

    private MyvT5_1(boolean printed) {
        this(printed, false);
    }

    private MyvT5_1(boolean printed, boolean corollary) {
        super(corollary ? MyvTheorems.C5_1 : MyvTheorems.T5_1, printed ? "as-printed" : "as-proved",
                corollary ? MyvTheorems.C5_1.source()
                        : new Source("MYV", "Theorem 5.1", "F000 lines 274-288; proof F001 L545-L577"),
                corollary ? "Theorem 5.1's hypotheses, ell >= C_ell d and k_{y0} >= C_k m => w.p. >= 1 - 5(m "
                        + "e^{-ell/16} + d^{-1/2}): ||z|| <= " + (printed ? "8 sqrt(3) N(x0)" : "8 sqrt(2) |N(x0)|")
                        + " / (C_k sqrt(C_ell)) and sign N(x0+z) != sign N(x0)"
                : printed ? "ell >= 32(m-1) ln(m^3 d) => w.p. >= 1 - 5(m e^{-ell/16} + d^{-1/2}): ||z|| <= 8 sqrt(3) N(x0) "
                        + "(m/k_{y0}) sqrt(d/ell) and sign N(x0+z) != sign N(x0); alpha = 8 sqrt(m) d N(x0)/(k_{y0} ell)"
                        : "ell >= 32(m-1) ln(m^2 d) => w.p. >= 1 - 5(m e^{-ell/16} + d^{-1/2}): ||z|| <= 8 sqrt(2) "
                        + "|N(x0)| (m/k_{y0}) sqrt(d/ell) and sign N(x0+z) != sign N(x0); alpha with |N(x0)|",
                (corollary ? MyvTheorems.C5_1 : MyvTheorems.T5_1).boundFormula(),
                "no sign flip at x0 + z, or ||z|| above the norm bound");
        this.printed = printed;
        this.corollary = corollary;
    }

    /**
     * MYV Corollary 5.1 (F000 line 362): with {@code ell >= C_ell d} and {@code k_{y0} >= C_k m} (the hidden constants
     * of {@code Theta(d)}, {@code Theta(m)} as parameters), {@code ||z|| <= c N(x0) / (C_k sqrt(C_ell))} and the sign
     * flips, with the probability of Theorem 5.1. The realized {@code k_{y0}} is a condition on the test point
     * (legitimate: it reads only {@code u} and the {@code M}-parts).
     *
     * @param printed the printed constant {@code 8 sqrt 3} and signed {@code N(x0)}, or the proof's
     * @return the corollary
     */
    public static MyvT5_1 corollary(boolean printed) {
        return new MyvT5_1(printed, true);
    }

    /** @return the statement as printed in F000 */
    public static MyvT5_1 asPrinted() {
        return new MyvT5_1(true);
    }

    /** @return the statement the proof (F001) gives */
    public static MyvT5_1 asProved() {
        return new MyvT5_1(false);
    }

    @Override
    public List<String> settingParameters() {
        return corollary ? List.of("d", "ell", "m", "Cell", "Ck") : List.of("d", "ell", "m");
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new java.util.ArrayList<>(List.of(ParameterSpec.integer("d", 2, 1 << 14,
                "input dimension"),
                ParameterSpec.integer("ell", 1, 1 << 14, "codimension of P"),
                ParameterSpec.integer("m", 2, 1 << 12, "width (m >= 2: with m = 1 no x0 has k_{y0} >= 1)"),
                ParameterSpec.integer("r", 1, 1 << 12, "training examples"),
                ParameterSpec.integer("T", 0, 1 << 16, "GD steps"),
                ParameterSpec.positiveReal("eta", "learning rate"),
                new ParameterSpec("y0", true, -1, true, 1, true, "sign of N(x0): -1 or +1")));
        if (corollary) {
            p.add(new ParameterSpec("Cell", false, 0, false, 1, true, "hidden constant of ell = Theta(d)"));
            p.add(new ParameterSpec("Ck", false, 0, false, 1, true, "hidden constant of k_{y0} = Theta(m)"));
        }
        return p;
    }

    @Override
    public void validateRelations(ParameterPoint point) {
        point.requireRelation(this, point.get("d") > point.get("ell"), "d > ell", "d", "ell");
        point.requireRelation(this, point.get("y0") != 0, "y0 in {-1, +1}", "y0");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        if (corollary) {
            return grid(new String[] {"d", "ell", "m", "r", "T", "eta", "y0", "Cell", "Ck"}, new double[][] {
                {2000, 1000, 3, 10, 30, 1, 1, 0.5, 0.25}, {2000, 1000, 3, 10, 30, 1, -1, 0.5, 0.25},
                {200, 100, 10, 20, 50, 1, 1, 0.5, 0.2}});
        }
        return grid(new String[] {"d", "ell", "m", "r", "T", "eta", "y0"}, new double[][] {
            {2000, 1000, 2, 10, 30, 1, 1}, {2000, 1000, 2, 10, 30, 1, -1},
            {2000, 1000, 3, 10, 30, 1, 1}, {2000, 1000, 3, 10, 30, 1, -1},
            {4000, 2500, 3, 10, 20, 1, 1},
            {200, 100, 10, 20, 50, 1, 1}, {200, 100, 10, 20, 50, 1, -1}, {100, 50, 20, 20, 50, 1, 1}});
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        List<HypothesisResult> h = new java.util.ArrayList<>(List.of(
                HypothesisResult.byConstruction("H1", "training data in M = span(e_1..e_{d-ell}) (Theorem A.1 for any P)"),
                MyvTheorems.t51H2(printed, point),
                HypothesisResult.byConstruction("H3", "N(x0) != 0 and k_{y0} >= 1 (x0 chosen so)"),
                HypothesisResult.byConstruction("H4", "no regularization; u fixed; only w trained")));
        if (corollary) {
            h.add(HypothesisResult.atLeast("H5", "ell >= C_ell d", point.get("ell"), point.get("Cell") * point.get("d")));
            h.add(HypothesisResult.byConstruction("H6", "k_{y0} >= C_k m (x0 chosen so)"));
        }
        return h;
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return trainingCost(point);
    }

    /** @return work of one trial: T steps of GD over r examples, m neurons, d inputs */
    static double trainingCost(ParameterPoint point) {
        return Math.max(1, 4 * point.get("T") * point.get("m") * point.get("d") * point.get("r"));
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int ell = point.getInt("ell");
        int y0 = point.getInt("y0");
        LogisticGd gd = new LogisticGd(point.get("eta"), 0, point.getInt("T"), Double.POSITIVE_INFINITY, 0);
        double constant = printed ? 8 * Math.sqrt(3) : 8 * Math.sqrt(2);
        double minK = corollary ? point.get("Ck") * point.get("m") : 1;
        return rng -> {
            for (int attempt = 0; attempt < MAX_INSTANCES; attempt++) {
                MyvInstance inst = MyvInstance.draw(point, true, SubspaceData.Labels.TEACHER,
                        1 / Math.sqrt(point.get("d")), rng);
                gd.train(inst.net(), inst.data(), null, null);
                T5Construction c = pick(inst, ell, y0, minK, rng);
                if (c != null) {
                    double flipped = c.perturbedOutput(inst.net());
                    boolean flips = Math.signum(flipped) != Math.signum(c.n0) && flipped != 0;
                    double bound = corollary
                            ? constant * (printed ? c.n0 : Math.abs(c.n0)) / (point.get("Ck") * Math.sqrt(point.get("Cell")))
                            : c.normBound(constant, printed);
                    return !flips || !(c.zNorm <= bound);
                }
            }
            throw new IllegalStateException("no test point with sign " + y0 + " in " + MAX_INSTANCES + " instances");
        };
    }

    private T5Construction pick(MyvInstance inst, int ell, int y0, double minK, UniformRandomProvider rng) {
        for (int t = 0; t < TEST_POINTS; t++) {
            double[] x0 = SubspaceData.testPoint(inst.p(), rng);
            T5Construction c = new T5Construction(inst.net(), ell, x0, printed);
            if (c.defined() && c.y0 == y0 && (!corollary || c.kY0() >= minK)) {
                return c;
            }
        }
        return null;
    }
}
