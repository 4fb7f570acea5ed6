package org.reluspec.papers.myv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.data.SubspaceData;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ChiSquaredTails;
import org.reluspec.stats.ExactProbability;
import org.reluspec.train.LogisticGd;

/**
 * MYV Theorems 4.1, 6.1 and 6.2 on networks actually trained: one trial draws the data (in {@code M}, teacher
 * labels), the initialization, trains with GD on the logistic loss for {@code T} steps (with L2 for 6.2), draws a test
 * point {@code x0} in {@code M}, and measures {@code ||Pi_{M-perp}(dN(x0)/dx)||} against the bound with the realized
 * {@code k = |{i : <w_i,x0> >= 0}|}:
 * <ul>
 *   <li>T4.1 ({@code beta^2 = 1/d}): fails when the norm is {@code < sqrt(k ell/(2 d m))};</li>
 *   <li>T6.1 (init {@code N(0, beta^2 I)}): fails when it is {@code > beta sqrt(2 k ell/m)};</li>
 *   <li>T6.2 ({@code beta^2 = 1/d}, L2 parameter {@code lambda}): fails when it is
 *       {@code > (1 - eta lambda)^T sqrt(2 k ell/(d m))}.</li>
 * </ul>
 * Working in {@code M} instead of a rotated {@code P} is justified by Theorem A.1, which the suite checks pathwise
 * ({@link MyvA_1}); it saves a {@code d x d} QR decomposition per trial. Given {@code S}, the failure probability is
 * the chi-squared tail of the distributional core ({@code P(chi2_ell < ell/2)}, resp. {@code P(chi2_ell > 2 ell)}), so
 * the trained-network failure probability is {@code P(k >= 1)} times that tail: the tail is a rigorous upper bound
 * ({@code UPPER_BOUND} reference), and a simulation of trained networks that lands wholly above it is a self-check
 * failure (it would mean training broke the independence of {@code S} and {@code w_hat}).
 */
public final class MyvTrainedGradient extends AbstractProbabilisticClaim {

    /** Which theorem. */
    enum Kind { T4_1, T6_1, T6_2 }

    private final Kind kind;

    private MyvTrainedGradient(Kind kind, Theorem theorem, String location, String statement, String event) {
        super(theorem, "trained-net", new Source("MYV", theorem.source().label(), location), statement,
                theorem.boundFormula(), event);
        this.kind = kind;
    }

    /** @return Theorem 4.1 on trained networks */
    public static MyvTrainedGradient t41() {
        return new MyvTrainedGradient(Kind.T4_1, MyvTheorems.T4_1, "F000 lines 226-233; F001 L506-L522",
                "Trained on data in P (GD, logistic, T steps): w.p. >= 1 - exp(-ell/16), "
                        + "||Pi_{P-perp} dN(x0)/dx|| >= sqrt(k ell/(2 d m)), k = |S(x0)| after training.",
                "||Pi_perp grad N(x0)|| < sqrt(k ell/(2 d m))");
    }

    /** @return Theorem 6.1 on trained networks */
    public static MyvTrainedGradient t61() {
        return new MyvTrainedGradient(Kind.T6_1, MyvTheorems.T6_1, "F000 lines ~396-401; F001 L589-L602",
                "Init N(0, beta^2 I), trained on data in P: w.p. >= 1 - exp(-ell/16), "
                        + "||Pi_{P-perp} dN(x0)/dx|| <= beta sqrt(2 k ell/m).",
                "||Pi_perp grad N(x0)|| > beta sqrt(2 k ell/m)");
    }

    /** @return Theorem 6.2 on trained networks */
    public static MyvTrainedGradient t62() {
        return new MyvTrainedGradient(Kind.T6_2, MyvTheorems.T6_2, "F000 lines 446-453; F001 L604-L616",
                "GD with L2 (eta, lambda, T steps) on data in P: w.p. >= 1 - exp(-ell/16), "
                        + "||Pi_{P-perp} dN(x0)/dx|| <= (1 - eta lambda)^T sqrt(2 k ell/(d m)).",
                "||Pi_perp grad N(x0)|| > (1 - eta lambda)^T sqrt(2 k ell/(d m))");
    }

    @Override
    public List<String> settingParameters() {
        return List.of("d", "ell", "m");
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(List.of(ParameterSpec.integer("d", 2, 1 << 14, "input dimension"),
                ParameterSpec.integer("ell", 1, 1 << 14, "codimension of P"),
                ParameterSpec.integer("m", 1, 1 << 12, "width"),
                ParameterSpec.integer("r", 1, 1 << 12, "training examples"),
                ParameterSpec.integer("T", 0, 1 << 16, "GD steps"),
                ParameterSpec.positiveReal("eta", "learning rate")));
        if (kind == Kind.T6_1) {
            p.add(ParameterSpec.positiveReal("beta", "initialization standard deviation"));
        }
        if (kind == Kind.T6_2) {
            p.add(ParameterSpec.positiveReal("lambda", "L2 parameter"));
        }
        return p;
    }

