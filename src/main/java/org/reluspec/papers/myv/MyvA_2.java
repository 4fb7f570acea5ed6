package org.reluspec.papers.myv;

import java.util.ArrayList;
import java.util.List;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.data.SubspaceData;
import org.reluspec.harness.TrialStreams;
import org.reluspec.train.LogisticGd;

/**
 * MYV Theorem A.2 (F000 App. A; F001 L481-L489), on networks actually trained:
 * <blockquote>data in {@code M}, no regularization: {@code Pi_{M-perp}(w_i(t)) = Pi_{M-perp}(w_i(0))} for all
 * {@code t, i}.</blockquote>
 * Three variants, each over {@value #INSTANCES} random instances per grid point (subspace, data, initialization):
 * <ul>
 *   <li>{@code data-in-M}: {@code P = M}, GD for {@code T} steps; the last {@code ell} coordinates of every
 *       {@code w_i(T)} must equal those of {@code w_i(0)} bit for bit.</li>
 *   <li>{@code rotated-P}: a Haar-random {@code P}. In floating point the data have a tiny off-manifold part and
 *       {@code w_bar = Q_perp^T w} is computed with rounding, so the check is against a forward error bound derived
 *       from the kernel's arithmetic: per step, the data term moves {@code w_bar_i} by at most
 *       {@code eta |u_i| max_p (||Pi_perp x_p|| + g_d ||x_p||)} (the logistic coefficients satisfy
 *       {@code sum_p |c_p| <= 1} for the mean loss) and the update rounds each weight by at most {@code u ||w_i||};
 *       reading {@code w_bar} off costs {@code g_d ||w_i||} at both ends ({@code u = 2^-53},
 *       {@code g_d = d u/(1 - d u)}). The measured drift over that bound must be {@code <= 1}.</li>
 *   <li>{@code l2-decay} (Theorem 6.2's EQ-DECAY): {@code P = M} and {@code lambda > 0}; the frozen coordinates must
 *       follow {@code w_bar(T) = rho^T w_bar(0)}, {@code rho = fl(1 - fl(eta lambda))} the decay factor the kernel
 *       multiplies by. Each step rounds once ({@code |delta| <= u}) and {@code Math.pow} is within one ulp, so
 *       {@code |w_bar(T) - fl(rho^T) w_bar(0)| <= ((1+u)^T - 1 + 3u + 2u^2) |rho^T w_bar(0)| + T * MIN_VALUE} (the
 *       last term covers gradual underflow, which only shrinks errors when {@code |rho| <= 1}).</li>
 * </ul>
 */
public final class MyvA_2 implements DeterministicClaim {

    /** Random instances per grid point. */
    static final int INSTANCES = 3;

    private static final double U = 0x1.0p-53;

    /** The three variants. */
    enum Kind { DATA_IN_M, ROTATED_P, L2_DECAY }

    private final Kind kind;

    private MyvA_2(Kind kind) {
        this.kind = kind;
    }

    /** @return bitwise frozen coordinates for data in M */
    public static MyvA_2 dataInM() {
        return new MyvA_2(Kind.DATA_IN_M);
    }

    /** @return frozen up to a derived rounding bound for a Haar-random P */
    public static MyvA_2 rotatedP() {
        return new MyvA_2(Kind.ROTATED_P);
    }

    /** @return exact decay {@code (1 - eta lambda)^T} of the frozen coordinates under L2 */
    public static MyvA_2 l2Decay() {
        return new MyvA_2(Kind.L2_DECAY);
    }

    @Override
    public Theorem theorem() {
        return MyvTheorems.A_2;
    }

    @Override
    public String variant() {
        return switch (kind) {
            case DATA_IN_M -> "data-in-M";
            case ROTATED_P -> "rotated-P";
            case L2_DECAY -> "l2-decay";
        };
    }

    @Override
    public Source source() {
        return new Source("MYV", "Theorem A.2", "F000 App. A; F001 L481-L489; decay: F001 L604-L616");
    }

    @Override
    public String statement() {
        return switch (kind) {
            case DATA_IN_M -> "Training data in M, no regularization: Pi_{M-perp}(w_i(T)) = Pi_{M-perp}(w_i(0)) bit for "
                    + "bit, for every neuron i, after T GD steps on the logistic loss.";
            case ROTATED_P -> "Training data in a Haar-random P: ||w_bar_i(T) - w_bar_i(0)|| within the derived "
                    + "floating-point bound (no drift beyond rounding).";
            case L2_DECAY -> "Data in M, L2 parameter lambda: w_bar_i(T) = (1 - eta lambda)^T w_bar_i(0) up to the "
                    + "derived rounding bound, for every eta, lambda, T.";
        };
    }

