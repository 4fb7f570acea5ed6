package org.reluspec.papers.vys;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.data.SphereData;
import org.reluspec.harness.TrialStreams;

/**
 * VYS Lemma C.9 (norm of the universal perturbation of Theorem 4.1; F004 App. C): with {@code p = max_{i != j}
 * |<x_i,x_j>|}, {@code c = min(|I+|, |I-|)/m}, {@code c' = m (p+1)/(d+1)}, {@code eta1 = (p+1)/(d - m p)},
 * {@code eta2 = 2 (c c' + 1)(d+1)/(m c (d - m p))} and {@code z = (eta1 + eta2) sum_l y_l x_l}:
 * <blockquote>{@code ||x_i||^2 = d}, {@code c' <= 1/3}, {@code c <= 1/2} imply
 * {@code ||z|| <= 18 sqrt(2d)/(c sqrt m)}.</blockquote>
 * Pure arithmetic on the data: checked on {@value #INSTANCES} random datasets per grid point (points uniform on
 * {@code sqrt(d) S^{d-1}}, labels with both classes present), redrawn until {@code c' <= 1/3}; the worst ratio
 * {@code ||z|| / bound} is reported.
 */
public final class VysC_9 implements DeterministicClaim {

    static final int INSTANCES = 50;

    @Override
    public Theorem theorem() {
        return VysTheorems.C_9;
    }

    @Override
    public String variant() {
        return "as-printed";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return List.of(ParameterPoint.of(this, "d", 100, "m", 2), ParameterPoint.of(this, "d", 1000, "m", 4),
                ParameterPoint.of(this, "d", 10000, "m", 8), ParameterPoint.of(this, "d", 20000, "m", 16));
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "||x_i||^2 = d (normalized onto sqrt(d) S^{d-1})"),
                HypothesisResult.byConstruction("H3", "c' <= 1/3 (datasets redrawn until it holds)"),
                HypothesisResult.byConstruction("H2", "both labels present (c <= 1/2 always)"));
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        int d = point.getInt("d");
        int m = point.getInt("m");
        double worst = 0;
        int used = 0;
        for (int n = 0; n < INSTANCES; n++) {
            UniformRandomProvider rng = instances.forTrial(n);
            double[][] x = null;
            for (int attempt = 0; attempt < 100 && x == null; attempt++) {
                double[][] cand = VysT3_1.dataset(d, m, 1 - 1e-12, 0, rng);
                if (cand != null && m * (SphereData.maxAbsInnerProduct(cand) + 1) / (d + 1.0) <= 1.0 / 3) {
                    x = cand;
                }
            }
            if (x == null) {
                continue;
            }
            double[] y = new double[m];
            y[0] = 1;
            y[1] = -1;
            for (int i = 2; i < m; i++) {
                y[i] = rng.nextBoolean() ? 1 : -1;
            }
            double p = SphereData.maxAbsInnerProduct(x);
            int plus = 0;
            for (double v : y) {
                plus += v > 0 ? 1 : 0;
            }
            double c = Math.min(plus, m - plus) / (double) m;
            double cp = m * (p + 1) / (d + 1.0);
            double eta = (p + 1) / (d - m * p) + 2 * (c * cp + 1) * (d + 1) / (m * c * (d - m * p));
            double s = 0;
            for (int k = 0; k < d; k++) {
                double u = 0;
                for (int l = 0; l < m; l++) {
                    u += y[l] * x[l][k];
                }
                s += u * u;
            }
            double ratio = eta * Math.sqrt(s) / (18 * Math.sqrt(2.0 * d) / (c * Math.sqrt(m)));
            worst = Math.max(worst, ratio);
            used++;
        }
        if (used == 0) {
            return DeterministicOutcome.noInstance("||z|| / bound <= 1", "no drawn dataset has c' <= 1/3 (H3)");
        }
        return new DeterministicOutcome(worst <= 1, worst, 1, "max ||z|| / (18 sqrt(2d)/(c sqrt m)) <= 1",
                used + " datasets with c' <= 1/3");
    }
}