    @Override
    public void validateRelations(ParameterPoint point) {
        point.requireRelation(this, point.get("d") > point.get("ell"), "d > ell", "d", "ell");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return switch (kind) {
            case T4_1 -> grid(new String[] {"d", "ell", "m", "r", "T", "eta"}, new double[][] {
                {20, 4, 8, 10, 50, 0.5}, {20, 8, 3, 10, 50, 0.5}, {50, 16, 16, 20, 100, 0.5}, {100, 50, 10, 20, 50, 1},
                {400, 200, 10, 20, 30, 1}});
            case T6_1 -> grid(new String[] {"d", "ell", "m", "r", "T", "eta", "beta"}, new double[][] {
                {20, 4, 8, 10, 50, 0.5, 0.05}, {50, 16, 16, 20, 100, 0.5, 0.02}, {100, 50, 10, 20, 50, 1, 0.01},
                {20, 2, 4, 10, 50, 0.5, 1}});
            case T6_2 -> grid(new String[] {"d", "ell", "m", "r", "T", "eta", "lambda"}, new double[][] {
                {20, 4, 8, 10, 50, 0.5, 0.01}, {50, 16, 16, 20, 100, 0.5, 0.05}, {100, 50, 10, 20, 50, 1, 0.02},
                {20, 2, 4, 10, 200, 0.5, 0.5}, {20, 4, 8, 10, 1, 1, 2}});   // the last: eta lambda > 1 (row 64)
        };
    }

    private List<HypothesisResult> printedHypotheses(ParameterPoint point) {
        return List.of(
                HypothesisResult.byConstruction("H1", "training inputs in M (dim d - ell); Theorem A.1 transfers the "
                        + "result to any P"),
                HypothesisResult.atLeast("H2", "ell >= 1", point.get("ell"), 1),
                HypothesisResult.byConstruction("H3", "u fixed at +-1/sqrt(m), only w trained, "
                        + (kind == Kind.T6_2 ? "L2 with parameter lambda" : "no regularization")),
                HypothesisResult.byConstruction("H4", "x0 drawn in M, independent of the initialization"));
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        List<HypothesisResult> h = new ArrayList<>(printedHypotheses(point));
        if (kind == Kind.T6_2) {
            h.add(HypothesisResult.hiddenAtMost("H5", "eta lambda <= 1, so that the decay factor (1 - eta lambda)^T is "
                    + "not negative (not printed: the theorem takes any eta > 0 and lambda > 0)",
                    point.get("eta") * point.get("lambda"), 1));
        }
        return h;
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double ell = point.get("ell");
        if (kind == Kind.T6_2) {
            double decayT = Math.pow(1 - point.get("eta") * point.get("lambda"), point.get("T"));
            if (decayT < 0) {   // a negative bound on a norm: the printed event fails on every draw
                return Optional.of(new ExactProbability(1, 1, "1 (the printed bound (1 - eta lambda)^T sqrt(2 k ell/"
                        + "(d m)) is negative)", ExactProbability.Kind.EXACT));
            }
            if (decayT == 0) {   // the chi-squared bound divides by the decay: no reference, Monte Carlo decides
                return Optional.empty();
            }
        }
        ExactProbability tail = kind == Kind.T4_1 ? ChiSquaredTails.lower(ell, ell / 2)
                : ChiSquaredTails.upper(ell, 2 * ell);
        return Optional.of(new ExactProbability(tail.hipparchus(), tail.commonsStatistics(),
                "P(k >= 1) * " + tail.formula() + " <= " + tail.formula(), ExactProbability.Kind.UPPER_BOUND));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return Math.max(1, 4 * point.get("T") * point.get("m") * point.get("d") * point.get("r"));
    }

    private double beta(ParameterPoint point) {
        return kind == Kind.T6_1 ? point.get("beta") : 1 / Math.sqrt(point.get("d"));
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int d = point.getInt("d");
        int ell = point.getInt("ell");
        int m = point.getInt("m");
        double lambda = kind == Kind.T6_2 ? point.get("lambda") : 0;
        LogisticGd gd = new LogisticGd(point.get("eta"), lambda, point.getInt("T"), Double.POSITIVE_INFINITY, 0);
        double decayT = Math.pow(1 - point.get("eta") * lambda, point.get("T"));
        double[] grad = new double[d];
        return rng -> {
            MyvInstance inst = MyvInstance.draw(point, true, SubspaceData.Labels.TEACHER, beta(point), rng);
            gd.train(inst.net(), inst.data(), null, null);
            double[] x0 = SubspaceData.testPoint(inst.p(), rng);
            int k = 0;
            for (int i = 0; i < m; i++) {
                if (inst.net().preActivation(i, x0, 0) >= 0) {
                    k++;
                }
            }
            inst.net().inputGradient(x0, grad);
            double sq = 0;
            for (int c = d - ell; c < d; c++) {
                sq += grad[c] * grad[c];
            }
            return switch (kind) {
                case T4_1 -> sq < k * (double) ell / (2.0 * d * m);
                case T6_1 -> sq > beta(point) * beta(point) * 2.0 * k * ell / m;
                // as printed: a negative (1 - eta lambda)^T (eta lambda > 1, T odd) is a negative bound on a norm
                case T6_2 -> decayT < 0 || sq > decayT * decayT * 2.0 * k * ell / ((double) d * m);
            };
        };
    }
}
