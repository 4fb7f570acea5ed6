package org.reluspec.papers.vys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.harness.TrialStreams;
import org.reluspec.kernel.Vectors;
import org.reluspec.train.BiasedNetwork;

/**
 * VYS Theorem 4.1, Corollary 4.1, Lemmas C.1-C.8 and Eqs. (5)-(6), evaluated on KKT points with the multipliers the
 * KKT verifier computes ({@code A_j = sum_{i in I} lambda_i sigma'_ij}, at the point normalized to smallest margin 1).
 * Notation of Theorem 4.1: {@code p = max_{i != j} |<x_i,x_j>|}, {@code c = min(|I+|,|I-|)/m},
 * {@code c' = m(p+1)/(d+1)}, {@code u = sum_l y_l x_l}, {@code eta1 = (p+1)/(d - mp)},
 * {@code eta2 = 2(cc'+1)(d+1)/(mc(d - mp))}, {@code z = (eta1 + eta2) u}, {@code J+-} the neurons with
 * {@code v_j >= 0} and {@code < 0}.
 *
 * <p>Two sources of KKT points:
 * <ul>
 *   <li>{@code constructed-kkt}: exact KKT points on orthogonal data
 *       ({@link org.reluspec.kkt.KktPoints#orthogonalBalancedKkt}; residual at rounding level), {@code p = 0};
 *       Corollary 4.1 adds examples {@code 2 x_i} strictly off the margin;</li>
 *   <li>{@code trained-paper-schedule}: section 6's training (exponential loss, 1e-5 x 1.1 every 100 steps, until the
 *       loss is below 1e-30 or {@value VysTrained#MAX_STEPS} steps) on orthogonal data, two networks per point from the
 *       point's {@code trainSeed}; hypothesis H4 ("theta is a KKT point") is then measured: the relative stationarity
 *       residual must be at most 1e-3.</li>
 * </ul>
 * Every inequality is checked with the tolerance {@code tau = eps ||theta|| max(1, ||v||) (sqrt(d) + ||z|| + 1)} that a
 * stationarity residual of relative size {@code eps} can move it by ({@link VysTrained.Instance#tolerance}), plus
 * {@code 1e-9 (1 + |terms|)} for rounding; the report gives both.
 */
public final class VysKkt implements DeterministicClaim {

    /** The statement checked. */
    enum Part {
        T4_1("VYS-T4.1", "Theorem 4.1", "F004 Sec. 4", "KKT point, ||x_i||^2 = d, c > 0, c' <= 1/3: N(x_i - z) <= -1 "
                + "(i in I+), N(x_i + z) >= 1 (i in I-), ||z|| <= 18 sqrt(2d)/(c sqrt m)"),
        C4_1("VYS-C4.1", "Corollary 4.1", "F004 Sec. 4, App. D", "the same with I = the examples on the margin only "
                + "(other examples arbitrary)"),
        C_1("VYS-C.1", "Lemma C.1", "F004 App. C", "y_i N(x_i) = 1 for every i"),
        C_2("VYS-C.2", "Lemma C.2", "F004 App. C", "sum_{j in J+} v_j^2 A_j >= mc/((cc'+1)(d+1)), and the same for J-"),
        C_3("VYS-C.3", "Lemma C.3", "F004 App. C", "w_j.x_i + b_j >= -(p+1) |v_j| A_j"),
        C_4("VYS-C.4", "Lemma C.4", "F004 App. C", "w_j.u >= v_j A_j (d - mp) for j in J+, <= for j in J-"),
        C_5("VYS-C.5", "Lemma C.5", "F004 App. C", "d - mp > 0"),
        C_6("VYS-C.6", "Lemma C.6", "F004 App. C", "z1 = eta1 u: w_j.(x_i - z1) + b_j >= 0 (j in J-), w_j.(x_i + z1) + "
                + "b_j >= 0 (j in J+)"),
        C_7("VYS-C.7", "Lemma C.7", "F004 App. C", "N(x_i - z) <= -1 for i in I+"),
        C_8("VYS-C.8", "Lemma C.8", "F004 App. C", "N(x_i + z) >= 1 for i in I-"),
        EQ5_6("VYS-EQ5/EQ6", "Eqs. (5), (6)", "F004 Sec. 5.5", "(5) w_j.(x_i - eta' u) + b_j >= w_j.x_i + b_j + eta' "
                + "|v_j| A_j (d - mp) for j in J-; (6) the J- inputs rise in total by >= eta2 sum_{J-} |v_j| A_j (d - mp)");

