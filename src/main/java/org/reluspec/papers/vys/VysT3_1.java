package org.reluspec.papers.vys;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.data.SphereData;
import org.reluspec.harness.TrialStreams;
import org.reluspec.train.BiasedNetwork;

/**
 * VYS Theorem 3.1 (robust networks exist; F004 Sec. 3): for {@code x_i in sqrt(d) S^{d-1}} with
 * {@code |<x_i, x_j>| <= c d} ({@code i != j}, {@code 0 <= c < 1}), the network of width m with {@code v_j = y_j},
 * {@code w_j = 2 x_j/(d(1-c))}, {@code b_j = -(1+c)/(1-c)} satisfies {@code y_i N(x_i) >= 1} and
 * {@code sign N(x') = sign N(x_i)} for {@code ||x' - x_i|| <= (1-c) sqrt(d)/4}.
 *
 * <p>Checked on {@value #INSTANCES} datasets per point with random labels, from a case family: points uniform on the
 * sphere (redrawn until {@code max |<x_i,x_j>| <= c d}, which the grid is chosen to make likely), orthogonal points,
 * or pairs at the edge of H2 ({@code <x_i,x_j> = +-c d}, the near-duplicates with possibly opposite labels that the
 * robustness radius must separate); three ways per example:
 * <ol>
 *   <li>exact margins: {@code y_i N(x_i) = 1} (the construction gives equality), within {@code 1e-12};</li>
 *   <li>a certified interval check over the whole ball: the own neuron's pre-activation stays
 *       {@code >= w_i.x_i + b_i - ||w_i|| r > 0} and every other neuron's {@code <= w_j.x_i + b_j + ||w_j|| r < 0},
 *       so inside the ball {@code N = y_i relu(own)} keeps its sign;</li>
 *   <li>an attack that must fail: the exact flip distance along {@code -y_i grad N(x_i)}, along {@code -y_i x_i}
 *       and along 8 random directions must exceed the radius.</li>
 * </ol>
 */
public final class VysT3_1 implements DeterministicClaim {

    static final int INSTANCES = 20;

    @Override
    public Theorem theorem() {
        return VysTheorems.T3_1;
    }

