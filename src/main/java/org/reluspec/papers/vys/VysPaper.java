package org.reluspec.papers.vys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.reluspec.data.DataFacts;
import org.reluspec.data.SphereData;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.Claim;
import org.reluspec.engine.Coverage;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentEntry;
import org.reluspec.papers.Paper;
import org.reluspec.papers.RegimeMap;
import org.reluspec.train.BiasedNetwork;
import org.reluspec.train.NetworkFiles;

/** Vardi, Yehudai, Shamir: gradient methods provably converge to non-robust networks. */
public final class VysPaper implements Paper {

    @Override
    public String prefix() {
        return "VYS";
    }

    @Override
    public String title() {
        return "Vardi, Yehudai, Shamir — Gradient Methods Provably Converge to Non-Robust Networks";
    }

    @Override
    public List<Claim> claims() {
        List<Claim> all = new ArrayList<>(List.of(VysL3_1.partA(), VysL3_1.partB(), new VysT3_1(), new VysS5_1(),
                new VysC_9()));
        all.addAll(VysKkt.all());
        all.addAll(VysEx1.both());
        all.add(new VysT2_1());
        all.addAll(VysSteps.all());
        return all;
    }

    @Override
    public java.util.Map<String, String> proofBudgetGaps() {
        return java.util.Map.of("VYS-L3.1", "the catalogue gives the union over at most m^2 pairs and the density "
                + "steps, not the per-pair failure probability as a formula");
    }

    @Override
    public List<Coverage.Exemption> exemptions() {
        return List.of(Coverage.Exemption.notAClaim("VYS-SET", "the common setting and definitions"),
                Coverage.Exemption.notAClaim("VYS-KKT", "definitions; encoded as the KKT verifier (`reluspec kkt`, "
                        + "KktVerifier), tested on constructed KKT points and on section 5.1's N'"));
    }

    @Override
    public List<Experiment> experiments() {
        return List.of(new VysFig1a(), new VysFig1b());
    }

    @Override
    public List<ExperimentEntry> otherExperimentConfigurations() {
        return List.of(new ExperimentEntry("VYS-Fig1a", "F004 Sec. 6, Figs. 1(a) and 2", fig1a()),
                new ExperimentEntry("VYS-Fig1b", "F004 Sec. 6, Fig. 1(b)", List.of(new Experiment.Configuration(
                        "m = d", "sample size m = d in {100..1000}, widths 100..8000, exponential loss", List.of(
                        VysTheorems.T4_1.qualified("H3", Map.of("d", 1000.0, "m", 1000.0, "p", 0.0))
                                .annotated("checked with p = 0, the smallest p can be"))))));
    }

    /** Fig. 1(a) as printed: sample sizes m = d^alpha; H3 with p from one seeded draw where it is not decided. */
    private static List<Experiment.Configuration> fig1a() {
        List<Experiment.Configuration> out = new ArrayList<>();
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(CheckSettings.DEFAULT_SEED);
        for (int d : new int[] {100, 1000}) {
            for (double alpha : new double[] {0.5, 0.8, 1, 1.2, 1.5}) {
                int m = (int) Math.round(Math.pow(d, alpha));
                HypothesisResult h3;
                if (m > (d + 1) / 3.0) {
                    h3 = VysTheorems.T4_1.qualified("H3", Map.of("d", (double) d, "m", (double) m, "p", 0.0))
                            .annotated("fails already with p = 0, the smallest p can be");
                } else {
                    double p = SphereData.maxAbsInnerProduct(SphereData.sample(d, m, rng));
                    h3 = VysTheorems.T4_1.qualified("H3", Map.of("d", (double) d, "m", (double) m, "p", p))
                            .annotated(String.format(Locale.ROOT, "p = %.2f from one draw, seed %d", p,
                                    CheckSettings.DEFAULT_SEED));
                }
                out.add(new Experiment.Configuration("d=" + d + " alpha=" + alpha, "m = d^alpha = " + m
                        + " samples on sqrt(d) S^{d-1}, random labels, width 1000, exponential loss to 1e-30",
                        List.of(HypothesisResult.fact("VYS-T4.1 H1", "||x_i|| = sqrt(d)", true), h3,
                                HypothesisResult.fact("VYS-T4.1 H4", "a KKT point of Problem (2) (approximately: loss < 1e-30 after GD)",
                                        true))));
            }
        }
        return out;
    }

    @Override
    public List<RegimeMap> regimeMaps() {
        List<RegimeMap> s = new ArrayList<>();
        for (String variant : List.of("a", "b")) {
            for (double k : new double[] {0.5, 1}) {
                s.add(new RegimeMap("VYS-L3.1/" + variant, "d", 2, 1e7, "m", (d, t) -> Math.max(2, Math.floor(
                        Math.pow(d, t * k))), "m (log scale up to d^k)", Map.of("k", k)));
            }
        }
        return s;
    }

    @Override
    public List<HypothesisResult> dataHypotheses(DataFacts f) {
        double sqrtD = Math.sqrt(f.d());
        boolean normsSqrtD = Math.abs(f.minNorm() - sqrtD) <= 1e-9 * sqrtD && Math.abs(f.maxNorm() - sqrtD) <= 1e-9
                * sqrtD;
        double spread = f.maxNorm() - f.minNorm();
        return List.of(
                new HypothesisResult("VYS-T4.1 H1", "||x_i|| = sqrt(d) for every i", normsSqrtD, spread, 0, spread),
                VysTheorems.T4_1.qualified("H2", Map.of("c", f.c())),
                VysTheorems.T4_1.qualified("H3", Map.of("d", (double) f.d(), "m", (double) f.r(), "p", f.p()))
                        .annotated("m = r, the number of examples"));
    }

    @Override
    public List<HypothesisResult> networkHypotheses(BiasedNetwork n) {
        double imbalance = NetworkFiles.imbalance(n);
        return List.of(new HypothesisResult("VYS-KKT balance", "|v_j|^2 = ||w_j||^2 + b_j^2 (holds at KKT points of "
                + "Problem (2); tolerance 1e-6)", imbalance <= 1e-6, imbalance, 1e-6, imbalance - 1e-6));
    }

    @Override
    public List<Object> commands() {
        return List.of(new KktCommand());
    }

}