        /** The part as a statement of its own; Theorem 4.1 is the paper's, with its hypotheses. */
        final Theorem theorem;

        Part(String id, String label, String where, String statement) {
            this.theorem = id.equals(VysTheorems.T4_1.id()) ? VysTheorems.T4_1
                    : Theorem.of(id, new Source("VYS", label, where), statement + ".").withParameters(
                            ParameterSpec.integer("d", 2, 1 << 24, "input dimension"),
                            ParameterSpec.integer("m", 1, 1 << 24, "number of examples"));
        }
    }

    private final Part part;
    private final boolean trained;

    private VysKkt(Part part, boolean trained) {
        this.part = part;
        this.trained = trained;
    }

    /** @return every part on both sources */
    public static List<VysKkt> all() {
        List<VysKkt> out = new ArrayList<>();
        for (Part p : Part.values()) {
            out.add(new VysKkt(p, false));
            if (p != Part.C4_1 && p != Part.C_5) {
                out.add(new VysKkt(p, true));
            }
        }
        return out;
    }

    @Override
    public Theorem theorem() {
        return part.theorem;
    }

    @Override
    public String variant() {
        return trained ? "trained-paper-schedule" : "constructed-kkt";
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(List.of(ParameterSpec.integer("d", 2, 4096, "input dimension"),
                ParameterSpec.integer("m", 2, 1024, "examples on the margin (even)")));
        if (trained) {
            p.add(ParameterSpec.integer("k", 1, 4096, "width"));
            p.add(ParameterSpec.integer("trainSeed", 0, Integer.MAX_VALUE, "seed of the trained instances (part of the "
                    + "setting, so that hypothesis H4 can be measured before the conclusion)"));
        }
        return p;
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        if (trained) {
            return List.of(ParameterPoint.of(this, "d", 30, "m", 6, "k", 50, "trainSeed", 1),
                    ParameterPoint.of(this, "d", 100, "m", 20, "k", 100, "trainSeed", 1));
        }
        List<ParameterPoint> grid = new ArrayList<>(List.of(ParameterPoint.of(this, "d", 5, "m", 2),
                ParameterPoint.of(this, "d", 12, "m", 4), ParameterPoint.of(this, "d", 100, "m", 32),
                ParameterPoint.of(this, "d", 401, "m", 10)));
        if (part == Part.T4_1) {
            grid.add(ParameterPoint.of(this, "d", 100, "m", 40));   // outside H3, measured as information
        }
        return grid;
    }

    @Override
    public void validateRelations(ParameterPoint point) {
        if (point.getInt("m") % 2 != 0) {
            throw new org.reluspec.util.ReluSpecArgumentException(org.reluspec.util.Violation.PARAMETER_RELATION,
                    "m even (balanced labels)", "m = " + point.getInt("m"));
        }
        if (point.getInt("m") > point.getInt("d")) {
            throw new org.reluspec.util.ReluSpecArgumentException(org.reluspec.util.Violation.PARAMETER_RELATION,
                    "m <= d (orthogonal examples)", "m = " + point.getInt("m") + ", d = " + point.getInt("d"));
        }
    }

    private static final int INSTANCES = 3;

