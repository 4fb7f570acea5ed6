package org.reluspec.experiments;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.reluspec.claims.HypothesisResult;
import org.reluspec.data.SphereData;

/**
 * Every experimental configuration of catalogue section 6, as data, with the hypotheses of the theorems it touches
 * evaluated: for the experiments the suite reruns ({@link ExperimentRegistry}) their own configurations, and for the
 * others (WUMA section 5, VYS section 6, MYV E.5 and Figure 4(b)) the configurations as printed. Where a hypothesis
 * depends on a random draw (VYS: {@code p = max |<x_i, x_j>|} of points on {@code sqrt(d) S^{d-1}}), it is evaluated on
 * one draw with seed {@value #SEED}, and said so.
 */
public final class CatalogueExperiments {

    static final long SEED = 20261122;

    /**
     * An experiment of the catalogue.
     *
     * @param id e.g. {@code VYS-Fig1a}
     * @param source where the paper describes it
     * @param configurations its configurations with their hypotheses
     */
    public record Entry(String id, String source, List<Experiment.Configuration> configurations) {
    }

    private CatalogueExperiments() {
    }

    /** @return every experiment of catalogue section 6 */
    public static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (Experiment e : ExperimentRegistry.all()) {
            out.add(new Entry(e.id(), e.source(), e.configurations()));
        }
        out.add(new Entry("MYV-E5", "F000 Fig. 6; F001 Fig. 4", List.of(new Experiment.Configuration("(1)-(3)",
                "line data in R^2, 5-layer ReLU net, width 100, biases", List.of(
                        fact("MYV depth", "depth-2 network (every MYV theorem)", false),
                        fact("MYV-SET data", "training inputs on a linear subspace", true))))));
        out.add(new Entry("MYV-Fig4b", "F000 Figure 4(b)", List.of(new Experiment.Configuration("all factors",
                "MNIST projected to 32 dimensions by PCA, 3-layer net, first layer / factor", List.of(
                        fact("MYV depth", "depth-2 network", false),
                        fact("MYV-SET data", "inputs on a linear subspace (PCA projection; an affine one if the PCA "
                                + "was centred, which the paper does not say)", true))))));
        out.add(new Entry("WUMA-5.1", "F003 Sec. 5.1 (Figs. 2, 3, 7)", wuma51()));
        out.add(new Entry("WUMA-5.2", "F003 Sec. 5.2 (Fig. 4, Algorithm 1)", wuma52()));
        out.add(new Entry("VYS-Fig1a", "F004 Sec. 6, Figs. 1(a) and 2", vysFig1a()));
        out.add(new Entry("VYS-Fig1b", "F004 Sec. 6, Fig. 1(b)", List.of(new Experiment.Configuration("m = d",
                "sample size m = d in {100..1000}, widths 100..8000, exponential loss",
                List.of(HypothesisResult.atMost("VYS-T4.1 H3", "m <= (d+1)/(3(p+1)) (checked with p >= 0: m <= "
                        + "(d+1)/3), d = 1000", 1000, 1001.0 / 3))))));
        return out;
    }

    private static HypothesisResult fact(String id, String text, boolean holds) {
        return new HypothesisResult(id, text, holds, Double.NaN, Double.NaN, Double.NaN);
    }

    private static List<Experiment.Configuration> wuma51() {
        List<Experiment.Configuration> out = new ArrayList<>();
        for (double m : new double[] {1e3, 1e4, 1e5}) {
            for (int side : new int[] {5, 10, 28}) {
                int d = side * side;
                out.add(new Experiment.Configuration("m=" + (long) m + " d=" + d, "SGD lr 0.1, stop when the lazy ball "
                        + "C0/sqrt(m) is left, C0 in {10..40}", List.of(
                        HypothesisResult.atLeast("WUMA-T3.1 H4", "m >= d^2.4 (width requirement)", m, Math.pow(d, 2.4)),
                        new HypothesisResult("WUMA-T3.1 H4'", "m <= C4 exp(d^0.24) needs the unnamed C4 >= "
                                + String.format(java.util.Locale.ROOT, "%.4g", m * Math.exp(-Math.pow(d, 0.24)))
                                + " (not decidable: C4 is not given)", true, Double.NaN, Double.NaN, Double.NaN),
                        fact("WUMA-SET H2", "inputs on the unit sphere (Figs. 2-3 use unnormalized inputs with bias; "
                                + "App. A Figs. 5-6 normalize)", false))));
            }
        }
        return out;
    }

    private static List<Experiment.Configuration> wuma52() {
        List<Experiment.Configuration> out = new ArrayList<>();
        for (int side : new int[] {5, 10, 28}) {
            int d = side * side;
            out.add(new Experiment.Configuration("m=1000 d=" + d, "PGD adversarial training projected onto "
                    + "B(W0, V), V in [0.05, 1], inputs normalized", List.of(
                    HypothesisResult.atLeast("WUMA-T3.1 H4", "m >= d^2.4", 1000, Math.pow(d, 2.4)),
                    fact("WUMA-SET H2", "inputs on the unit sphere", true))));
        }
        return out;
    }

    /** VYS Fig. 1(a): sample sizes m = d^alpha; H3 of Theorem 4.1 with p from one seeded draw. */
    private static List<Experiment.Configuration> vysFig1a() {
        List<Experiment.Configuration> out = new ArrayList<>();
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(SEED);
        for (int d : new int[] {100, 1000}) {
            for (double alpha : new double[] {0.5, 0.8, 1, 1.2, 1.5}) {
                int m = (int) Math.round(Math.pow(d, alpha));
                HypothesisResult h3;
                if (m > (d + 1) / 3.0) {
                    h3 = HypothesisResult.atMost("VYS-T4.1 H3", "m <= (d+1)/(3(p+1)), already m > (d+1)/3 (p >= 0)",
                            m, (d + 1) / 3.0);
                } else {
                    double p = SphereData.maxAbsInnerProduct(SphereData.sample(d, m, rng));
                    h3 = HypothesisResult.atMost("VYS-T4.1 H3", "m <= (d+1)/(3(p+1)) with p = " + String.format(
                            java.util.Locale.ROOT, "%.2f", p) + " from one draw (seed " + SEED + ")", m,
                            (d + 1) / (3 * (p + 1)));
                }
                out.add(new Experiment.Configuration("d=" + d + " alpha=" + alpha, "m = d^alpha = " + m
                        + " samples on sqrt(d) S^{d-1}, random labels, width 1000, exponential loss to 1e-30",
                        List.of(fact("VYS-T4.1 H1", "||x_i|| = sqrt(d)", true), h3,
                                fact("VYS-T4.1 H4", "a KKT point of Problem (2) (approximately: loss < 1e-30 after GD)",
                                        true))));
            }
        }
        return out;
    }
}