    @Override
    public String variant() {
        return "as-printed";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parametersAnd(ParameterSpec.cases("data", "the dataset the theorem quantifies over",
                "uniform points redrawn until H2 holds", "orthogonal points sqrt(d) e_i",
                "pairs with <x_i,x_j> = c d exactly", "pairs with <x_i,x_j> = -c d exactly"));
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return List.of(ParameterPoint.of(this, "d", 10, "m", 3, "c", 0.9, "data", 0),
                ParameterPoint.of(this, "d", 50, "m", 10, "c", 0.6, "data", 0),
                ParameterPoint.of(this, "d", 200, "m", 40, "c", 0.35, "data", 0),
                ParameterPoint.of(this, "d", 1000, "m", 100, "c", 0.2, "data", 0),
                ParameterPoint.of(this, "d", 16, "m", 16, "c", 0, "data", 1),
                ParameterPoint.of(this, "d", 16, "m", 16, "c", 0.5, "data", 2),    // H2 with equality, +c d
                ParameterPoint.of(this, "d", 16, "m", 16, "c", 0.5, "data", 3));   // and -c d
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "||x_i||^2 = d (points normalized onto sqrt(d) S^{d-1})"),
                HypothesisResult.byConstruction("H2", "max |<x_i,x_j>| <= c d (uniform datasets redrawn until it "
                        + "holds; the other data cases meet it by construction)"),
                HypothesisResult.atLeast("H3", "0 <= c < 1", 1 - point.get("c"), Double.MIN_VALUE));
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        int d = point.getInt("d");
        int m = point.getInt("m");
        double c = point.get("c");
        double radius = (1 - c) * Math.sqrt(d) / 4;
        int failures = 0;
        double worstMargin = 0;
        double smallestFlip = Double.POSITIVE_INFINITY;
        String first = "";
        for (int n = 0; n < INSTANCES; n++) {
            UniformRandomProvider rng = instances.forTrial(n);
            double[][] x = dataset(d, m, c, point.getInt("data"), rng);
            if (x == null) {
                return DeterministicOutcome.noInstance("no dataset with max |<x_i,x_j>| <= c d", point.getInt("data")
                        == 0 ? "1000 draws of " + m + " points in d = " + d + " all exceed c = " + c
                        : "m > d: the constructed cases need a coordinate per example");
            }
            double[] y = new double[m];
            double[] w = new double[m * d];
            double[] b = new double[m];
            for (int j = 0; j < m; j++) {
                y[j] = rng.nextBoolean() ? 1 : -1;
                for (int k = 0; k < d; k++) {
                    w[j * d + k] = 2 * x[j][k] / (d * (1 - c));
                }
                b[j] = -(1 + c) / (1 - c);
            }
            BiasedNetwork net = BiasedNetwork.of(w, b, y.clone(), 0);
            double wNorm = 2 / (Math.sqrt(d) * (1 - c));
            for (int i = 0; i < m; i++) {
                double margin = y[i] * net.output(x[i], 0);
                worstMargin = Math.max(worstMargin, Math.abs(margin - 1));
                boolean certified = true;
                for (int j = 0; j < m; j++) {
                    double pre = net.preActivation(j, x[i], 0);
                    certified &= j == i ? pre - wNorm * radius > 0 : pre + wNorm * radius < 0;
                }
                double flip = attack(net, x[i], y[i], radius, rng);
                smallestFlip = Math.min(smallestFlip, flip / radius);
                if (Math.abs(margin - 1) > 1e-12 || !certified || flip <= radius) {
                    failures++;
                    if (first.isEmpty()) {
                        first = "; first failure: instance " + n + ", example " + i + " (margin " + margin
                                + ", certified " + certified + ", flip at " + flip + " vs radius " + radius + ")";
                    }
                }
            }
        }
        return new DeterministicOutcome(failures == 0, failures, 0, "examples failing exact margin, certified ball or "
                + "attack", INSTANCES + " datasets x " + m + " examples; max |y_i N(x_i) - 1| = " + worstMargin
                + "; smallest attack flip distance / radius = " + smallestFlip + first);
    }

    /** Exact flip distances along the gradient, towards the origin and along random directions; the smallest. */
    private static double attack(BiasedNetwork net, double[] x, double y, double radius, UniformRandomProvider rng) {
        int d = x.length;
        double[] g = new double[d];
        net.inputGradient(x, g);
        double best = Double.POSITIVE_INFINITY;
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int t = 0; t < 10; t++) {
            double[] e = new double[d];
            for (int k = 0; k < d; k++) {
                e[k] = t == 0 ? -y * g[k] : t == 1 ? -y * x[k] : gauss.sample();
            }
            double norm = 0;
            for (double v : e) {
                norm += v * v;
            }
            if (norm == 0) {
                continue;
            }
            for (int k = 0; k < d; k++) {
                e[k] /= Math.sqrt(norm);
            }
            best = Math.min(best, net.flipDistance(x, e, 100 * radius));
        }
        return best;
    }

    /** Points on sqrt(d) S^{d-1} with max |<x_i,x_j>| <= c d; orthogonal basis vectors when c = 0; null if none found. */
    static double[][] dataset(int d, int m, double c, int data, UniformRandomProvider rng) {
        for (int attempt = 0; data == 0 && c > 0 && attempt < 1000; attempt++) {
            double[][] x = SphereData.sample(d, m, rng);
            if (SphereData.maxAbsInnerProduct(x) <= c * d) {
                return x;
            }
        }
        if (data == 0 && c > 0 || m > d) {
            return null;
        }
        // orthogonal examples meet H2 for every c >= 0 (the only ones for c = 0); pairs (x_{2i}, x_{2i+1}) share the
        // coordinates 2i, 2i+1 with inner product +-c d, every other pair orthogonal: H2 with equality
        double[][] x = new double[m][d];
        double sign = data == 3 ? -1 : 1;
        for (int i = 0; i < m; i++) {
            if (data >= 2 && i % 2 == 1) {
                x[i][i - 1] = sign * c * Math.sqrt(d);
                x[i][i] = Math.sqrt(1 - c * c) * Math.sqrt(d);
            } else {
                x[i][i] = Math.sqrt(d);
            }
        }
        return x;
    }
}
