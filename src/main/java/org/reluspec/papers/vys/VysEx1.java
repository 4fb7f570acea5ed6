package org.reluspec.papers.vys;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.engine.AbstractScalingClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.data.SphereData;
import org.reluspec.harness.TrialStreams;
import org.reluspec.kernel.Vectors;

/**
 * VYS Example 1 (F004 Sec. 4): the size of Theorem 4.1's universal perturbation {@code ||z||}, computed from the data
 * ({@code z = (eta1 + eta2) sum_l y_l x_l}, alternating labels), over a sweep of {@code d}:
 * <ul>
 *   <li>{@code case-A}: {@code p = O(1)}, {@code m = Theta(d)}, {@code c} constant: {@code ||z|| = O(1)}. Data
 *       {@code x_i = sqrt(d) e_i} ({@code p = 0}), {@code m = floor((d+1)/3)} (H3 with equality or better);</li>
 *   <li>{@code case-B}: {@code x_i} uniform on {@code sqrt(d) S^{d-1}}, {@code m = Theta(sqrt(d)/ln d)}:
 *       {@code ||z|| = O(sqrt(sqrt(d) ln d)) = o(sqrt d)}. Here {@code m = max(2, floor(sqrt(d)/(3 ln d)))}, and a
 *       draw that violates H3 ({@code c' > 1/3}) is redrawn.</li>
 * </ul>
 */
public final class VysEx1 extends AbstractScalingClaim {

    private static final double[] SIZES_A = {100, 400, 1600, 6400};
    /** Case B needs large d: H3 lets m = floor(sqrt(d)/(3 ln d)) exceed 3 only beyond d = 10^4. */
    private static final double[] SIZES_B = {1600, 6400, 25600, 102400, 409600};

    private final boolean caseA;

    private VysEx1(boolean caseA) {
        super(VysTheorems.EX1, caseA ? "case-A" : "case-B", VysTheorems.EX1.source(), caseA
                ? "c constant, p = O(1), m = Theta(d) (within H3): ||z|| = O(1)."
                : "x_i uniform on sqrt(d) S^{d-1}, m = Theta(sqrt(d)/ln d): ||z|| = O(sqrt(sqrt(d) ln d)) = o(sqrt d).");
        this.caseA = caseA;
    }

    /** @return both cases */
    public static List<VysEx1> both() {
        return List.of(new VysEx1(true), new VysEx1(false));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("draws", 1, 1000, "datasets per d"));
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return List.of(ParameterPoint.of(this, "draws", caseA ? 1 : 10));
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "||x_i||^2 = d"),
                HypothesisResult.byConstruction("H2", "alternating labels: c = floor(m/2)/m >= 1/3"),
                HypothesisResult.byConstruction("H3", caseA ? "c' = m/(d+1) <= 1/3 with m = floor((d+1)/3)"
                        : "c' <= 1/3 (datasets redrawn until it holds)"));
    }

    @Override
    public Order order(ParameterPoint point) {
        return caseA ? new Order(Relation.AT_MOST, 0, "||z||", "d") : new Order(Relation.BELOW, 0.5, "||z||", "d");
    }

    @Override
    public Sweep measure(ParameterPoint point, TrialStreams streams) {
        int draws = point.getInt("draws");
        List<Double> sizes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double[] grid = caseA ? SIZES_A : SIZES_B;
        for (int k = 0; k < grid.length; k++) {
            int d = (int) grid[k];
            for (int r = 0; r < draws; r++) {
                double[][] x;
                int m;
                double p;
                if (caseA) {
                    m = (d + 1) / 3;
                    x = new double[m][d];
                    for (int i = 0; i < m; i++) {
                        x[i][i] = Math.sqrt(d);
                    }
                    p = 0;   // exactly orthogonal
                } else {
                    m = Math.max(2, (int) Math.floor(Math.sqrt(d) / (3 * Math.log(d))));
                    UniformRandomProvider rng = streams.forTrial((long) k * draws + r);
                    x = null;
                    for (int attempt = 0; attempt < 1000 && x == null; attempt++) {
                        double[][] cand = SphereData.sample(d, m, rng);
                        if (m * (SphereData.maxAbsInnerProduct(cand) + 1) / (d + 1.0) <= 1.0 / 3) {
                            x = cand;
                        }
                    }
                    if (x == null) {
                        throw new IllegalStateException("no dataset with c' <= 1/3 at d = " + d + ", m = " + m);
                    }
                    p = SphereData.maxAbsInnerProduct(x);
                }
                sizes.add((double) d);
                values.add(zNorm(x, p));
            }
        }
        return new Sweep(sizes.stream().mapToDouble(Double::doubleValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(), caseA
                ? "exact ||z|| for sqrt(d) e_1..e_m, m = floor((d+1)/3)"
                : "||z|| on uniform sphere data, m = max(2, floor(sqrt(d)/(3 ln d))) (2, 3, 5, 9, 16), " + draws
                + " datasets per d");
    }

    /** {@code ||z||} of Theorem 4.1 for alternating labels. */
    static double zNorm(double[][] x, double p) {
        int m = x.length;
        int d = x[0].length;
        int plus = (m + 1) / 2;
        double c = Math.min(plus, m - plus) / (double) m;
        double cPrime = m * (p + 1) / (d + 1);
        double eta = (p + 1) / (d - m * p) + 2 * (c * cPrime + 1) * (d + 1) / (m * c * (d - m * p));
        double[] u = new double[d];
        for (int i = 0; i < m; i++) {
            double y = i % 2 == 0 ? 1 : -1;
            for (int t = 0; t < d; t++) {
                u[t] += y * x[i][t];
            }
        }
        return eta * Math.sqrt(Vectors.squaredNorm(u));
    }
}