    /** Trained instances depend on the point only; constructed ones on the run's master seed. */
    private List<VysTrained.Instance> instances(ParameterPoint point, TrialStreams streams) {
        List<VysTrained.Instance> out = new ArrayList<>();
        int n = trained ? 2 : INSTANCES;
        for (int i = 0; i < n; i++) {
            out.add(trained ? VysTrained.get(point.getInt("trainSeed"), "orthogonal", point.getInt("d"),
                    point.getInt("m"), point.getInt("k"), i)
                    : VysTrained.constructed(streams.masterSeed(), point.getInt("d"), point.getInt("m"),
                    part == Part.C4_1 ? point.getInt("m") / 2 : 0, i));
        }
        return out;
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        double d = point.get("d");
        double m = point.get("m");
        List<HypothesisResult> h = new ArrayList<>();
        h.add(HypothesisResult.byConstruction("H1", "||x_i||^2 = d (orthogonal examples sqrt(d) q_i, Haar q)"));
        h.add(HypothesisResult.byConstruction("H2", "c = 1/2 (labels balanced)"));
        h.add(VysTheorems.T4_1.evaluate("H3", Map.of("d", d, "m", m, "p", 0.0)).annotated("p = 0 up to rounding"));
        if (trained) {
            // evaluated on the cached instances: the same for every part
            List<VysTrained.Instance> inst = instances(point, null);
            double worst = inst.stream().mapToDouble(i -> i.kkt().relativeResidual()).max().orElse(Double.NaN);
            h.add(HypothesisResult.atMost("H4", "theta is a KKT point: relative stationarity residual of the trained "
                    + "network (worst instance) <= 1e-3", worst, 1e-3));
        } else {
            h.add(HypothesisResult.byConstruction("H4", "theta is an exact KKT point (KktPoints.orthogonalBalancedKkt)"));
        }
        return h;
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams streams) {
        double worst = Double.NEGATIVE_INFINITY;   // max over checks of (violation - tolerance)
        double worstTau = 0;
        double worstResidual = 0;
        double worstRaw = Double.NEGATIVE_INFINITY;
        String first = "";
        for (VysTrained.Instance inst : instances(point, streams)) {
            double[] r = violation(inst);
            worstResidual = Math.max(worstResidual, inst.kkt().relativeResidual());
            worstRaw = Math.max(worstRaw, r[0]);
            if (r[0] - r[1] > worst) {
                worst = r[0] - r[1];
                worstTau = r[1];
            }
            if (r[0] > r[1] && first.isEmpty()) {
                first = String.format(Locale.ROOT, "; fails by %.4g beyond tolerance %.3g", r[0] - r[1], r[1]);
            }
        }
        String training = "";
        if (trained) {
            VysTrained.Instance any = instances(point, streams).get(0);
            training = String.format(Locale.ROOT, "; training: %d steps, ln L = %.2f (target ln 1e-30 = -69.08), "
                    + "margin set %d of %d", any.run().steps(), any.run().logLoss(), any.kkt().marginSet().length,
                    any.data().size());
        }
        return new DeterministicOutcome(worst <= 0, worst, 0, "max over instances and inequalities of (violation - "
                + "tolerance)", String.format(Locale.ROOT, "worst violation without tolerance %.4g (<= 0: holds "
                + "exactly); worst relative KKT residual %.3g, tolerance there %.3g", worstRaw, worstResidual, worstTau)
                + training + first);
    }

