package org.reluspec.papers.vys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.BetaTails;
import org.reluspec.stats.ExactProbability;

/**
 * VYS Lemma 3.1 (near-orthogonality of random unit vectors; F004 Sec. 3, proof App. B):
 * <blockquote>{@code x_1..x_m} iid uniform on {@code S^{d-1}}, {@code m <= d^k}:
 * (a) w.p. {@code >= 1 - d^{2k+1} (3/4)^{(d-3)/2}}, {@code |<x_i,x_j>| <= 1/2} for all {@code i != j};
 * (b) w.p. {@code >= 1 - d^{2k+1 - ln(d)/4}}, {@code |<x_i,x_j>| <= ln(d)/sqrt(d)} for all {@code i != j}
 * (the proof needs {@code d >= 6}).</blockquote>
 * Exact per pair: the first coordinate {@code z} of a uniform unit vector has {@code z^2 ~ Beta(1/2, (d-1)/2)}, so
 * {@code P(|<x,x'>| > t) = P(Beta(1/2,(d-1)/2) > t^2)}. The union over the {@code m(m-1)/2} pairs is a rigorous
 * upper bound on the failure probability (an {@code UPPER_BOUND} reference); the maximum over pairs is simulated.
 * A trial draws {@code m} vectors of {@code d} normals and normalizes them.
 */
public final class VysL3_1 extends AbstractProbabilisticClaim {

    private final boolean partB;

    private VysL3_1(boolean partB) {
        super(VysTheorems.L3_1, partB ? "b" : "a", VysTheorems.L3_1.source(),
                partB ? "x_i iid U(S^{d-1}), m <= d^k, d >= 6: w.p. >= 1 - d^(2k+1-ln(d)/4), "
                        + "max_{i!=j} |<x_i,x_j>| <= ln(d)/sqrt(d)."
                        : "x_i iid U(S^{d-1}), m <= d^k: w.p. >= 1 - d^(2k+1) (3/4)^((d-3)/2), max_{i!=j} |<x_i,x_j>| <= 1/2.",
                partB ? "d^(2k+1-ln(d)/4)" : "d^(2k+1) (3/4)^((d-3)/2)",
                partB ? "max_{i!=j} |<x_i,x_j>| > ln(d)/sqrt(d)" : "max_{i!=j} |<x_i,x_j>| > 1/2");
        this.partB = partB;
    }

    /** @return part (a), threshold 1/2 */
    public static VysL3_1 partA() {
        return new VysL3_1(false);
    }

    /** @return part (b), threshold ln(d)/sqrt(d) */
    public static VysL3_1 partB() {
        return new VysL3_1(true);
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        double[][] rows = partB
                ? new double[][] {{6, 6, 1}, {10, 10, 1}, {100, 10, 0.5}, {200, 200, 1}, {3000, 54, 0.5},
                    {5000, 70, 0.5}, {5, 5, 1}}
                : new double[][] {{2, 2, 1}, {3, 3, 1}, {10, 10, 1}, {50, 50, 1}, {200, 200, 1}, {400, 20, 0.5},
                    {1000, 31, 0.5}};
        return grid(new String[] {"d", "m", "k"}, rows);
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        double d = point.get("d");
        List<HypothesisResult> h = new ArrayList<>();
        h.add(HypothesisResult.byConstruction("H1", "x_i iid uniform on the unit sphere S^{d-1}"));
        h.add(HypothesisResult.atMost("H2", "m <= d^k", point.get("m"), Math.pow(d, point.get("k"))));
        if (partB) {
            h.add(HypothesisResult.atLeast("H3", "d >= 6 (used by the proof, not stated)", d, 6));
        }
        return h;
    }

    private double threshold(ParameterPoint point) {
        double d = point.get("d");
        return partB ? Math.log(d) / Math.sqrt(d) : 0.5;
    }

    @Override
    public double statedBound(ParameterPoint point) {
        double d = point.get("d");
        double k = point.get("k");
        return partB ? Math.pow(d, 2 * k + 1 - Math.log(d) / 4)
                : Math.exp((2 * k + 1) * Math.log(d) + (d - 3) / 2 * Math.log(0.75));
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        double d = point.get("d");
        double m = point.get("m");
        double t = threshold(point);
        double pairs = m * (m - 1) / 2;
        ExactProbability pair = t >= 1 ? new ExactProbability(0, 0, "0") : BetaTails.upper(0.5, (d - 1) / 2, t * t);
        return Optional.of(new ExactProbability(Math.min(1, pairs * pair.hipparchus()),
                Math.min(1, pairs * pair.commonsStatistics()),
                "union over " + (long) pairs + " pairs of " + pair.formula(), ExactProbability.Kind.UPPER_BOUND));
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        double m = point.get("m");
        return m * point.get("d") * (m + 1) / 2;
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        int d = point.getInt("d");
        int m = point.getInt("m");
        double t = threshold(point);
        double[] x = new double[m * d];
        return rng -> {
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
            for (int i = 0; i < m; i++) {
                double nn = 0;
                for (int k = 0; k < d; k++) {
                    double v = g.sample();
                    x[i * d + k] = v;
                    nn += v * v;
                }
                double inv = 1 / Math.sqrt(nn);
                for (int k = 0; k < d; k++) {
                    x[i * d + k] *= inv;
                }
            }
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    double dot = 0;
                    for (int k = 0; k < d; k++) {
                        dot += x[i * d + k] * x[j * d + k];
                    }
                    if (Math.abs(dot) > t) {
                        return true;
                    }
                }
            }
            return false;
        };
    }
}