    @Override
    public List<String> settingParameters() {
        return List.of("d", "ell", "lambda");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("d", 2, 1 << 14, "input dimension"),
                ParameterSpec.integer("ell", 1, 1 << 14, "codimension of P"),
                ParameterSpec.integer("m", 1, 1 << 12, "width"),
                ParameterSpec.integer("r", 1, 1 << 12, "training examples"),
                ParameterSpec.positiveReal("eta", "learning rate"),
                ParameterSpec.nonNegativeReal("lambda", "L2 parameter"),
                ParameterSpec.integer("T", 0, 1 << 20, "GD steps"),
                ParameterSpec.cases("data", "the training set in P the theorem quantifies over", "Gaussian points",
                        "every example 0", "coinciding examples with their own labels", "antipodal pairs"));
    }

    @Override
    public void validateRelations(ParameterPoint point) {
        point.requireRelation(this, point.get("d") > point.get("ell"), "d > ell", "d", "ell");
        if (kind != Kind.L2_DECAY) {
            point.requireRelation(this, point.get("lambda") == 0, "lambda = 0 (Theorem A.2 has no regularization)",
                    "lambda");
        }
        if (kind == Kind.L2_DECAY) {
            point.requireRelation(this, point.get("lambda") > 0, "lambda > 0", "lambda");
        }
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        String[] names = {"d", "ell", "m", "r", "eta", "lambda", "T", "data"};
        double[][] rows = switch (kind) {
            case DATA_IN_M, ROTATED_P -> new double[][] {
                {2, 1, 1, 1, 0.1, 0, 50, 0}, {10, 3, 4, 5, 1, 0, 200, 0}, {50, 25, 16, 20, 0.5, 0, 200, 0},
                {100, 1, 8, 10, 10, 0, 100, 0}, {100, 99, 3, 3, 0.01, 0, 500, 0}, {200, 100, 32, 20, 2, 0, 100, 0},
                {10, 3, 4, 5, 1, 0, 200, 1}, {10, 3, 4, 5, 1, 0, 200, 2}, {10, 3, 4, 5, 1, 0, 200, 3}};   // degenerate data
            case L2_DECAY -> new double[][] {
                {10, 3, 4, 5, 0.1, 0.01, 100, 0}, {10, 3, 4, 5, 0.1, 1, 1000, 0}, {10, 3, 4, 5, 1, 0.5, 200, 0},
                {10, 3, 4, 5, 1, 1, 10, 0}, {10, 3, 4, 5, 1, 1.5, 500, 0}, {10, 3, 4, 5, 0.5, 3.98, 10000, 0},
                {10, 3, 4, 5, 1, 2, 2000, 0}, {50, 25, 8, 10, 0.5, 0.002, 10000, 0},
                {50, 25, 8, 10, 0.5, 0.2, 10000, 0}, {2, 1, 1, 1, 1e-3, 1e-3, 100000, 0},
                {10, 3, 4, 5, 1, 0.5, 200, 1}, {10, 3, 4, 5, 1, 0.5, 200, 2}, {10, 3, 4, 5, 1, 0.5, 200, 3}};
        };
        return ParameterPoint.grid(this, names, rows);
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        List<HypothesisResult> h = new ArrayList<>();
        h.add(HypothesisResult.byConstruction("H1", kind == Kind.ROTATED_P ? "training inputs in a Haar-random P "
                + "(in exact arithmetic; rounding leaves an off-manifold part of order u ||x||)"
                : "training inputs in M: exact zeros in the last ell coordinates"));
        h.add(HypothesisResult.byConstruction("H2", "only the first layer is trained; u fixed at +-1/sqrt(m)"));
        h.add(kind == Kind.L2_DECAY
                ? HypothesisResult.atLeast("H3", "lambda > 0 (Theorem 6.2's setting)", point.get("lambda"),
                        Double.MIN_VALUE)
                : HypothesisResult.atMost("H3", "no regularization: lambda = 0", point.get("lambda"), 0));
        return h;
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        double worst = 0;
        String where = "";
        for (int n = 0; n < INSTANCES; n++) {
            MyvInstance inst = MyvInstance.draw(point, kind != Kind.ROTATED_P, SubspaceData.Labels.RANDOM,
                    SubspaceData.Layout.values()[point.getInt("data")], 1 / Math.sqrt(point.get("d")),
                    instances.forTrial(n));
            double[] ratio = {0};
            double[] wMax = new double[inst.net().m()];
            updateNorms(inst, wMax);
            LogisticGd gd = new LogisticGd(point.get("eta"), point.get("lambda"), point.getInt("T"),
                    Double.POSITIVE_INFINITY, 0);
            gd.train(inst.net(), inst.data(), null, kind == Kind.ROTATED_P ? (t, net) -> updateNorms(inst, wMax) : null);
            updateNorms(inst, wMax);
            ratio[0] = switch (kind) {
                case DATA_IN_M -> bitwiseMismatches(inst);
                case ROTATED_P -> driftOverBound(inst, point, wMax);
                case L2_DECAY -> decayErrorOverBound(inst, point);
            };
            if (ratio[0] > worst || n == 0) {
                worst = Math.max(worst, ratio[0]);
                where = "instance " + n;
            }
        }
        return switch (kind) {
            case DATA_IN_M -> new DeterministicOutcome(worst == 0, worst, 0,
                    "frozen coordinates changed (count, bitwise)", "worst: " + where + " of " + INSTANCES);
            default -> new DeterministicOutcome(worst <= 1, worst, 1, kind == Kind.ROTATED_P
                    ? "max_i ||w_bar_i(T) - w_bar_i(0)|| / rounding bound <= 1"
                    : "max |w_bar(T) - rho^T w_bar(0)| / rounding bound <= 1", "worst: " + where + " of " + INSTANCES);
        };
    }

    private static void updateNorms(MyvInstance inst, double[] wMax) {
        int d = inst.p().d();
        double[] w = inst.net().w();
        for (int i = 0; i < wMax.length; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += w[i * d + k] * w[i * d + k];
            }
            wMax[i] = Math.max(wMax[i], Math.sqrt(s));
        }
    }

    /** @return the number of frozen coordinates whose bits changed */
    static double bitwiseMismatches(MyvInstance inst) {
        int d = inst.p().d();
        int ell = inst.p().ell();
        double[] w = inst.net().w();
        int changed = 0;
        for (int i = 0; i < inst.net().m(); i++) {
            for (int k = d - ell; k < d; k++) {
                if (Double.doubleToRawLongBits(w[i * d + k]) != Double.doubleToRawLongBits(inst.initialW()[i * d + k])) {
                    changed++;
                }
            }
        }
        return changed;
    }

    private static double driftOverBound(MyvInstance inst, ParameterPoint point, double[] wMax) {
        int d = inst.p().d();
        double gd = d * U / (1 - d * U);
        double leak = 0;
        for (int j = 0; j < inst.data().size(); j++) {
            double[] x = inst.data().example(j);
            leak = Math.max(leak, inst.p().perpNorm(x) + gd * Math.sqrt(org.reluspec.kernel.Vectors.squaredNorm(x)));
        }
        double eta = point.get("eta");
        int steps = point.getInt("T");
        double worst = 0;
        for (int i = 0; i < inst.net().m(); i++) {
            double[] before = inst.perpPart(inst.initialW(), i);
            double[] after = inst.perpPart(inst.net().w(), i);
            double s = 0;
            for (int c = 0; c < before.length; c++) {
                s += (after[c] - before[c]) * (after[c] - before[c]);
            }
            double bound = steps * (eta * Math.abs(inst.net().u()[i]) * leak + U * wMax[i]) + 2 * gd * wMax[i];
            worst = Math.max(worst, Math.sqrt(s) / bound);
        }
        return worst;
    }

    private static double decayErrorOverBound(MyvInstance inst, ParameterPoint point) {
        int d = inst.p().d();
        int ell = inst.p().ell();
        int steps = point.getInt("T");
        double rho = 1.0 - point.get("eta") * point.get("lambda");   // the kernel's factor, rounded the same way
        double factor = Math.pow(rho, steps);
        double rel = Math.expm1(steps * Math.log1p(U)) + 3 * U + 2 * U * U;
        double[] w = inst.net().w();
        double[] w0 = inst.initialW();
        double worst = 0;
        for (int i = 0; i < inst.net().m(); i++) {
            for (int k = d - ell; k < d; k++) {
                double expected = factor * w0[i * d + k];
                double bound = rel * Math.abs(expected) / (1 - 3 * U) + steps * Double.MIN_VALUE;
                double err = Math.abs(w[i * d + k] - expected);
                worst = Math.max(worst, err == 0 ? 0 : err / bound);
            }
        }
        return worst;
    }
}