    /** @return {violation (positive = fails), tolerance} for this part on one instance */
    private double[] violation(VysTrained.Instance inst) {
        BiasedNetwork n = inst.kkt().normalized();
        int d = n.d();
        int k = n.m();
        double[] v = n.outputWeights();
        double[] b = n.biases();
        double[] w = n.firstLayer();
        double[] mass = inst.kkt().neuronMass();
        int[] set = inst.kkt().marginSet();
        int m = set.length;
        double gap = d - m * inst.p();
        double tau = inst.tolerance();
        double[] z = inst.z();
        double worst = Double.NEGATIVE_INFINITY;
        double scale = 0;
        switch (part) {
            case T4_1, C4_1, C_7, C_8 -> {
                double[] idx = new double[0];
                for (int a = 0; a < m; a++) {
                    int i = set[a];
                    double y = inst.data().y()[i];
                    if ((part == Part.C_7 && y < 0) || (part == Part.C_8 && y > 0)) {
                        continue;
                    }
                    double[] x = inst.data().example(i);
                    for (int t = 0; t < d; t++) {
                        x[t] -= y * z[t];   // x_i - z for I+, x_i + z for I-
                    }
                    double out = n.output(x, 0);
                    worst = Math.max(worst, y * out + 1);   // N <= -1 (I+) and N >= 1 (I-): -y N >= 1
                    scale = Math.max(scale, Math.abs(out));
                }
                if (part == Part.T4_1 || part == Part.C4_1) {
                    double zNorm = Math.sqrt(Vectors.squaredNorm(z));
                    double bound = 18 * Math.sqrt(2.0 * d) / (inst.c() * Math.sqrt(m));
                    worst = Math.max(worst, zNorm - bound);
                }
            }
            case C_1 -> {
                int all = inst.data().size();
                for (int i = 0; i < all; i++) {
                    double q = inst.data().y()[i] * n.output(inst.data().x(), i * d);
                    worst = Math.max(worst, Math.abs(q - 1));
                    scale = Math.max(scale, q);
                }
            }
            case C_2 -> {
                double plus = 0;
                double minus = 0;
                for (int j = 0; j < k; j++) {
                    if (v[j] >= 0) {
                        plus += v[j] * v[j] * mass[j];
                    } else {
                        minus += v[j] * v[j] * mass[j];
                    }
                }
                double rhs = m * inst.c() / ((inst.c() * inst.cPrime() + 1) * (d + 1));
                worst = rhs - Math.min(plus, minus);
                scale = rhs;
            }
            case C_3, C_6 -> {
                for (int a = 0; a < m; a++) {
                    double[] x = inst.data().example(set[a]);
                    for (int j = 0; j < k; j++) {
                        double pre;
                        if (part == Part.C_3) {
                            pre = n.preActivation(j, x, 0) + (inst.p() + 1) * Math.abs(v[j]) * mass[j];
                        } else {
                            double[] shifted = x.clone();
                            double sign = v[j] >= 0 ? 1 : -1;   // J+: x_i + z1, J-: x_i - z1
                            for (int t = 0; t < d; t++) {
                                shifted[t] += sign * inst.eta1() * inst.u()[t];
                            }
                            pre = n.preActivation(j, shifted, 0);
                        }
                        worst = Math.max(worst, -pre);
                        scale = Math.max(scale, Math.abs(n.preActivation(j, x, 0)));
                    }
                }
            }
            case C_4 -> {
                for (int j = 0; j < k; j++) {
                    double wu = 0;
                    for (int t = 0; t < d; t++) {
                        wu += w[j * d + t] * inst.u()[t];
                    }
                    double rhs = v[j] * mass[j] * gap;
                    worst = Math.max(worst, v[j] >= 0 ? rhs - wu : wu - rhs);
                    scale = Math.max(scale, Math.abs(wu));
                }
            }
            case C_5 -> {
                worst = -gap;
                scale = d;
            }
            case EQ5_6 -> {
                double rise = 0;
                double needed = 0;
                for (int j = 0; j < k; j++) {
                    if (v[j] >= 0) {
                        continue;
                    }
                    double wu = 0;
                    for (int t = 0; t < d; t++) {
                        wu += w[j * d + t] * inst.u()[t];
                    }
                    // (5) with eta' = eta1: -eta1 w_j.u >= eta1 |v_j| A_j (d - mp)
                    worst = Math.max(worst, inst.eta1() * (Math.abs(v[j]) * mass[j] * gap + wu));
                    rise += -inst.eta2() * wu;
                    needed += inst.eta2() * Math.abs(v[j]) * mass[j] * gap;
                    scale = Math.max(scale, Math.abs(inst.eta1() * wu));
                }
                worst = Math.max(worst, needed - rise);   // (6)
                scale = Math.max(scale, Math.abs(rise));
            }
            default -> throw new IllegalStateException(part.toString());
        }
        return new double[] {worst, tau + 1e-9 * (1 + scale)};
    }
}
