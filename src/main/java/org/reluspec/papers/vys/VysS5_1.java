package org.reluspec.papers.vys;

import java.util.List;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.data.Dataset;
import org.reluspec.harness.TrialStreams;
import org.reluspec.kkt.KktVerifier;
import org.reluspec.train.BiasedNetwork;

/**
 * The simple example of VYS section 5.1: {@code x_i = sqrt(d) e_i}, {@code y_i = +1} for {@code i <= d/2}, -1 after.
 * The robust network {@code N} ({@code v_j = y_j}, {@code w_j = 2x_j/d}, {@code b_j = -1}) has margins 1 and no sign
 * change within {@code sqrt(d)/2}; the margin-better network {@code N'} ({@code w'_j = x_j/d}, {@code b'_j = 0}) has
 * margins 1, and {@code z = (4/d) sum_{j > d/2} x_j} with {@code ||z|| = 2 sqrt 2} gives {@code N'(x_i + z) = -1} for
 * {@code i <= d/2}. Checked exactly for every example, with the robust radius certified (the own neuron's
 * pre-activation stays above {@code 1 - (2/sqrt d) r > 0}, the others at most {@code (2/sqrt d) r - 1 < 0} for
 * {@code r < sqrt(d)/2}) and the exact flip distance along {@code -y_i x_i}. The KKT verifier confirms that {@code N'}
 * is not a KKT point of Problem (2) (catalogue S5.1-2); the outcome reports its residual and imbalance.
 */
public final class VysS5_1 implements DeterministicClaim {

    /** Largest d at which N' also goes through the KKT verifier. */
    static final int KKT_MAX_D = 20;

    @Override
    public Theorem theorem() {
        return VysTheorems.S5_1;
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
    public void validateRelations(ParameterPoint point) {
        point.requireRelation(this, point.getInt("d") % 2 == 0, "d even", "d");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return java.util.stream.IntStream.of(2, 4, 10, 100, 400).mapToObj(d -> ParameterPoint.of(this, "d", d)).toList();
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.atLeast("H1", "d >= 2 even", point.get("d"), 2));
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        int d = point.getInt("d");
        double sq = Math.sqrt(d);
        double[] x = new double[d * d];
        double[] y = new double[d];
        double[] w = new double[d * d];
        double[] wp = new double[d * d];
        double[] b = new double[d];
        for (int i = 0; i < d; i++) {
            x[i * d + i] = sq;
            y[i] = i < d / 2 ? 1 : -1;
            w[i * d + i] = 2 * sq / d;
            wp[i * d + i] = sq / d;
            b[i] = -1;
        }
        BiasedNetwork robust = BiasedNetwork.of(w, b, y.clone(), 0);
        BiasedNetwork better = BiasedNetwork.of(wp, new double[d], y.clone(), 0);
        double[] z = new double[d];
        for (int j = d / 2; j < d; j++) {
            z[j] = 4.0 / d * sq;
        }
        double zNorm = Math.sqrt(java.util.Arrays.stream(z).map(t -> t * t).sum());
        int failures = 0;
        StringBuilder why = new StringBuilder();
        double radius = sq / 2;
        double minFlip = Double.POSITIVE_INFINITY;
        for (int i = 0; i < d; i++) {
            double[] xi = java.util.Arrays.copyOfRange(x, i * d, i * d + d);
            boolean ok = Math.abs(y[i] * robust.output(xi, 0) - 1) <= 1e-12
                    && Math.abs(y[i] * better.output(xi, 0) - 1) <= 1e-12;
            double own = robust.preActivation(i, xi, 0) - 2 / sq * radius * (1 - 1e-12);
            double other = d > 1 ? robust.preActivation((i + 1) % d, xi, 0) + 2 / sq * radius * (1 - 1e-12) : -1;
            ok &= own > 0 && other <= 0;   // at r -> sqrt(d)/2 the other neurons reach their kink, never beyond
            double[] towards = new double[d];
            towards[i] = -1;
            double flip = robust.flipDistance(xi, towards, 10 * sq);
            minFlip = Math.min(minFlip, flip);
            ok &= flip >= radius * (1 - 1e-12);
            if (i < d / 2) {
                double[] moved = xi.clone();
                for (int k = 0; k < d; k++) {
                    moved[k] += z[k];
                }
                ok &= Math.abs(better.output(moved, 0) + 1) <= 1e-12;
            }
            if (!ok) {
                failures++;
                if (why.length() == 0) {
                    why.append("; first failing example ").append(i);
                }
            }
        }
        boolean zOk = Math.abs(zNorm - 2 * Math.sqrt(2)) <= 1e-12;
        String kktText = "";
        if (d <= KKT_MAX_D) {   // every (example, neuron) pair but the own one is a kink of N': d^2 columns of length d(d+2)
            KktVerifier.Report kkt = KktVerifier.verify(better, new Dataset(x, y, d), KktVerifier.Settings.exact());
            kktText = "; N' is " + (kkt.kkt() ? "" : "NOT ") + "a KKT point (residual " + kkt.relativeResidual()
                    + ", imbalance " + kkt.imbalance() + ")";
        }
        return new DeterministicOutcome(failures == 0 && zOk, failures + (zOk ? 0 : 1), 0,
                "examples (and ||z||) where the example fails", "||z|| = " + zNorm + "; smallest exact flip distance "
                        + "of N towards the origin " + minFlip + " (radius sqrt(d)/2 = " + radius + ")" + kktText + why);
    }
}
